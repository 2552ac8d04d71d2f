import { pinyin } from 'pinyin-pro';
import { HAN } from '../text/han';
import type { PinyinReader } from './types';

/**
 * Reads a whole sentence with pinyin-pro (which has its own phrase table for polyphones), then
 * hands each word its syllables. Word-level readings in `fixed` win over the sentence reading.
 */
export function createSentenceReader(fixed: ReadonlyMap<string, string> = new Map()): PinyinReader {
  return {
    readWords(words) {
      const chars = Array.from(words.join(''));
      const read = pinyin(words.join(''), { type: 'all', toneType: 'symbol' });
      // pinyin-pro yields one item per code point, so indices line up with `chars`.
      let at = 0;
      return words.map((word) => {
        const len = Array.from(word).length;
        const own = fixed.get(word);
        const syllables: string[] = [];
        for (let i = at; i < at + len; i++) {
          const ch = chars[i] ?? '';
          if (!HAN.test(ch)) continue;
          syllables.push(read[i]?.pinyin || ch);
        }
        at += len;
        return own ? own.split(' ') : syllables;
      });
    },
  };
}
