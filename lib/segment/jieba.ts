import type { Segmenter } from './types';

/** The part of jieba-wasm's API Tifa uses; both its web and Node builds have it. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/**
 * jieba with the project's own vocabulary loaded, so that political terms, titles and
 * institutions stay whole. jieba's dictionary is global state of the wasm instance: build one
 * segmenter per instance.
 */
export function createJiebaSegmenter(jieba: JiebaApi, words: Iterable<string> = []): Segmenter {
  for (const word of words) jieba.add_word(word);
  return {
    cut(text) {
      return jieba.cut(text, true);
    },
  };
}
