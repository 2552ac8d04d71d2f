import * as featuresModule from './features';
import type { Sentence } from './features';
import * as modelModule from './model';
import type { Votes } from './model';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { mix } = featuresModule;
const { addVote, VOTE_KINDS } = modelModule;

/** Longest phrase the lexicon matches around a character. */
const MAX = 4;
const SEED = 0x6b43a9b5;
const CHECK_SEED = 0x1b873593;
const LEXW = VOTE_KINDS.indexOf('lexw');
const LEX = VOTE_KINDS.indexOf('lex');

export interface LexiconData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** `phrase:syllables` entries separated by `|`, syllables separated by spaces. */
  entries: string;
}

/**
 * Phrases by a hash of their code points in an open-addressing table, so that no string is cut
 * to look one up. A second hash confirms a hit: two 30-bit hashes agreeing by chance is never seen.
 */
export interface Lexicon {
  mask: number;
  keys: Int32Array;
  checks: Int32Array;
  /** Per slot: the phrase's syllables, space-separated, split on first use. */
  raw: string[];
  split: (string[] | undefined)[];
  /** A bit per hash of a phrase's first two characters (2^20 bits): most places start no phrase, and this says so cheaply. */
  starts: Uint32Array;
}

const EMPTY = -1;
/** The bit of a pair of characters in `starts`. */
const startBit = (a: number, b: number): number => mix(mix(0x5bd1e995, a), b) >>> 12;
const hasStart = (starts: Uint32Array, bit: number): boolean => ((starts[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;

function hashRange(cps: ArrayLike<number>, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = mix(h, cps[i] ?? 0);
  return h & 0x3fffffff;
}

export function loadLexicon(data: LexiconData): Lexicon {
  const entries = data.entries.split('|');
  let size = 1024;
  while (size < 3 * entries.length) size *= 2;
  const lexicon: Lexicon = {
    mask: size - 1,
    keys: new Int32Array(size).fill(EMPTY),
    checks: new Int32Array(size),
    raw: new Array<string>(size).fill(''),
    split: [],
    starts: new Uint32Array(1 << 15),
  };
  const cps: number[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    if (colon < 2) continue;
    // Phrases are BMP Han (scripts/build-lexicon.ts): one UTF-16 unit per character.
    cps.length = 0;
    for (let i = 0; i < colon; i++) cps.push(entry.charCodeAt(i));
    let i = hashRange(cps, 0, colon, SEED);
    const key = i;
    while (lexicon.keys[(i &= lexicon.mask)] !== EMPTY) i++;
    lexicon.keys[i] = key;
    lexicon.checks[i] = hashRange(cps, 0, colon, CHECK_SEED);
    lexicon.raw[i] = entry.slice(colon + 1);
    const bit = startBit(cps[0] ?? 0, cps[1] ?? 0);
    lexicon.starts[bit >>> 5] = (lexicon.starts[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return lexicon;
}

function lookup(lexicon: Lexicon, key: number, cps: ArrayLike<number>, from: number, to: number): string[] | undefined {
  const { mask, keys } = lexicon;
  let check: number | undefined;
  for (let i = key & mask; keys[i] !== EMPTY; i = (i + 1) & mask) {
    if (keys[i] !== key) continue;
    check ??= hashRange(cps, from, to, CHECK_SEED);
    if (lexicon.checks[i] !== check) continue;
    return (lexicon.split[i] ??= (lexicon.raw[i] ?? '').split(' '));
  }
  return undefined;
}

/**
 * What the phrase lexicon says of the character at `at`: one vote per phrase of 2 to 4 Han
 * characters around it, `lexw` when the phrase is the segmenter's word, `lex` otherwise.
 */
export function lexiconVotes(lexicon: Lexicon, s: Sentence, at: number, votes: Votes): void {
  const wi = s.wordAt[at] ?? 0;
  const wordStart = s.starts[wi] ?? 0;
  const wordEnd = s.starts[wi + 1] ?? 0;
  const { cps, n } = s;
  for (let from = Math.max(0, at - MAX + 1); from <= at && from + 1 < n; from++) {
    if (!hasStart(lexicon.starts, startBit(cps[from] ?? 0, cps[from + 1] ?? 0))) continue;
    // Phrases starting at `from`, grown one character at a time, that cover `at`.
    let h = SEED;
    for (let to = from + 1; to <= Math.min(n, from + MAX); to++) {
      h = mix(h, cps[to - 1] ?? 0);
      if (to - from < 2 || to <= at) continue;
      const reading = lookup(lexicon, h & 0x3fffffff, cps, from, to)?.[at - from];
      if (reading) addVote(votes, reading, from === wordStart && to === wordEnd ? LEXW : LEX);
    }
  }
}
