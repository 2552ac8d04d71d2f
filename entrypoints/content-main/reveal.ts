/**
 * Scrolls to the first place the document shows `needle` and selects it, so the reader sees
 * the mention the popup points at. Text split over several nodes (ruby words, inline tags) is
 * found too. Selecting changes nothing in the page's DOM.
 */
export function reveal(doc: Document, needle: string): boolean {
  if (!needle || !doc.body) return false;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = text.indexOf(needle);
  if (at < 0) return false;
  const locate = (offset: number, end: boolean): [Text, number] => {
    let i = starts.findIndex((s, k) => offset < s + (nodes[k]?.data.length ?? 0) + (end ? 1 : 0));
    if (i < 0) i = nodes.length - 1;
    return [nodes[i] as Text, offset - (starts[i] ?? 0)];
  };
  const range = doc.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + needle.length, true));
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = doc.defaultView?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
