import { collectTextNodes } from './collect';

/** The text detection looks at: annotatable text of the body, up to `limit` characters. */
export function pageText(doc: Document, limit = 30_000): string {
  if (!doc.body) return '';
  let text = (doc.title ?? '') + '\n';
  for (const node of collectTextNodes(doc.body)) {
    text += node.data;
    if (text.length >= limit) break;
  }
  return text;
}
