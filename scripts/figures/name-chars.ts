/**
 * How often each character serves as a surname, a given-name character or a transliteration
 * character in jieba's own dictionary (its words tagged nr, nrfg and nrt against all its words),
 * in three levels, for the name tagger's features (lib/figures/data/name-chars.json).
 */
import { SURNAMES } from '../../lib/figures/name-data';
import type { NameCharsData } from '../../lib/figures/name-chars';
import type { DictWord } from './jieba-dict';

const HAN = /^\p{Script=Han}+$/u;

/** Ratios from which a character reaches levels 1, 2 and 3. */
const LEVELS = [0.1, 0.3, 0.6];
const MIN_WORDS = 8;

function levels(hits: Map<string, number>, all: Map<string, number>): [string, string, string] {
  const out: [string, string, string] = ['', '', ''];
  for (const [ch, n] of hits) {
    if (n < MIN_WORDS) continue;
    const ratio = n / all.get(ch)!;
    const level = LEVELS.filter((x) => ratio >= x).length;
    if (level > 0) out[level - 1] += ch;
  }
  return out;
}

function count(into: Map<string, number>, chars: Iterable<string>): void {
  for (const ch of new Set(chars)) into.set(ch, (into.get(ch) ?? 0) + 1);
}

export function nameChars(dict: readonly DictWord[]): NameCharsData {
  const all = new Map<string, number>();
  const first = new Map<string, number>();
  const given = new Map<string, number>();
  const translit = new Map<string, number>();
  for (const { word, tag } of dict) {
    if (!HAN.test(word)) continue;
    count(all, word);
    const person = tag === 'nr' || tag === 'nrfg';
    if (person && word.length >= 2 && word.length <= 3) {
      count(first, word[0]!);
      if (SURNAMES.has(word[0]!)) count(given, word.slice(1));
    }
    // Foreign names: jieba's transliterated names (nrt), and longer names without a Han surname.
    if (tag === 'nrt' || (person && word.length >= 3 && !SURNAMES.has(word[0]!))) count(translit, word);
  }
  return {
    format: 1,
    revision: new Date().toISOString().slice(0, 10),
    source: "counted by scripts/figures/name-chars.ts from jieba's dictionary (dict.txt of jieba-rs, as bundled in jieba-wasm): words tagged nr, nrfg, nrt against all words",
    licence: 'MIT (jieba-rs)',
    surname: levels(first, all),
    given: levels(given, all),
    translit: levels(translit, all),
  };
}
