/** A code point of Unicode Script=Han (〇 included), the unit that gets one pinyin syllable. */
export const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
/** Hiragana or katakana: the page is Japanese, whatever its kanji. */
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** The Han code points of a word, in order (astral characters count as one). */
export function hanChars(word: string): string[] {
  return Array.from(word).filter((ch) => HAN.test(ch));
}
