import data from './data/name-chars.json';

/**
 * How likely a character is a surname, a given-name character or a transliteration character, in
 * levels 0 to 3 counted from jieba's dictionary (scripts/figures/name-chars.ts).
 */
export interface NameCharsData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** The characters of levels 1, 2 and 3. */
  surname: [string, string, string];
  given: [string, string, string];
  translit: [string, string, string];
}

let shipped: Uint8Array | undefined;

/** The levels of the shipped data, built on first use and shared by the features and the tagger. */
export function shippedNameCharLevels(): Uint8Array {
  shipped ??= nameCharLevels();
  return shipped;
}

/** Per code unit: surname level, given-name level << 2, transliteration level << 4. */
export function nameCharLevels(chars: NameCharsData = data as NameCharsData): Uint8Array {
  const out = new Uint8Array(0x10000);
  const mark = (levels: readonly string[], shift: number) =>
    levels.forEach((s, k) => {
      for (const ch of s) out[ch.charCodeAt(0)]! |= (k + 1) << shift;
    });
  mark(chars.surname, 0);
  mark(chars.given, 2);
  mark(chars.translit, 4);
  return out;
}
