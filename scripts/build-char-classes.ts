/**
 * Rebuilds lib/pinyin/data/char-classes.json: for each Han character, the part of speech its
 * words lean to most in jieba's own dictionary (dict.txt of jieba-rs, MIT, as bundled in
 * jieba-wasm), against how often that part of speech occurs at all. The polyphone model sees its
 * neighbours through these classes (lib/pinyin/features.ts): a character it never met beside 朴
 * is still a given-name character, one beside 涌 still a place word.
 *
 *   npx jiti scripts/build-char-classes.ts
 */
import { writeFileSync } from 'node:fs';
import type { CharClassesData } from '../lib/pinyin/features';
import { readJiebaDict } from './figures/jieba-dict';

/** jieba's tags in coarse groups; a tag not listed is a function word (group 12). */
const GROUPS: Record<string, number> = {
  n: 1, ng: 1,
  v: 2, vn: 2, vg: 2, vd: 2, vi: 2, vq: 2,
  a: 3, an: 3, ad: 3, ag: 3, b: 3, z: 3,
  d: 4, dg: 4, df: 4,
  nr: 5, nrfg: 5,
  nrt: 6,
  ns: 7,
  nt: 8, nz: 8,
  m: 9, q: 9, mq: 9, mg: 9,
  t: 10, tg: 10, f: 10, s: 10,
  i: 11, l: 11, j: 11,
};
const FUNCTION = 12;
/** Characters in fewer words than this keep class 0: their counts say little. */
const MIN_WORDS = 5;

/** Weight of the prior in a character's smoothed counts, in words. */
const SMOOTH = 10;

const HAN = /^\p{Script=Han}$/u;
const perChar = new Map<string, number[]>();
const total = new Array<number>(FUNCTION + 1).fill(0);
for (const { word, tag } of readJiebaDict()) {
  const g = GROUPS[tag] ?? FUNCTION;
  total[g]!++;
  for (const ch of new Set(word)) {
    if (!HAN.test(ch) || ch.length !== 1) continue;
    const counts = perChar.get(ch) ?? new Array<number>(FUNCTION + 1).fill(0);
    counts[g]!++;
    perChar.set(ch, counts);
  }
}
const all = total.reduce((a, b) => a + b, 0);
const byClass = new Map<number, string>();
for (const [ch, counts] of perChar) {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n < MIN_WORDS) continue;
  // The group the character is most over-represented in, its counts smoothed toward the whole dictionary's.
  let best = 0;
  let bestLift = 0;
  for (let g = 1; g <= FUNCTION; g++) {
    const prior = (total[g] ?? 0) / all;
    const lift = ((counts[g] ?? 0) + SMOOTH * prior) / (n + SMOOTH) / prior;
    if (lift > bestLift) [best, bestLift] = [g, lift];
  }
  byClass.set(best, (byClass.get(best) ?? '') + ch);
}
const out: CharClassesData = {
  format: 1,
  revision: new Date().toISOString().slice(0, 10),
  source: "counted by scripts/build-char-classes.ts from jieba's dictionary (dict.txt of jieba-rs, as bundled in jieba-wasm): per character, the part-of-speech group its words are most over-represented in",
  licence: 'MIT (jieba-rs)',
  classes: [...byClass].sort(([a], [b]) => a - b).map(([g, chars]) => `${g}:${[...chars].sort().join('')}`).join('|'),
};
writeFileSync('lib/pinyin/data/char-classes.json', JSON.stringify(out) + '\n');
console.log([...byClass].map(([g, s]) => `${g}:${s.length}`).join(' '));
