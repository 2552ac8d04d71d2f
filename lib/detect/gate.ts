/**
 * The cheap gate: is this page Chinese at all? It looks at a sample of the text only, so that a
 * page with no Han (or a Japanese one) costs well under a millisecond and nothing else runs.
 * Counts are native regexp passes without Unicode property escapes (see han.ts).
 */
import { countHanFast } from './han';

/** Japanese text has kana in most sentences; a Chinese page may quote a stray の or a brand name. */
const KANA_SHARE = 0.08;
const MIN_HAN = 20;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math']);

/**
 * Hiragana and Katakana (with the phonetic extensions and half-width forms), not the middle dot
 * ・ and the long mark ー, which Chinese text uses too (唐纳德・特朗普).
 */
const NOT_KANA = /[^\u3041-\u30fa\u30fd\u30fe\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d]+/g;
const NOT_LATIN = /[^A-Za-z]+/g;

const NO_HAN = 'no Chinese characters';
const JAPANESE = 'Japanese text (kana present)';
const DECLARED = 'the page is declared as';

/**
 * Before any text is read: a page that declares a language other than Chinese (`<html
 * lang="en">`) and has no Han in its title is not Chinese. Reading the body costs most of the
 * gate's time on a long page, and this spares it on most of the web. A Japanese page usually has
 * Han in its title and goes on to the text, where its kana tell.
 */
export function gateByDeclaration(lang: string, title: string): string | null {
  if (!declaresAnotherLanguage(lang) || countHanFast(title) > 0) return null;
  return `${DECLARED} ${lang.trim()} and its title has no Chinese characters`;
}

/** Whether `<html lang>` names a language other than Chinese. */
export function declaresAnotherLanguage(lang: string): boolean {
  const declared = lang.trim().toLowerCase();
  return declared !== '' && declared !== 'und' && !declared.startsWith('zh');
}

/**
 * Whether a page's title, before its body has arrived, says it is probably Chinese: a few Han
 * and no kana (whatever language is declared: a Chinese title keeps gateByDeclaration open too).
 * Only a hint to start loading early; the gate decides on the text.
 */
export function titleIsChinese(title: string): boolean {
  return countHanFast(title) >= 2 && title.replace(NOT_KANA, '').length === 0;
}

/**
 * Whether a page closed for this reason is left entirely alone: no Chinese at all, a Japanese
 * page, a page declared in another language. Tifa does not even listen to the popup there (the
 * listener is half of what the gate costs a page). A page with a little Chinese is not left
 * alone: the popup can still annotate it.
 */
export function leavesAlone(reason: string): boolean {
  return reason === NO_HAN || reason === JAPANESE || reason.startsWith(DECLARED);
}

/** Why the page is not Chinese, or null when it is worth a closer look. */
export function gate(text: string): string | null {
  const han = countHanFast(text);
  if (han === 0) return NO_HAN;
  const kana = text.replace(NOT_KANA, '').length;
  if (kana >= 3 && kana >= KANA_SHARE * (han + kana)) return JAPANESE;
  if (han < MIN_HAN) return `too little Chinese text (${han} Han characters)`;
  // Latin letters can outnumber Han eightfold only in a text more than nine times longer than its Han.
  if (text.length > 9 * han && text.replace(NOT_LATIN, '').length > 8 * han) return 'mostly text in another language, little Chinese';
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
