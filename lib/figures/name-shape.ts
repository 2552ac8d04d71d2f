import {
  COMPOUND_SURNAMES,
  JAPANESE_SURNAMES,
  NOT_NAME_FINAL,
  NOT_NAMES,
  PLACE_SUFFIX,
  SURNAMES,
  TRANSLITERATION,
} from './name-data';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Surnames by code unit, so that most words are turned away without a substring. */
const SURNAME_CODES = new Set(Array.from(SURNAMES, (s) => s.charCodeAt(0)));
const COMPOUND_FIRST_CODES = new Set(Array.from(COMPOUND_SURNAMES, (s) => s.charCodeAt(0)));

/** Length of the surname at the start of `word` (2 for 欧阳), or 0. */
export function surnameLength(word: string): number {
  const first = word.charCodeAt(0);
  if (COMPOUND_FIRST_CODES.has(first) && COMPOUND_SURNAMES.has(word.slice(0, 2))) return 2;
  return SURNAME_CODES.has(first) ? 1 : 0;
}

/**
 * A Han name: surname and one or two given-name characters (双姓 such as 范徐丽泰 included), not
 * ending in one of `finals`.
 */
export function isHanNameShape(word: string, finals: ReadonlySet<string> = NOT_NAME_FINAL): boolean {
  if (!HAN_ONLY.test(word) || NOT_NAMES.has(word)) return false;
  const sur = surnameLength(word);
  if (sur === 0) return false;
  const given = word.length - sur;
  const doubleSurname = word.length === 4 && SURNAMES.has(word[1]!) && word[0] !== word[1];
  if (given < 1 || (given > 2 && !doubleSurname)) return false;
  return !finals.has(word.at(-1)!);
}

/** A transliterated foreign name: every character is a usual transliteration character. */
export function isForeignShape(word: string): boolean {
  const parts = word.split(/[·・]/u);
  return (
    parts.every((p) => p.length >= 2 && HAN_ONLY.test(p) && Array.from(p).every((ch) => TRANSLITERATION.has(ch))) &&
    !NOT_NAMES.has(word)
  );
}

/** Whether the text right after a candidate makes it a place or organisation (卫东区, 王庄村). */
export function followedByPlace(text: string, end: number): boolean {
  return PLACE_SUFFIX.test(text.slice(end, end + 4));
}

/** First code units of Japanese family names, so that most characters are turned away at once. */
const JAPANESE_FIRST = new Set(Array.from(JAPANESE_SURNAMES, (s) => s.charCodeAt(0)));

/** Length of the Japanese family name at `at` in `text` (桥本, 长谷川), or 0. */
export function japaneseSurnameLength(text: string, at = 0): number {
  if (!JAPANESE_FIRST.has(text.charCodeAt(at))) return 0;
  if (JAPANESE_SURNAMES.has(text.slice(at, at + 3))) return 3;
  return JAPANESE_SURNAMES.has(text.slice(at, at + 2)) ? 2 : 0;
}

/**
 * A Japanese name: a family name alone (桥本首相) or with a given name of one to three characters
 * (桥本龙太郎), not ending in one of `finals`.
 */
export function isJapaneseNameShape(word: string, finals: ReadonlySet<string> = NOT_NAME_FINAL): boolean {
  const sur = japaneseSurnameLength(word);
  return sur > 0 && word.length <= sur + 3 && HAN_ONLY.test(word) && !NOT_NAMES.has(word) && !finals.has(word.at(-1)!);
}
