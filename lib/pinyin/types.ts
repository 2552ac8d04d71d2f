/**
 * Reads segmented words in context. For each word: one syllable per Han code point
 * (tone marks, lower case, neutral tone unmarked), or [] when the word has no Han.
 */
export interface PinyinReader {
  readWords(words: readonly string[]): string[][];
}
