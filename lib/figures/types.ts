/** A part-of-speech tagger, e.g. jieba-wasm's `tag(sentence, hmm)`. */
export interface Tagger {
  tag(text: string): { word: string; tag: string }[];
}

export type PersonRole = 'reporter' | 'photographer' | 'editor';

export interface Person {
  name: string;
  /** The titles the article gives the person, as written (区委副书记, 区长), or the byline role word. */
  titles: string[];
  /** The organisation part of the first title that has one (卫东区人社局 in 卫东区人社局局长). */
  organisation?: string;
  mentions: number;
  role?: PersonRole;
  /** UTF-16 offset of the first mention, so that the popup can scroll to it. */
  firstIndex: number;
}

export type FigureKind = 'money' | 'people' | 'percent' | 'count' | 'other';

export interface Figure {
  /** The number as printed, unit and 多/余 included, leading qualifiers (近, 超过) left out. */
  asWritten: string;
  /** What it counts, taken from its clause (城镇新增就业). */
  counts: string;
  /** Normalised value in the base unit: 3090万元 → 30900000, 5.2% → 5.2. */
  value: number;
  /** Base unit: 元, 人, %, 个… */
  unit: string;
  kind: FigureKind;
  firstIndex: number;
}

export interface Summary {
  people: Person[];
  figures: Figure[];
}

/** A word of the text with its tag and UTF-16 offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}
