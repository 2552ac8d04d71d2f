import { HAN } from '@/lib/text/han';

/** Elements whose text is never annotated: code, form fields, other notations, our own UI (local names, lower case as the HTML parser writes them). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'svg', 'math', 'ruby', 'rt', 'rp', 'iframe', 'object', 'canvas', 'title', 'code', 'pre', 'kbd',
  'samp',
]);

/** Phrasing elements: text on both sides of them is read as one text (<b>四个</b>意识). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'label', 'mark', 'nobr', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var',
]);

/** Marks every element Tifa adds to a page; the walker never enters them. */
export const OWN_ATTR = 'data-tifa-own';

/**
 * Whether Tifa leaves `el` and everything in it alone. An element that makes its content
 * editable counts (the walk checks every ancestor, so contenteditable="false" inside an editable
 * region does not bring it back; nothing there is annotated).
 */
function skipped(el: Element): boolean {
  if (SKIP.has(el.localName) || el.hasAttribute(OWN_ATTR)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
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
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * The annotatable Han text nodes under `root`, in document order, grouped into texts that read
 * as one: neighbours in the same block with only phrasing markup between them. A line break,
 * a block, or other text in between starts a new group. A plain walk over child and sibling
 * links: a tree walker with a filter calls back into script for every node. With a `limit`, the
 * walk stops once the groups hold that many characters.
 */
export function collectGroups(root: Node, limit = Infinity): Text[][] {
  if (root.nodeType === Node.TEXT_NODE) return isAnnotatable(root as Text) ? [[root as Text]] : [];
  if (root.nodeType === Node.ELEMENT_NODE && inSkippedRegion(root as Element)) return [];
  const groups: Text[][] = [];
  let current: Text[] | null = null;
  let block: Element | null = null;
  let n: Node | null = root.firstChild;
  let chars = 0;
  while (n && chars < limit) {
    let enter = false;
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (!skipped(el)) {
        if (!INLINE.has(el.localName)) current = null;
        enter = el.firstChild !== null;
      }
    } else if (n.nodeType === Node.TEXT_NODE) {
      const text = n as Text;
      if (!HAN.test(text.data)) {
        if (text.data.trim()) current = null;
      } else {
        const own = blockOf(text);
        if (!current || own !== block) groups.push((current = []));
        block = own;
        current.push(text);
        chars += text.data.length;
      }
    }
    if (enter) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return groups;
}

/** Every annotatable Han text node under `root`, in document order. */
export function collectTextNodes(root: Node): Text[] {
  return collectGroups(root).flat();
}
