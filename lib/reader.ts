import type { PinyinReader } from './pinyin/types';
import type { Segmenter } from './segment/types';
import { hasHan } from './text/han';

/** One word of a text run, as the content script renders it. */
export interface Token {
  /** The word exactly as written. */
  w: string;
  /** Space-separated syllables, one per Han code point; absent when the word has no Han. */
  py?: string;
}

export interface Reader {
  read(texts: readonly string[]): Token[][];
}

/** Segments each text and reads its words in context. */
export function createReader(segmenter: Segmenter, reader: PinyinReader): Reader {
  return {
    read(texts) {
      return texts.map((text) => {
        if (!hasHan(text)) return [{ w: text }];
        const words = segmenter.cut(text);
        const readings = reader.readWords(words);
        return words.map((w, i) => {
          const syllables = readings[i] ?? [];
          return syllables.length > 0 ? { w, py: syllables.join(' ') } : { w };
        });
      });
    },
  };
}
