/**
 * Numbers as one word with their unit of time or scale: jieba cuts full-width digits one by one
 * (１/９/９/７/年) and leaves ASCII ones apart from the unit (2021/年), where dictionaries and
 * SIGHAN's gold write １９９７年, ５．６％, １２万 as single words.
 */

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** A decimal point or thousands separator, inside a number only. */
const isPoint = (c: number): boolean => c === 0x2e || c === 0xff0e || c === 0xb7;
/** Units that join the number before them: 年 月 日 ％ % 万 亿. */
const UNITS = new Set(Array.from('年月日％%万亿', (ch) => ch.charCodeAt(0)));

function isNumber(word: string): boolean {
  if (word.length === 0 || !isDigit(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isDigit(c) && !isPoint(c)) return false;
  }
  return true;
}

/** Re-cuts `words` so that each run of digits, with a unit after it, stands as one word. */
export function mergeNumbers(words: string[]): string[] {
  let out: string[] | undefined;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] ?? '';
    if (!isNumber(word)) {
      out?.push(word);
      continue;
    }
    let end = wi + 1;
    // Digits and points cut apart: a point only between digits (５．６, not a full stop).
    while (end < words.length) {
      const next = words[end] ?? '';
      if (isNumber(next)) end++;
      else if (next.length === 1 && isPoint(next.charCodeAt(0)) && isNumber(words[end + 1] ?? '')) end += 2;
      else break;
    }
    const unit = words[end] ?? '';
    if (unit.length === 1 && UNITS.has(unit.charCodeAt(0))) end++;
    if (end === wi + 1) {
      out?.push(word);
      continue;
    }
    out ??= words.slice(0, wi);
    out.push(words.slice(wi, end).join(''));
    wi = end - 1;
  }
  return out ?? words;
}
