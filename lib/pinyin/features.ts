/**
 * The polyphone model's context features as 30-bit hashes, computed from code points with no
 * string built per character: the reader runs them for a third of all characters of a page.
 * The same code serves training (scripts/train-polyphone.ts) and run time.
 */

/** A run of segmented words seen as code points, so that a character can see its neighbours. */
export interface Sentence {
  words: readonly string[];
  /** Code points of the words joined (plain arrays: a typed array of a line's length lives off the heap, dear to make). */
  cps: number[];
  /** Per code point: the index of its word. */
  wordAt: number[];
  /** Per word: the index of its first code point; one more entry for the end. */
  starts: number[];
  /** Per word: a hash of the word when it has Han, else the class of its first character. */
  wordKeys: number[];
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

export function toSentence(words: readonly string[]): Sentence {
  const cps: number[] = [];
  const wordAt: number[] = [];
  const starts: number[] = [];
  const wordKeys: number[] = [];
  let n = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] ?? '';
    starts.push(n);
    let han = false;
    for (let i = 0; i < word.length; i++) {
      const cp = word.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      if (!han && isHan(cp)) han = true;
      cps.push(cp);
      wordAt.push(wi);
      n++;
    }
    wordKeys.push(han ? hashWord(word) : charClass(word.codePointAt(0)));
  }
  starts.push(n);
  return { words, cps, wordAt, starts, wordKeys };
}

/** Template ids, mixed into every key so that templates never share weights. */
const T = { bias: 1, place: 2, l1: 3, r1: 4, l2: 5, r2: 6, lr: 7, lw: 8, rw: 9, w: 10, vote: 11, l3: 12, r3: 13, lww: 14 } as const;

/**
 * The context features of the character at code point `at`, the same in training and at run
 * time: its place in its word, one to three characters either side, the words either side, its
 * own word. Pushed onto `out` (no array allocated per character).
 */
export function contextFeatures(s: Sentence, at: number, out: number[]): void {
  const { cps, starts, wordKeys } = s;
  const c = cps[at] ?? 0;
  const wi = s.wordAt[at] ?? 0;
  const start = starts[wi] ?? 0;
  const wordLen = (starts[wi + 1] ?? 0) - start;
  const place = wordLen === 1 ? 0 : at === start ? 1 : at === start + wordLen - 1 ? 3 : 2;
  const n = cps.length;
  // Bounds checked here: reading past either end of an array is a slow path in V8.
  const l1 = charClass(at >= 1 ? cps[at - 1] : undefined);
  const l2 = charClass(at >= 2 ? cps[at - 2] : undefined);
  const l3 = charClass(at >= 3 ? cps[at - 3] : undefined);
  const r1 = charClass(at + 1 < n ? cps[at + 1] : undefined);
  const r2 = charClass(at + 2 < n ? cps[at + 2] : undefined);
  const r3 = charClass(at + 3 < n ? cps[at + 3] : undefined);
  const base = mix(0x12345, c);
  const lw = wi > 0 ? (wordKeys[wi - 1] ?? EDGE) : EDGE;
  const rw = wi + 1 < wordKeys.length ? (wordKeys[wi + 1] ?? EDGE) : EDGE;
  out.push(
    key(mix(base, T.bias)),
    key(mix(mix(base, T.place), place * 8 + Math.min(wordLen, 4))),
    key(mix(mix(base, T.l1), l1)),
    key(mix(mix(base, T.r1), r1)),
    key(mix(mix(mix(base, T.l2), l2), l1)),
    key(mix(mix(mix(base, T.r2), r1), r2)),
    key(mix(mix(mix(base, T.lr), l1), r1)),
    key(mix(mix(mix(mix(base, T.l3), l3), l2), l1)),
    key(mix(mix(mix(mix(base, T.r3), r1), r2), r3)),
    key(mix(mix(base, T.lw), lw)),
    key(mix(mix(base, T.rw), rw)),
  );
  if (wordLen > 1) out.push(key(mix(mix(mix(base, T.w), wordKeys[wi] ?? 0), place)));
  else out.push(key(mix(mix(mix(base, T.lww), lw), rw)));
}

/** The feature "the source `kind` reads this character as `reading`". */
export function voteFeature(cp: number, kind: number, reading: string): number {
  return key(mix(mix(mix(0x12345, cp), T.vote * 16 + kind), hashString(reading)));
}
