import { JAPANESE_SURNAMES, PLACE_FINAL, SURNAMES } from '../../lib/figures/name-data';
import { isHanNameShape, japaneseSurnameLength } from '../../lib/figures/name-shape';
import type { DictWord } from './jieba-dict';
import type { NerSentence } from './pd-ner';

/** Names to substitute, by kind: Han names of two and three characters, transliterated names. */
export interface NameLexicon {
  han2: string[];
  han3: string[];
  foreign: string[];
}

const HAN = /^\p{Script=Han}+$/u;
const JAPANESE = [...JAPANESE_SURNAMES];

/** Person names from jieba's dictionary (nr, nrfg: Han names; nrt: transliterations). */
export function nameLexicon(dict: readonly DictWord[]): NameLexicon {
  const out: NameLexicon = { han2: [], han3: [], foreign: [] };
  for (const { word, tag } of dict) {
    if (!HAN.test(word)) continue;
    if ((tag === 'nr' || tag === 'nrfg') && SURNAMES.has(word[0]!) && isHanNameShape(word, PLACE_FINAL)) {
      if (word.length === 2) out.han2.push(word);
      if (word.length === 3) out.han3.push(word);
    }
    if (tag === 'nrt' && word.length >= 2 && word.length <= 5) out.foreign.push(word);
  }
  return out;
}

function kindOf(name: string, lexicon: NameLexicon): string[] | undefined {
  if (!HAN.test(name)) return undefined;
  if (SURNAMES.has(name[0]!)) return name.length === 2 ? lexicon.han2 : name.length === 3 ? lexicon.han3 : undefined;
  return name.length >= 3 ? lexicon.foreign : undefined;
}

/**
 * A name of the pool's kind that is not in the dictionary as such: the surname or first half of one
 * name with the given name or second half of another (王 + 建华 of 李建华), as most names in news are
 * unknown to jieba and its tags should not give them away.
 */
function mixed(pool: readonly string[], random: (n: number) => number): string {
  const a = pool[random(pool.length)]!;
  const b = pool[random(pool.length)]!;
  const cut = a.length === b.length && SURNAMES.has(a[0]!) ? 1 : Math.ceil(a.length / 2);
  return a.slice(0, cut) + b.slice(Math.min(cut, b.length - 1));
}

/** Another name of the same kind; a Japanese name keeps its given name (桥本龙太郎 → 田中龙太郎). */
function substitute(name: string, lexicon: NameLexicon, random: (n: number) => number): string {
  const japanese = japaneseSurnameLength(name);
  if (japanese > 0) return JAPANESE[random(JAPANESE.length)]! + name.slice(japanese);
  const pool = kindOf(name, lexicon);
  return pool ? mixed(pool, random) : name;
}

/**
 * A copy of the sentence with each of its names replaced by another of the same kind, so that the
 * tagger learns the contexts and shapes of names rather than the names of the training text.
 * Every mention of one name gets the same substitute.
 */
export function substituteNames(s: NerSentence, lexicon: NameLexicon, seed: number): NerSentence | undefined {
  const spans = [...s.persons].map((p) => p.split(':').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return undefined;
  let state = seed >>> 0;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const chosen = new Map<string, string>();
  let text = '';
  let at = 0;
  const persons = new Set<string>();
  for (const [a, b] of spans) {
    const name = s.text.slice(a, b);
    const next = chosen.get(name) ?? substitute(name, lexicon, random);
    chosen.set(name, next);
    text += s.text.slice(at, a);
    persons.add(`${text.length}:${text.length + next.length}`);
    text += next;
    at = b;
  }
  return { text: text + s.text.slice(at), persons };
}
