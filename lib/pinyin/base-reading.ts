import { pinyin } from 'pinyin-pro';
import { HAN } from '../text/han';

/** Where a word's syllables came from; the model trusts each source differently. */
export type Source = 'fixed' | 'phrase' | 'char';

export interface WordReading {
  /** One syllable per Han code point of the word. */
  syllables: string[];
  /** Per syllable: `fixed` from Tifa's own word list, `phrase` where pinyin-pro's phrase table
   *  changed the character's default reading, `char` where it is the character's default. */
  sources: Source[];
}

const CACHE_LIMIT = 200_000;

function readWithPinyinPro(word: string): string[] {
  // No tone sandhi: the 现代汉语词典 writes 一 yī and 不 bù whatever follows.
  return pinyin(word, { type: 'all', toneType: 'symbol', toneSandhi: false })
    .filter((item) => HAN.test(item.origin))
    .map((item) => item.pinyin || item.origin);
}

/**
 * Word-level readings: Tifa's fixed list first, then pinyin-pro on the word alone (its phrase
 * table knows many polyphonic words). Memoised, since news text repeats its words.
 */
export function createBaseReader(fixed: ReadonlyMap<string, readonly string[]>) {
  const cache = new Map<string, WordReading>();
  const charDefault = (ch: string): string => read(ch).syllables[0] ?? ch;

  function compute(word: string): WordReading {
    const own = fixed.get(word);
    if (own) return { syllables: [...own], sources: own.map(() => 'fixed') };
    const syllables = readWithPinyinPro(word);
    const chars = Array.from(word).filter((ch) => HAN.test(ch));
    if (chars.length === 1) return { syllables, sources: ['char'] };
    const sources = syllables.map((s, i): Source => (s === charDefault(chars[i] ?? '') ? 'char' : 'phrase'));
    return { syllables, sources };
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

  return { read, charDefault };
}

export type BaseReader = ReturnType<typeof createBaseReader>;
