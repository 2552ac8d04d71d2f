import type { Sentence } from './features';
import type { Vote } from './model';

/** Longest phrase the lexicon matches around a character. */
const MAX = 4;

export interface LexiconData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** `phrase:syllables` entries separated by `|`, syllables separated by spaces. */
  entries: string;
}

export type Lexicon = Map<string, string[]>;

export function loadLexicon(data: LexiconData): Lexicon {
  const map: Lexicon = new Map();
  for (const entry of data.entries.split('|')) {
    const [phrase = '', reading = ''] = entry.split(':');
    if (phrase) map.set(phrase, reading.split(' '));
  }
  return map;
}

/**
 * What the phrase lexicon says of the character at `at`: one vote per phrase of 2 to 4 Han
 * characters around it, `lexw` when the phrase is the segmenter's word, `lex` otherwise.
 */
export function lexiconVotes(lexicon: Lexicon, s: Sentence, at: number): Vote[] {
  const votes: Vote[] = [];
  const word = s.words[s.wordAt[at] ?? 0];
  for (let len = MAX; len >= 2; len--) {
    for (let from = Math.max(0, at - len + 1); from <= at && from + len <= s.chars.length; from++) {
      const phrase = s.text.slice(s.offsets[from], s.offsets[from + len]);
      const reading = lexicon.get(phrase)?.[at - from];
      if (reading) votes.push({ r: reading, kind: phrase === word ? 'lexw' : 'lex' });
    }
  }
  return votes;
}
