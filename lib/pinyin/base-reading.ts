import { HAN } from '../text/han';
import tableData from './data/readings.json';

/** Where a word's syllables came from; the model trusts each source differently. */
export type Source = 'fixed' | 'phrase' | 'char';

export interface WordReading {
  /** One syllable per Han code point of the word. */
  syllables: string[];
  /** Per syllable: `fixed` from Tifa's own word list, `phrase` where pinyin-pro's phrase table
   *  changed the character's default reading, `char` where it is the character's default. */
  sources: Source[];
}

interface ReadingsData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** `reading:characters` groups separated by `|`. */
  chars: string;
  /** `phrase:syllables` entries separated by `|`. */
  words: string;
}

/** Longest phrase of pinyin-pro's phrase tables (dict5). */
const MAX_PHRASE = 5;
const CACHE_LIMIT = 200_000;
/** pinyin-pro's max-probability cut: a phrase scores 2e-8, a character outside any phrase 1e-13. */
const PHRASE_COST = -Math.log(2e-8);
const CHAR_COST = -Math.log(1e-13);

interface Table {
  /** Per BMP code unit: 1 + the index of its default reading in `syllables`, 0 for none. */
  bmp: Uint16Array;
  syllables: string[];
  /** Characters outside the BMP (Extension B and on). */
  astral: Map<string, string>;
  phrases: Map<string, string[]>;
}

let table: Table | undefined;

/**
 * The default reading of each character and the phrase readings, built by
 * scripts/build-pinyin-table.ts. Characters go into a typed array: a fresh service worker reads
 * its first page sooner than with a map of 21,000 strings.
 */
function readingsTable(): Table {
  if (table) return table;
  const data = tableData as ReadingsData;
  const bmp = new Uint16Array(0x10000);
  const syllables: string[] = [];
  const astral = new Map<string, string>();
  for (const group of data.chars.split('|')) {
    const colon = group.indexOf(':');
    const reading = group.slice(0, colon);
    syllables.push(reading);
    for (let i = colon + 1; i < group.length; i++) {
      const c = group.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) astral.set(group.slice(i, ++i + 1), reading);
      else bmp[c] = syllables.length;
    }
  }
  const phrases = new Map<string, string[]>();
  for (const entry of data.words.split('|')) {
    const colon = entry.indexOf(':');
    phrases.set(entry.slice(0, colon), entry.slice(colon + 1).split(' '));
  }
  return (table = { bmp, syllables, astral, phrases });
}

function defaultReading(t: Table, ch: string): string | undefined {
  return ch.length === 1 ? t.syllables[(t.bmp[ch.charCodeAt(0)] ?? 0) - 1] : t.astral.get(ch);
}

/**
 * The word read as pinyin-pro reads it: the cut of the word into phrases of its phrase table and
 * single characters that pinyin-pro's max-probability algorithm picks, phrases read from the
 * table, characters by their default reading.
 */
function readByTable(chars: readonly string[], t: Table): WordReading {
  const n = chars.length;
  const syllables = chars.map((ch) => defaultReading(t, ch) ?? ch);
  const sources: Source[] = chars.map(() => 'char');
  if (n < 2) return { syllables, sources };
  // cost[i]: cheapest cut of chars[i..]; take[i]: length of the phrase starting at i, 0 for a character.
  const cost = new Array<number>(n + 1).fill(0);
  const take = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = CHAR_COST + (cost[i + 1] ?? 0);
    for (let len = 2; len <= MAX_PHRASE && i + len <= n; len++) {
      if (!t.phrases.has(chars.slice(i, i + len).join(''))) continue;
      const c = PHRASE_COST + (cost[i + len] ?? 0);
      if (c < (cost[i] ?? 0)) {
        cost[i] = c;
        take[i] = len;
      }
    }
  }
  for (let i = 0; i < n; ) {
    const len = take[i] ?? 0;
    if (len === 0) {
      i++;
      continue;
    }
    const reading = t.phrases.get(chars.slice(i, i + len).join('')) ?? [];
    for (let j = 0; j < len; j++) {
      const s = reading[j] ?? syllables[i + j] ?? '';
      if (s !== syllables[i + j]) sources[i + j] = 'phrase';
      syllables[i + j] = s;
    }
    i += len;
  }
  return { syllables, sources };
}

/**
 * Word-level readings: Tifa's fixed list first, then pinyin-pro's phrase and character tables
 * (precomputed, so that no pinyin-pro call runs in the browser). Memoised, since news text
 * repeats its words.
 */
export function createBaseReader(fixed: ReadonlyMap<string, readonly string[]>) {
  const t = readingsTable();
  const cache = new Map<string, WordReading>();

  function compute(word: string): WordReading {
    const own = fixed.get(word);
    if (own) return { syllables: [...own], sources: own.map(() => 'fixed') };
    const chars: string[] = [];
    for (const ch of word) if (HAN.test(ch)) chars.push(ch);
    return readByTable(chars, t);
  }

  function read(word: string): WordReading {
    let hit = cache.get(word);
    if (!hit) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      hit = compute(word);
      cache.set(word, hit);
    }
    return hit;
  }

  return { read };
}

export type BaseReader = ReturnType<typeof createBaseReader>;
