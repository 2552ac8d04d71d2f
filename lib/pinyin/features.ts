import classData from './data/char-classes.json';

/**
 * The polyphone model's context features as 30-bit hashes, computed from code points with no
 * string built per character: the reader runs them for a third of all characters of a page.
 * The same code serves training (scripts/train-polyphone.ts) and run time.
 */

/**
 * A run of segmented words seen as code points, so that a character can see its neighbours.
 * The arrays are buffers that the reader refills for each run (typed arrays of a run's length,
 * made afresh, would cost more than reading it): only the first `n` code points, the first
 * `words.length` (+ 1 for `starts`) words are this run's.
 */
export interface Sentence {
  words: readonly string[];
  /** Number of code points. */
  n: number;
  /** Code points of the words joined. */
  cps: Int32Array;
  /** Per code point: the index of its word. */
  wordAt: Int32Array;
  /** Per word: the index of its first code point; one more entry for the end. */
  starts: Int32Array;
  /** Per word: a hash of the word when it has Han, else the class of its first character. */
  wordKeys: Int32Array;
}

/** Classes standing for a neighbour that is not Han: edge, digit, Latin letter, space. */
const EDGE = 35;
const DIGIT = 48;
const LATIN = 97;
const SPACE = 95;

/** Whether a code point is Han; the common block first, the regex only for the rest. */
const HAN_RE = /\p{Script=Han}/u;
export function isHan(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  return HAN_RE.test(String.fromCodePoint(cp));
}

/** A neighbour as the model sees it: Han and punctuation as themselves, the rest by class. */
function charClass(cp: number | undefined): number {
  if (cp === undefined) return EDGE;
  if (cp >= 0x4e00) {
    if (cp >= 0xff10 && cp <= 0xff19) return DIGIT;
    if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return LATIN;
    return cp;
  }
  if (cp >= 0x30 && cp <= 0x39) return DIGIT;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return LATIN;
  if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x3000) return SPACE;
  return cp;
}

export interface CharClassesData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** `class:characters` groups separated by `|` (scripts/build-char-classes.ts). */
  classes: string;
}

/** Per BMP code unit: 1 + its part-of-speech class (scripts/build-char-classes.ts), 0 for none. */
const CLASSES = (() => {
  const out = new Uint8Array(0x10000);
  for (const group of (classData as CharClassesData).classes.split('|')) {
    const colon = group.indexOf(':');
    const c = Number(group.slice(0, colon)) + 1;
    for (let i = colon + 1; i < group.length; i++) out[group.charCodeAt(i)] = c;
  }
  return out;
})();

/**
 * A neighbour (as charClass() gives it) by its class: a Han character by the part of speech it
 * leans to, one of too few dictionary words as any such, punctuation and the rest as they are.
 */
function wordClass(c: number): number {
  const cls = c <= 0xffff ? CLASSES[c]! : 0;
  if (cls > 0) return 0x10000 + cls;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ? 0x10000 : c;
}

/** One round of a 32-bit multiplicative mix. */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** A feature key: small enough to stay a small integer in V8's maps. */
const key = (h: number): number => h & 0x3fffffff;

/** A hash of a string's UTF-16 units (syllables, words). */
function hashString(text: string, seed = 0x2545f491): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return key(h);
}

/** A hash of a word with its digits as 0: 2021年 and 1997年 are the same word to the model. */
function hashWord(word: string): number {
  let h = 0x2545f491;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = mix(h, (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) ? 0x30 : c);
  }
  return key(h);
}

/** Buffers for a sentence of up to `chars` code points and `words` words. */
function sized(into: Sentence | undefined, chars: number, words: number): Sentence {
  if (into && into.cps.length >= chars && into.starts.length > words) return into;
  const c = Math.max(256, 2 * chars);
  const w = Math.max(128, 2 * words + 2);
  return { words: [], n: 0, cps: new Int32Array(c), wordAt: new Int32Array(c), starts: new Int32Array(w), wordKeys: new Int32Array(w) };
}

/** The words as a sentence, in `into`'s buffers when they are big enough (the result is then `into`). */
export function toSentence(words: readonly string[], into?: Sentence): Sentence {
  let units = 0;
  for (let wi = 0; wi < words.length; wi++) units += (words[wi] ?? '').length;
  const s = sized(into, units, words.length);
  const { cps, wordAt, starts, wordKeys } = s;
  let n = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] ?? '';
    starts[wi] = n;
    let han = false;
    for (let i = 0; i < word.length; i++) {
      const cp = word.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      if (!han && isHan(cp)) han = true;
      cps[n] = cp;
      wordAt[n] = wi;
      n++;
    }
    wordKeys[wi] = han ? hashWord(word) : charClass(word.codePointAt(0));
  }
  starts[words.length] = n;
  s.words = words;
  s.n = n;
  return s;
}

/** Template ids, mixed into every key so that templates never share weights. */
const T = { bias: 1, place: 2, l1: 3, r1: 4, l2: 5, r2: 6, lr: 7, lw: 8, rw: 9, w: 10, vote: 11, l3: 12, r3: 13, lww: 14, cl1: 15, cr1: 16, clr: 17, cl2: 18, cr2: 19, bag: 20 } as const;

/**
 * The context features of the character at code point `at`, the same in training and at run
 * time: its place in its word, one to three characters either side, the words either side, its
 * own word. Written into `out` from index `n` on (the reader reuses one array: no allocation per
 * character); returns the index after the last.
 */
export function contextFeatures(s: Sentence, at: number, out: number[], n = out.length): number {
  const { cps, starts, wordKeys } = s;
  const end = s.n;
  const c = cps[at] ?? 0;
  const wi = s.wordAt[at] ?? 0;
  const start = starts[wi] ?? 0;
  const wordLen = (starts[wi + 1] ?? 0) - start;
  const place = wordLen === 1 ? 0 : at === start ? 1 : at === start + wordLen - 1 ? 3 : 2;
  // Bounds checked here: the buffers hold an earlier run's characters past the end.
  const l1 = charClass(at >= 1 ? cps[at - 1] : undefined);
  const l2 = charClass(at >= 2 ? cps[at - 2] : undefined);
  const l3 = charClass(at >= 3 ? cps[at - 3] : undefined);
  const r1 = charClass(at + 1 < end ? cps[at + 1] : undefined);
  const r2 = charClass(at + 2 < end ? cps[at + 2] : undefined);
  const r3 = charClass(at + 3 < end ? cps[at + 3] : undefined);
  const base = mix(0x12345, c);
  const lw = wi > 0 ? (wordKeys[wi - 1] ?? EDGE) : EDGE;
  const rw = wi + 1 < s.words.length ? (wordKeys[wi + 1] ?? EDGE) : EDGE;
  out[n++] = key(mix(base, T.bias));
  out[n++] = key(mix(mix(base, T.place), place * 8 + Math.min(wordLen, 4)));
  out[n++] = key(mix(mix(base, T.l1), l1));
  out[n++] = key(mix(mix(base, T.r1), r1));
  out[n++] = key(mix(mix(mix(base, T.l2), l2), l1));
  out[n++] = key(mix(mix(mix(base, T.r2), r1), r2));
  out[n++] = key(mix(mix(mix(base, T.lr), l1), r1));
  out[n++] = key(mix(mix(mix(mix(base, T.l3), l3), l2), l1));
  out[n++] = key(mix(mix(mix(mix(base, T.r3), r1), r2), r3));
  out[n++] = key(mix(mix(base, T.lw), lw));
  out[n++] = key(mix(mix(base, T.rw), rw));
  if (wordLen > 1) out[n++] = key(mix(mix(mix(base, T.w), wordKeys[wi] ?? 0), place));
  else out[n++] = key(mix(mix(mix(base, T.lww), lw), rw));
  n = classFeatures(base, wordClass(l2), wordClass(l1), wordClass(r1), wordClass(r2), out, n);
  return bagFeatures(s, at, base, out, n);
}

/** How far either side bagFeatures() looks. */
const BAG = 5;

/**
 * The Han characters two to five places either side, wherever they stand: what a sentence is
 * about (an order of plants, a Mongol khan, a Korean name) reaches past the nearest neighbours.
 */
function bagFeatures(s: Sentence, at: number, base: number, out: number[], n: number): number {
  const { cps } = s;
  const bag = mix(base, T.bag);
  for (let i = Math.max(0, at - BAG); i < at - 1; i++) if (isHan(cps[i] ?? 0)) out[n++] = key(mix(bag, cps[i] ?? 0));
  for (let i = at + 2; i < s.n && i <= at + BAG; i++) if (isHan(cps[i] ?? 0)) out[n++] = key(mix(bag, cps[i] ?? 0));
  return n;
}

/**
 * The neighbours by class (wordClass): one and two either side, one on each side together. With a
 * few dozen examples per character, a neighbour never seen beside it is often of a kind seen.
 */
function classFeatures(base: number, l2: number, l1: number, r1: number, r2: number, out: number[], n: number): number {
  out[n++] = key(mix(mix(base, T.cl1), l1));
  out[n++] = key(mix(mix(base, T.cr1), r1));
  out[n++] = key(mix(mix(mix(base, T.clr), l1), r1));
  out[n++] = key(mix(mix(mix(base, T.cl2), l2), l1));
  out[n++] = key(mix(mix(mix(base, T.cr2), r1), r2));
  return n;
}

/**
 * The features of contextFeatures() that a phrase on its own shows for its character at `p`:
 * the neighbours within the phrase, none past its ends. Training reads a phrase list through
 * this (scripts/pinyin/examples.ts), so that what the list knows reaches contexts that cut the
 * phrase differently or hold only part of it.
 */
export function phraseFeatures(cps: readonly number[], p: number, out: number[]): void {
  const n = cps.length;
  const at = (i: number): number => charClass(cps[i]);
  const base = mix(0x12345, cps[p] ?? 0);
  if (p >= 1) out.push(key(mix(mix(base, T.l1), at(p - 1))));
  if (p + 1 < n) out.push(key(mix(mix(base, T.r1), at(p + 1))));
  if (p >= 2) out.push(key(mix(mix(mix(base, T.l2), at(p - 2)), at(p - 1))));
  if (p + 2 < n) out.push(key(mix(mix(mix(base, T.r2), at(p + 1)), at(p + 2))));
  if (p >= 1 && p + 1 < n) out.push(key(mix(mix(mix(base, T.lr), at(p - 1)), at(p + 1))));
  if (p >= 3) out.push(key(mix(mix(mix(mix(base, T.l3), at(p - 3)), at(p - 2)), at(p - 1))));
  if (p + 3 < n) out.push(key(mix(mix(mix(mix(base, T.r3), at(p + 1)), at(p + 2)), at(p + 3))));
}

/** The feature "the source `kind` reads this character as `reading`". */
export function voteFeature(cp: number, kind: number, reading: string): number {
  return key(mix(mix(mix(0x12345, cp), T.vote * 16 + kind), hashString(reading)));
}
