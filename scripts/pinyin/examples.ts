/** Turns CPP items into model examples through the same segmenter and base reader as the app. */
import type { BaseReader } from '../../lib/pinyin/base-reading';
import { toSentence } from '../../lib/pinyin/features';
import type { Lexicon } from '../../lib/pinyin/lexicon';
import { baseAt, evidence } from '../../lib/pinyin/reader';
import { ruleReading } from '../../lib/pinyin/rules';
import { toSimplified } from '../../lib/pinyin/traditional';
import type { Segmenter } from '../../lib/segment/types';
import type { CppItem } from './cpp';
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

