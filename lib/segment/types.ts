/** Splits a run of text into words; the words concatenated give back the text exactly. */
export interface Segmenter {
  cut(text: string): string[];
}
