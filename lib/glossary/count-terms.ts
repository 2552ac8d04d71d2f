import type { TermCount } from '../messaging';
import type { Matcher } from './match';

/** The glossary terms of a text with their counts, most frequent first (then by first use). */
export function countTerms(matcher: Matcher, text: string, boundaries?: ReadonlySet<number>): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const { start, end, headword } of matcher.match(text, boundaries)) {
    const seen = counts.get(headword);
    if (seen) {
      seen.count++;
      continue;
    }
    const entry = matcher.lookup(headword);
    counts.set(headword, {
      headword,
      count: 1,
      pinyin: entry?.pinyin ?? '',
      english: entry?.english ?? '',
      firstIndex: start,
      firstText: text.slice(start, end),
    });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.firstIndex - b.firstIndex);
}
