import { HAN } from '@/lib/text/han';

/** Elements whose text is never annotated: code, form fields, other notations, our own UI. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'SVG', 'MATH', 'RUBY', 'RT', 'RP', 'IFRAME', 'OBJECT', 'CANVAS', 'TITLE', 'CODE', 'PRE', 'KBD',
  'SAMP',
]);

/** Phrasing elements: text on both sides of them is read as one text (<b>四个</b>意识). */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR',
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

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/**
 * The annotatable Han text nodes under `root`, in document order, grouped into texts that read
 * as one: neighbours in the same block with only phrasing markup between them. A line break,
 * a block, or other text in between starts a new group.
 */
export function collectGroups(root: Node): Text[][] {
  if (root.nodeType === Node.TEXT_NODE) return isAnnotatable(root as Text) ? [[root as Text]] : [];
  if (root.nodeType === Node.ELEMENT_NODE && inSkippedRegion(root as Element)) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && skipped(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const groups: Text[][] = [];
  let current: Text[] | null = null;
  let block: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      if (!INLINE.has((n as Element).tagName.toUpperCase())) current = null;
      continue;
    }
    const text = n as Text;
    if (!HAN.test(text.data)) {
      if (text.data.trim()) current = null;
      continue;
    }
    const own = blockOf(text);
    if (!current || own !== block) groups.push((current = []));
    block = own;
    current.push(text);
  }
  return groups;
}

/** Every annotatable Han text node under `root`, in document order. */
export function collectTextNodes(root: Node): Text[] {
  return collectGroups(root).flat();
}
