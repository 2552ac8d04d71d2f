/**
 * The glossary's source format. Each file in ./data is a `GlossaryFile`; the schema test
 * (test/unit/glossary/data.test.ts) checks every shipped file against these types at run time.
 */

/** Subject areas, used to group the data files and to label a card. */
export const GLOSSARY_CATEGORIES = [
  'ideology',
  'party',
  'discipline',
  'campaign',
  'institution',
  'title',
  'governance',
  'law',
  'economy',
  'planning',
  'regional',
  'rural',
  'society',
  'ecology',
  'epidemic',
  'media',
  'foreign',
  'military',
  'slogan',
  'local',
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/** `official`: a rendering used by Xinhua, China Daily or an official translation; `descriptive`: ours. */
export type EnglishKind = 'official' | 'descriptive';

export interface GlossaryEntry {
  /** Simplified Chinese, without quotation marks: 四上企业, not “四上”企业. */
  headword: string;
  /** Traditional forms, abbreviations and alternate wordings pages use; never punctuation-only variants. */
  variants?: string[];
  /** One tone-marked syllable per Han character of the headword, lower case, space-separated. */
  pinyin: string;
  english: string;
  englishKind: EnglishKind;
  /** Where an official rendering comes from; absent for descriptive renderings. */
  englishSource?: string;
  /** One to three plain, neutral sentences. */
  explanation: string;
  /** The items of a numbered formula; an item that is itself an entry uses that entry's headword. */
  components?: string[];
  category: GlossaryCategory;
  /** Year the term was introduced, when known. */
  year?: number;
  /** Who introduced it or in which document or meeting, when known. */
  origin?: string;
  /** Headwords of other entries. */
  related?: string[];
}

export interface GlossaryFile {
  /** Schema version. */
  format: 1;
  /** Content date, YYYY-MM-DD. */
  revision: string;
  entries: GlossaryEntry[];
}
