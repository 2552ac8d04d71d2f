import { glossaryEntries } from '../glossary/load';
import { hanChars } from '../text/han';
import { createBaseReader, type BaseReader } from './base-reading';
import lexiconData from './data/lexicon.json';
import modelData from './data/polyphone-model.json';
import { fixedWords } from './fixed-words';
import { loadLexicon, type LexiconData } from './lexicon';
import { loadModel, type PolyphoneModelData } from './model';
import { createSentenceReader } from './reader';
import type { PinyinReader } from './types';

export interface PinyinReaderOptions {
  /** More fixed word readings, `[word, 'sì gè yì shí']`, on top of the glossary's; they win over all else. */
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

/** The glossary's hand-written readings, for the headword and its same-length variants (Traditional forms). */
function glossaryReadings(): [string, string][] {
  return glossaryEntries().flatMap((e) =>
    [e.headword, ...(e.variants ?? [])]
      .filter((w) => hanChars(w).length === hanChars(e.headword).length)
      .map((w): [string, string] => [w, e.pinyin]),
  );
}

/**
 * Longer variants that contain the headword (新冠肺炎疫情, 苦干实干拼命干) are read as the
 * headword's hand-written syllables with the word-level reading of what stands around it.
 */
function addGlossaryCompounds(fixed: Map<string, readonly string[]>, base: BaseReader): void {
  for (const e of glossaryEntries()) {
    for (const variant of e.variants ?? []) {
      const at = variant.indexOf(e.headword);
      if (fixed.has(variant) || at < 0 || variant === e.headword) continue;
      const around = (text: string) => (text ? base.read(text).syllables : []);
      const syllables = [...around(variant.slice(0, at)), ...e.pinyin.split(' '), ...around(variant.slice(at + e.headword.length))];
      if (syllables.length === hanChars(variant).length) fixed.set(variant, syllables);
    }
  }
}

/**
 * The reading engine the background uses: word-level readings (Tifa's fixed list, the glossary's,
 * pinyin-pro's phrase table), context rules, and a polyphone model trained on CPP dev.
 */
export function createPinyinReader(options: PinyinReaderOptions = {}): PinyinReader {
  const useModel = options.model ?? true;
  const readSentence = createSentenceReader({
    base: createBaseReader(readerFixedWords(options.fixed)),
    model: useModel ? loadModel(modelData as unknown as PolyphoneModelData) : undefined,
    lexicon: useModel ? loadLexicon(lexiconData as LexiconData) : undefined,
    rules: options.rules ?? true,
  });
  return { readWords: readSentence };
}

/** Tifa's fixed words, the glossary's readings and `extra`: what the reader (and its trainer) never second-guesses. */
export function readerFixedWords(extra: Iterable<readonly [string, string]> = []): Map<string, readonly string[]> {
  const fixed = withExtra(withExtra(fixedWords(), glossaryReadings()), extra);
  addGlossaryCompounds(fixed, createBaseReader(fixed));
  return fixed;
}

export type { PinyinReader } from './types';
