/** Turns CPP items into model examples through the same segmenter and base reader as the app. */
import type { BaseReader } from '../../lib/pinyin/base-reading';
import { phraseFeatures, toSentence } from '../../lib/pinyin/features';
import type { Lexicon } from '../../lib/pinyin/lexicon';
import { baseAt, evidence } from '../../lib/pinyin/reader';
import { ruleReading } from '../../lib/pinyin/rules';
import { toSimplified } from '../../lib/pinyin/traditional';
import type { Segmenter } from '../../lib/segment/types';
import type { CppItem } from './cpp';
import { newVotes } from '../../lib/pinyin/model';
import type { Example } from './logit';

export function toExamples(items: readonly CppItem[], segmenter: Segmenter, base: BaseReader, lexicon?: Lexicon): Example[] {
  return items.map((item) => {
    const s = toSentence(segmenter.cut(item.text).map(toSimplified));
    const { reading, source } = baseAt(s, base, item.at);
    const cp = s.cps[item.at] ?? 0;
    // What the reader decides before the model: a fixed word, else a context rule.
    const settled = source === 'fixed' ? reading : ruleReading(s, item.at);
    return { ch: String.fromCodePoint(cp), cp, base: reading, gold: item.reading, settled, ...evidence(s, item.at, reading, source, { lexicon }) };
  });
}


/**
 * Examples made from a phrase list (`phrase:syllables` entries) for the characters in `chars`:
 * each a phrase's character with the features its neighbours in the phrase give, its reading
 * there as gold, no votes and no bias feature (the class prior stays CPP's).
 */
export function phraseExamples(entries: Iterable<string>, chars: ReadonlySet<number>): Example[] {
  const out: Example[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const cps = Array.from(entry.slice(0, colon), (ch) => ch.codePointAt(0) ?? 0);
    const syllables = entry.slice(colon + 1).trim().split(/\s+/);
    if (cps.length < 2 || syllables.length !== cps.length) continue;
    cps.forEach((cp, p) => {
      if (!chars.has(cp)) return;
      const feats: number[] = [];
      phraseFeatures(cps, p, feats);
      out.push({ ch: String.fromCodePoint(cp), cp, feats, votes: newVotes(), base: '', gold: syllables[p] ?? '' });
    });
  }
  return out;
}
