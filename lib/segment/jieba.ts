import { toSimplified } from '../pinyin/traditional';
import { mergeNames } from './names';
import { mergeNumbers } from './numbers';
import type { Segmenter } from './types';

/** The part of jieba-wasm's API Tifa uses; both its web and Node builds have it. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

export interface JiebaOptions {
  /** jieba's HMM for words outside its dictionary (on by default). */
  hmm?: boolean;
  /** Recognise person names from their context (on by default). */
  names?: boolean;
}

/** Cuts `text` as jieba cut `simplified` (the same text, code point for code point). */
function alignTo(text: string, simplifiedWords: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const w of simplifiedWords) {
    out.push(text.slice(at, at + w.length));
    at += w.length;
  }
  return out;
}

/**
 * jieba with the project's own vocabulary loaded, so that political terms, titles and
 * institutions stay whole. Traditional text is cut through its Simplified form (jieba's
 * dictionary is Simplified) and handed back as written. jieba's dictionary is global state of
 * the wasm instance: build one segmenter per instance.
 */
export function createJiebaSegmenter(
  jieba: JiebaApi,
  words: Iterable<string> = [],
  options: JiebaOptions = {},
): Segmenter {
  const { hmm = true, names = true } = options;
  for (const word of words) jieba.add_word(word);
  return {
    cut(text) {
      const simplified = toSimplified(text);
      const cut = jieba.cut(simplified, hmm);
      const merged = mergeNumbers(names ? mergeNames(cut) : cut);
      return simplified === text ? merged : alignTo(text, merged);
    },
  };
}
