import type { ReadResult } from '../messaging';
import type { Reader } from '../reader';
import { markTerms } from './mark';
import { type Matcher, wordBoundaries } from './match';
import type { GlossaryEntry } from './types';

/**
 * Reading with the glossary: words and pinyin from `reader`, terms from `matcher` (short terms
 * only where they are words of their own), and the entries the page will need for its cards.
 */
export function readWithTerms(reader: Reader, matcher: Matcher, texts: readonly string[]): ReadResult {
  const entries: Record<string, GlossaryEntry> = {};
  const add = (headword: string) => {
    if (entries[headword]) return;
    const entry = matcher.lookup(headword);
    if (entry) entries[headword] = entry;
  };
  const tokens = reader.read(texts).map((words, i) => {
    const matches = matcher.match(texts[i] ?? '', wordBoundaries(words.map((t) => t.w)));
    for (const { headword } of matches) {
      add(headword);
      const entry = entries[headword];
      // One level more, so that a component or related term opens without a round trip.
      for (const linked of [...(entry?.components ?? []), ...(entry?.related ?? [])]) add(linked);
    }
    return markTerms(words, matches);
  });
  return { tokens, entries };
}
