import { HAN } from '../text/han';

/** A run of segmented words seen as code points, so that a character can see its neighbours. */
export interface Sentence {
  words: readonly string[];
  /** Code points of the words joined. */
  chars: string[];
  /** Per code point: the index of its word. */
  wordAt: number[];
  /** Per word: the index of its first code point. */
  starts: number[];
  /** The words joined, and per code point (and one past the end) its UTF-16 offset in it. */
  text: string;
  offsets: number[];
}

export function toSentence(words: readonly string[]): Sentence {
  const chars: string[] = [];
  const wordAt: number[] = [];
  const starts: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  words.forEach((word, wi) => {
    starts.push(chars.length);
    for (const ch of word) {
      chars.push(ch);
      wordAt.push(wi);
      offsets.push(offset);
      offset += ch.length;
    }
  });
  offsets.push(offset);
  return { words, chars, wordAt, starts, text: words.join(''), offsets };
}

/** Neighbours that are not Han collapse to a class: digits, Latin letters, space, edge. */
function charClass(ch: string | undefined): string {
  if (ch === undefined) return '#';
  if (HAN.test(ch)) return ch;
  if (/[0-9０-９]/.test(ch)) return '0';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(ch)) return 'a';
  if (/\s/.test(ch)) return '_';
  return ch;
}

function wordClass(word: string | undefined): string {
  if (word === undefined) return '#';
  return HAN.test(word) ? word : charClass(Array.from(word)[0]);
}

/**
 * The context features of the character at code point `at`, the same in training and at run
 * time: its word, its place in the word, one and two characters either side, the words either
 * side. The word-level base reading is added by the model, not here.
 */
export function contextFeatures(s: Sentence, at: number): string[] {
  const wi = s.wordAt[at] ?? 0;
  const word = s.words[wi] ?? '';
  const len = s.chars.length;
  const c = (i: number) => (i >= 0 && i < len ? charClass(s.chars[i]) : '#');
  const wordLen = Array.from(word).length;
  const place = at - (s.starts[wi] ?? 0);
  const feats = [
    `p:${wordLen === 1 ? 'S' : place === 0 ? 'B' : place === wordLen - 1 ? 'E' : 'M'}`,
    `l1:${c(at - 1)}`,
    `r1:${c(at + 1)}`,
    `l2:${c(at - 2)}${c(at - 1)}`,
    `r2:${c(at + 1)}${c(at + 2)}`,
    `lw:${wordClass(s.words[wi - 1])}`,
    `rw:${wordClass(s.words[wi + 1])}`,
  ];
  if (wordLen > 1) feats.push(`w:${word}`);
  return feats;
}
