import { hanChars } from '../text/han';
import { createBaseReader } from './base-reading';
import lexiconData from './data/lexicon.json';
import modelData from './data/polyphone-model.json';
import { fixedWords } from './fixed-words';
import { loadLexicon, type LexiconData } from './lexicon';
import { loadModel, type PolyphoneModelData } from './model';
import { readSentence } from './reader';
import type { PinyinReader } from './types';

export interface PinyinReaderOptions {
  /** More fixed word readings (the glossary's), `[word, 'sì gè yì shí']`; they win over all else. */
  fixed?: Iterable<readonly [string, string]>;
  /** Context rules for 为, 了, 地, 得, 长 … (on by default; off only to measure them). */
  rules?: boolean;
  /** The polyphone model and its lexicon (on by default; off only to measure them). */
  model?: boolean;
}

/** Adds `[word, reading]` pairs whose syllables match the word's Han characters one to one. */
function withExtra(fixed: Map<string, readonly string[]>, extra: Iterable<readonly [string, string]>) {
  for (const [word, reading] of extra) {
    const syllables = reading.trim().toLowerCase().split(/\s+/);
    if (syllables.length === hanChars(word).length) fixed.set(word, syllables);
  }
  return fixed;
}

/**
 * The reading engine the background uses: word-level readings (Tifa's fixed list, the glossary's,
 * pinyin-pro's phrase table), context rules, and a polyphone model trained on CPP dev.
 */
export function createPinyinReader(options: PinyinReaderOptions = {}): PinyinReader {
  const base = createBaseReader(withExtra(fixedWords(), options.fixed ?? []));
  const useModel = options.model ?? true;
  const model = useModel ? loadModel(modelData as unknown as PolyphoneModelData) : undefined;
  const lexicon = useModel ? loadLexicon(lexiconData as LexiconData) : undefined;
  const rules = options.rules ?? true;
  return {
    readWords(words) {
      return readSentence(words, { base, model, lexicon, rules });
    },
  };
}

export type { PinyinReader } from './types';
