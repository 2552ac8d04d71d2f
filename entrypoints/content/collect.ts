import { HAN } from '@/lib/text/han';

/** Elements whose text is never annotated: code, form fields, other notations, our own UI. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'SVG', 'MATH', 'RUBY', 'RT', 'RP', 'IFRAME', 'OBJECT', 'CANVAS', 'TITLE',
]);

/** Marks every element Tifa adds to a page; the walker never enters them. */
export const OWN_ATTR = 'data-tifa-own';

function isEditable(el: Element): boolean {
  const editable = el.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute(OWN_ATTR) || isEditable(el);
}

/** Whether `el` or an ancestor is a region Tifa leaves alone (or the whole document is editable). */
function inSkippedRegion(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (skipped(e)) return true;
  return el.ownerDocument.designMode === 'on';
}

/** Whether a text node is one Tifa annotates: Han text outside skipped and editable regions. */
export function isAnnotatable(node: Text): boolean {
  const parent = node.parentElement;
  return parent !== null && HAN.test(node.data) && !inSkippedRegion(parent);
}

/** Every annotatable Han text node under `root`, in document order. */
export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return skipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return HAN.test((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  if (root.nodeType === Node.TEXT_NODE) return isAnnotatable(root as Text) ? [root as Text] : [];
  if (root.nodeType === Node.ELEMENT_NODE && inSkippedRegion(root as Element)) return out;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
