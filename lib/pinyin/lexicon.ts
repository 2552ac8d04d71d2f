import * as featuresModule from './features';
import type { Sentence } from './features';
import { VOTE_KINDS, type Vote } from './model';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { mix } = featuresModule;

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

interface Entry {
  /** A second hash of the phrase: two 30-bit hashes agreeing by chance is never seen. */
  check: number;
  readings: string[];
  next?: Entry;
}

/** Phrases by a hash of their code points, so that no string is cut to look one up. */
export interface Lexicon {
  entries: Map<number, Entry>;
  /** A bit per hash of a phrase's first two characters: most places start no phrase, and this says so cheaply. */
  starts: Uint8Array;
}

const startBit = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff;

function hashRange(cps: ArrayLike<number>, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = mix(h, cps[i] ?? 0);
  return h & 0x3fffffff;
}

export function loadLexicon(data: LexiconData): Lexicon {
  const map = new Map<number, Entry>();
  const starts = new Uint8Array(0x10000);
  for (const entry of data.entries.split('|')) {
    const colon = entry.indexOf(':');
    const cps = Array.from(entry.slice(0, colon), (ch) => ch.codePointAt(0) ?? 0);
    if (cps.length < 2) continue;
    const h = hashRange(cps, 0, cps.length, SEED);
    const item: Entry = { check: hashRange(cps, 0, cps.length, CHECK_SEED), readings: entry.slice(colon + 1).split(' '), next: map.get(h) };
    map.set(h, item);
    starts[startBit(cps[0] ?? 0, cps[1] ?? 0)] = 1;
  }
  return { entries: map, starts };
}

function check(e: Entry | undefined, cps: ArrayLike<number>, from: number, to: number): string[] | undefined {
  if (!e) return undefined;
  const h = hashRange(cps, from, to, CHECK_SEED);
  while (e && e.check !== h) e = e.next;
  return e?.readings;
}

/**
 * What the phrase lexicon says of the character at `at`: one vote per phrase of 2 to 4 Han
 * characters around it, `lexw` when the phrase is the segmenter's word, `lex` otherwise.
 */
export function lexiconVotes(lexicon: Lexicon, s: Sentence, at: number, votes: Vote[]): void {
  const wi = s.wordAt[at] ?? 0;
  const wordStart = s.starts[wi] ?? 0;
  const wordEnd = s.starts[wi + 1] ?? 0;
  const { cps } = s;
  const n = cps.length;
  for (let from = Math.max(0, at - MAX + 1); from <= at && from + 1 < n; from++) {
    if (lexicon.starts[startBit(cps[from] ?? 0, cps[from + 1] ?? 0)] !== 1) continue;
    // Phrases starting at `from`, grown one character at a time, that cover `at`.
    let h = SEED;
    for (let to = from + 1; to <= Math.min(n, from + MAX); to++) {
      h = mix(h, cps[to - 1] ?? 0);
      if (to - from < 2 || to <= at) continue;
      const reading = check(lexicon.entries.get(h & 0x3fffffff), cps, from, to)?.[at - from];
      if (reading) votes.push({ r: reading, kind: from === wordStart && to === wordEnd ? LEXW : LEX });
    }
  }
}
