import { shippedNameCharLevels } from './name-chars';
import { COMPOUND_SURNAMES, GIVEN_NAME_CHARS, SURNAMES, TRANSLITERATION } from './name-data';
import { japaneseSurnameLength } from './name-shape';
import type { Token } from './types';

/**
 * Context features of each character for the person-name tagger (name-model.ts): the characters
 * around it, what kind of character each is (surname, transliteration, digit…), and the word the
 * tagger put it in (its part of speech, its place in the word, the words on either side). Every
 * feature is a hash into a fixed table, so the model needs no feature dictionary.
 */

/** log2 of the number of weight buckets. */
export const FEATURE_BITS = 17;
/** Features per character (see `featuresAt`). */
export const FEATURES_PER_CHAR = 37;

/** Slots before and after the text in every array, so that neighbours need no bounds checks. */
export const PAD = 3;

/** Per-character context, computed once per text; character i is at index i + PAD, -1 past the ends. */
export interface CharContext {
  length: number;
  /** Character codes. */
  code: Int32Array;
  /** Character class bits (see CLASS). */
  cls: Int32Array;
  /** How much of a surname, given-name and transliteration character it is (name-chars.ts). */
  lvl: Int32Array;
  /** The word holding the character: tag id, place in the word, hashed word, and its neighbours' tags. */
  tag: Int32Array;
  pos: Int32Array;
  word: Int32Array;
  prevTag: Int32Array;
  nextTag: Int32Array;
  /** What the hand-written rules (names.ts) say of the character: 0 outside a name, else 1 + its place. */
  rule: Int32Array;
  /**
   * 1 where a name may be: within four characters after a surname, a transliteration character,
   * a dot, a word the tagger calls a name or a name the rules found. Elsewhere the tagger does not
   * look, which spares it half the text.
   */
  open: Uint8Array;
}

const CLASS = { surname: 1, compound: 2, translit: 4, han: 8, digit: 16, latin: 32, dot: 64, space: 128, given: 256, japanese: 512 } as const;

const TAG_IDS = new Map<string, number>();
function tagId(tag: string): number {
  let id = TAG_IDS.get(tag);
  if (id === undefined) {
    id = hashString(tag) & 0xffff;
    TAG_IDS.set(tag, id);
  }
  return id;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Class bits of every UTF-16 code unit but the compound-surname bit, built on first use. */
let classTable: Int32Array | undefined;
// A local copy: the benchmarks' loader (jiti) reads an imported binding through a proxy at every use.
const surnameAt = japaneseSurnameLength;
const COMPOUND_FIRST = new Set(Array.from(COMPOUND_SURNAMES, (s) => s.charCodeAt(0)));

function buildClassTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let code = 0x4e00; code <= 0x9fff; code++) table[code] = CLASS.han;
  for (let code = 48; code <= 57; code++) table[code] = CLASS.digit;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = CLASS.digit;
  for (let code = 65; code <= 122; code++) if (code <= 90 || code >= 97) table[code] = CLASS.latin;
  for (const ch of '·・•') table[ch.charCodeAt(0)] = CLASS.dot;
  for (const ch of ' \t\n\r\u00a0\u3000') table[ch.charCodeAt(0)] = CLASS.space;
  const mark = (chars: Iterable<string>, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  };
  mark(SURNAMES, CLASS.surname);
  mark(TRANSLITERATION, CLASS.translit);
  mark(GIVEN_NAME_CHARS, CLASS.given);
  return table;
}

function spanLabel(rule: Int32Array, start: number, end: number): void {
  if (end - start === 1) rule[start + PAD] = 4;
  else {
    rule.fill(2, start + PAD + 1, end + PAD - 1);
    rule[start + PAD] = 1;
    rule[end + PAD - 1] = 3;
  }
}

/**
 * Per-character context of `text`, given the tagger's words (empty: each character a word `x`)
 * and the names the rules found.
 */
export function charContext(text: string, tokens: readonly Token[], ruleSpans: readonly { start: number; end: number }[] = []): CharContext {
  const n = text.length;
  const array = () => new Int32Array(n + 2 * PAD).fill(-1);
  const ctx: CharContext = {
    length: n,
    code: array(),
    cls: array(),
    lvl: array(),
    tag: array(),
    pos: array(),
    word: array(),
    prevTag: array(),
    nextTag: array(),
    rule: array(),
    open: new Uint8Array(n + 2 * PAD),
  };
  ctx.rule.fill(0, PAD, n + PAD);
  for (const { start, end } of ruleSpans) spanLabel(ctx.rule, start, end);
  classTable ??= buildClassTable();
  const levels = shippedNameCharLevels();
  // Characters still to mark as part of a Japanese family name (桥本, 长谷川).
  let japanese = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    ctx.code[i + PAD] = code;
    ctx.lvl[i + PAD] = levels[code]!;
    let c = classTable[code]!;
    if (COMPOUND_FIRST.has(code) && COMPOUND_SURNAMES.has(text.slice(i, i + 2))) c |= CLASS.compound;
    japanese = Math.max(japanese, surnameAt(text, i));
    if (japanese > 0) {
      c |= CLASS.japanese;
      japanese--;
    }
    ctx.cls[i + PAD] = c;
  }
  openWindows(ctx, tokens);
  if (tokens.length === 0) {
    const x = tagId('x');
    ctx.tag.fill(x, PAD, n + PAD);
    ctx.pos.fill(0, PAD, n + PAD);
    ctx.word.set(ctx.code.subarray(PAD, n + PAD), PAD);
    ctx.prevTag.fill(x, PAD, n + PAD);
    ctx.nextTag.fill(x, PAD, n + PAD);
    return ctx;
  }
  const tags = tokens.map((t) => tagId(t.tag));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const tag = tags[k]!;
    const word = t.word.length <= 4 ? hashString(t.word) | 0 : 0;
    const prev = k > 0 ? tags[k - 1]! : 0;
    const next = k + 1 < tokens.length ? tags[k + 1]! : 0;
    const len = t.end - t.start;
    for (let i = t.start; i < t.end && i < n; i++) {
      const j = i + PAD;
      ctx.tag[j] = tag;
      ctx.pos[j] = len === 1 ? 0 : i === t.start ? 1 : i === t.end - 1 ? 3 : 2;
      ctx.word[j] = word;
      ctx.prevTag[j] = prev;
      ctx.nextTag[j] = next;
    }
  }
  return ctx;
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
const SEED = CLASS.surname | CLASS.compound | CLASS.dot | CLASS.japanese;

/**
 * Marks where a name may be: up to two characters after a surname (欧阳 and 范徐 of four-character
 * names are surnames twice), runs of two transliteration characters or more, words the tagger
 * calls names, names the rules found.
 */
function openWindows(ctx: CharContext, tokens: readonly Token[]): void {
  const n = ctx.length;
  const { cls, lvl, rule } = ctx;
  const seed = new Uint8Array(n + 2 * PAD);
  const translit = (j: number) => cls[j]! & CLASS.translit || lvl[j]! >> 4 >= 2;
  for (let j = PAD; j < n + PAD; j++) {
    const translitRun = translit(j) && (translit(j - 1) || translit(j + 1) || (cls[j - 1]! | cls[j + 1]!) & CLASS.dot);
    if (cls[j]! & SEED || (lvl[j]! & 3) >= 2 || translitRun || rule[j]! > 0) seed[j] = 1;
  }
  for (const t of tokens) {
    // Words of two or three characters that jieba's HMM made of unknown characters (展淑萍, 考斯曼)
    // are often names too; four are more often a set phrase (成之惟艰).
    const unknown = t.tag === 'x' && t.end - t.start >= 2 && t.end - t.start <= 3 && cls[t.start + PAD]! & CLASS.han;
    if (NAME_TAGS.has(t.tag) || unknown) seed.fill(1, t.start + PAD, t.end + PAD);
  }
  for (let j = PAD; j < n + PAD; j++) ctx.open[j] = seed[j]! | seed[j - 1]! | seed[j - 2]!;
}

/** Mixes a template id and three values into a bucket index. */
function bucket(template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> (32 - FEATURE_BITS);
}

/** Writes the FEATURES_PER_CHAR bucket indices of character `i` into `out` from `offset`. */
export function featuresAt(ctx: CharContext, i: number, out: Int32Array, offset: number): void {
  const j = i + PAD;
  const { code: c, cls: k, rule: r, word, prevTag } = ctx;
  const cm2 = c[j - 2]!;
  const cm1 = c[j - 1]!;
  const c0 = c[j]!;
  const cp1 = c[j + 1]!;
  const cp2 = c[j + 2]!;
  const km1 = k[j - 1]!;
  const k0 = k[j]!;
  const kp1 = k[j + 1]!;
  const tag = ctx.tag[j]!;
  const pos = ctx.pos[j]!;
  let f = offset;
  out[f++] = bucket(0, 0, 0, 0);
  out[f++] = bucket(1, c0, 0, 0);
  out[f++] = bucket(2, cm1, 0, 0);
  out[f++] = bucket(3, cp1, 0, 0);
  out[f++] = bucket(4, cm2, 0, 0);
  out[f++] = bucket(5, cp2, 0, 0);
  out[f++] = bucket(6, cm1, c0, 0);
  out[f++] = bucket(7, c0, cp1, 0);
  out[f++] = bucket(8, cm2, cm1, 0);
  out[f++] = bucket(9, cp1, cp2, 0);
  out[f++] = bucket(10, cm1, cp1, 0);
  out[f++] = bucket(11, km1, k0, kp1);
  out[f++] = bucket(12, tag, pos, 0);
  out[f++] = bucket(13, tag, pos, c0);
  out[f++] = bucket(14, word[j]!, pos, 0);
  out[f++] = bucket(15, prevTag[j]!, tag, pos);
  out[f++] = bucket(16, ctx.nextTag[j]!, tag, pos);
  out[f++] = bucket(17, k0, tag, pos);
  out[f++] = bucket(18, c[j - 3]!, cm2, cm1);
  out[f++] = bucket(19, cp1, cp2, c[j + 3]!);
  out[f++] = bucket(20, prevTag[j]!, c0, pos);
  out[f++] = bucket(21, word[j - 1]!, pos, k0);
  out[f++] = bucket(22, k0, kp1, k[j + 2]!);
  out[f++] = bucket(23, k[j - 2]!, km1, k0);
  out[f++] = bucket(24, c0, kp1, k[j + 2]!);
  out[f++] = bucket(25, r[j]!, 0, 0);
  out[f++] = bucket(26, r[j]!, c0, 0);
  out[f++] = bucket(27, r[j - 1]!, r[j]!, r[j + 1]!);
  out[f++] = bucket(28, cm1, c0, cp1);
  out[f++] = bucket(29, c0, cp1, cp2);
  out[f++] = bucket(30, word[j + 1]!, pos, k0);
  const l = ctx.lvl;
  const lm1 = l[j - 1]!;
  const l0 = l[j]!;
  const lp1 = l[j + 1]!;
  out[f++] = bucket(31, l0, 0, 0);
  out[f++] = bucket(32, lm1, l0, 0);
  out[f++] = bucket(33, l0, lp1, 0);
  out[f++] = bucket(34, l[j - 2]!, lm1, l0);
  out[f++] = bucket(35, l0, lp1, l[j + 2]!);
  out[f++] = bucket(36, l0, tag, pos);
}
