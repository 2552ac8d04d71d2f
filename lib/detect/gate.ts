/**
 * The cheap gate: is this page Chinese at all? It looks at a sample of the text only, so that a
 * page with no Han (or a Japanese page) costs well under a millisecond and nothing else runs.
 */
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN = /[A-Za-z]/g;
/** Japanese text has kana in most sentences; a Chinese page may quote a stray の or a brand name. */
const KANA_SHARE = 0.08;
const MIN_HAN = 20;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math']);

/** Why the page is not Chinese, or null when it is worth a closer look. */
export function gate(text: string): string | null {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'no Chinese characters';
  const kana = text.match(KANA)?.length ?? 0;
  if (kana >= 3 && kana >= KANA_SHARE * (han + kana)) return 'Japanese text (kana present)';
  if (han < MIN_HAN) return `too little Chinese text (${han} Han characters)`;
  const latin = text.match(LATIN)?.length ?? 0;
  if (latin > 8 * han) return 'mostly text in another language, little Chinese';
  return null;
}

/** The title and the first `limit` characters of the body's text, for the gate. */
export function sampleText(doc: Document, limit = 4000): string {
  let text = `${doc.title}\n`;
  const body = doc.body;
  if (!body) return text;
  const stack: Node[] = [body];
  while (stack.length > 0 && text.length < limit) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      text += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).localName)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return text;
}
