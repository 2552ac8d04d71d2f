import traditional from '../pinyin/data/traditional.json';

/**
 * The matcher compares "keys", not characters: one key per UTF-16 unit that matters, after
 * folding. Quotation marks and spaces inside a term are dropped (pages write “四上”企业 for
 * 四上企业, and inline tags leave spaces), list separators (、，,·) become one SEP key, so that
 * 任凭风浪起,稳坐钓鱼船 meets 任凭风浪起，稳坐钓鱼船, and Traditional characters are read as
 * Simplified, so 兩個維護 meets 两个维护.
 */
export const SEP = 1;
/** In a formula's key sequence (never in a text): a list separator or 和/与/及/以及 goes here. */
export const FORMULA_SEP = 0;

const SKIPPED = new Set(
  Array.from('\u0000“”‘’「」『』"\'＂＇ \t\n\r\f\v\u00a0\u2002\u2003\u2009\u200b\u200c\u200d\u3000\ufeff').map((ch) =>
    ch.charCodeAt(0),
  ),
);
const SEPARATORS = new Set(Array.from('、，,·・•﹐﹑').map((ch) => ch.charCodeAt(0)));

/** Opening and closing quotation marks, for widening a match to a balanced pair. */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
]);

/** Unit → key, with SKIP for a unit that is dropped. */
const SKIP = 0xffff;
let keyTable: Uint16Array | undefined;
let simplifiedUnits: Uint16Array | undefined;

/**
 * Traditional → Simplified by UTF-16 unit (0 where a unit stays), from the reading engine's
 * table. Typed arrays, because per-character Map and Set lookups cost more than the whole match.
 */
function simplifiedTable(): Uint16Array {
  if (simplifiedUnits) return simplifiedUnits;
  const table = new Uint16Array(0x10000);
  const chars = Array.from(traditional.map);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [from = '', to = ''] = [chars[i], chars[i + 1]];
    if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return (simplifiedUnits = table);
}

/** The key of every UTF-16 unit: its Simplified form, folded; SEP for a separator; SKIP. */
function unitKeys(): Uint16Array {
  if (keyTable) return keyTable;
  const simplified = simplifiedTable();
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const simple = simplified[unit] || unit;
    // Full-width ASCII (互联网＋, ２＋Ｎ) reads as ASCII; Latin letters ignore case.
    const ascii = simple >= 0xff01 && simple <= 0xff5e ? simple - 0xfee0 : simple;
    table[unit] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  for (const unit of SKIPPED) table[unit] = SKIP;
  for (const unit of SEPARATORS) table[unit] = SEP;
  table[SEP] = SKIP;
  return (keyTable = table);
}

/** A text as keys, with the offset in the text of each key. */
export interface KeyStream {
  keys: Uint16Array;
  /** UTF-16 offset of each key's unit in the text. */
  offsets: Uint32Array;
  length: number;
}

/**
 * The keys of a text. A run of separators, or separators with quotes and spaces between them,
 * gives one SEP key. `reuse` lends buffers from an earlier stream (valid only until the next
 * call that reuses them): a page's text runs then allocate nothing here.
 */
export function keyStream(text: string, reuse?: KeyStream): KeyStream {
  const table = unitKeys();
  const big = reuse && reuse.keys.length >= text.length;
  const out = big ? reuse.keys : new Uint16Array(Math.max(text.length, 256));
  const offsets = big ? reuse.offsets : new Uint32Array(out.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const key = table[text.charCodeAt(i)] ?? SKIP;
    if (key === SKIP || (key === SEP && n > 0 && out[n - 1] === SEP)) continue;
    out[n] = key;
    offsets[n] = i;
    n++;
  }
  return { keys: out, offsets, length: n };
}

/** The text with Traditional characters read as Simplified, UTF-16 unit for unit. */
export function simplifyUnits(text: string): string {
  const table = simplifiedTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simple = table[text.charCodeAt(i)];
    if (!simple) continue;
    out += text.slice(from, i) + String.fromCharCode(simple);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The keys of a term as written in the glossary, without separators at its ends. */
export function termKeys(term: string): number[] {
  const { keys, length } = keyStream(term);
  const out = Array.from(keys.subarray(0, length));
  while (out[0] === SEP) out.shift();
  while (out.at(-1) === SEP) out.pop();
  return out;
}
