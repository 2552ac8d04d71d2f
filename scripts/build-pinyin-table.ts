/**
 * Rebuilds lib/pinyin/data/readings.json, the word-level readings the engine starts from, so that
 * pinyin-pro is not called at run time (it costs 40–120 ms per 3,000 characters, more when cold).
 *
 *   npx jiti scripts/build-pinyin-table.ts
 *
 * Source: pinyin-pro (MIT), the version in package.json: the default reading of every character it
 * knows, and each phrase of its phrase tables (dict2–dict5) whose reading is not simply the default
 * readings of its characters, both read as lib/pinyin used to call it (no tone sandhi).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { HAN } from '../lib/text/han';

const PHRASE_TABLES = [2, 3, 4, 5].map((n) => `../node_modules/pinyin-pro/dist/esm/data/dict${n}.mjs`);
const RANGES: [number, number][] = [
  [0x3007, 0x3007],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x323af],
];

const read = (text: string): string[] =>
  pinyin(text, { type: 'all', toneType: 'symbol', toneSandhi: false })
    .filter((item) => HAN.test(item.origin))
    .map((item) => item.pinyin || item.origin);

const charDefault = new Map<string, string>();
for (const [from, to] of RANGES) {
  for (let cp = from; cp <= to; cp++) {
    const ch = String.fromCodePoint(cp);
    if (!HAN.test(ch)) continue;
    const [reading] = read(ch);
    if (reading && reading !== ch) charDefault.set(ch, reading);
  }
}
// 了 standing alone is liǎo to pinyin-pro (no character before it); in running text it is le.
charDefault.set('了', 'le');

const words = new Map<string, string>();
for (const file of PHRASE_TABLES) {
  const module = (await import(file)) as { default: Record<string, string> };
  for (const phrase of Object.keys(module.default)) {
    const chars = Array.from(phrase);
    if (!chars.every((ch) => HAN.test(ch))) continue;
    const syllables = read(phrase);
    if (syllables.length !== chars.length) continue;
    if (syllables.some((s, i) => s !== charDefault.get(chars[i] ?? ''))) words.set(phrase, syllables.join(' '));
  }
}

const byReading = new Map<string, string>();
for (const [ch, reading] of charDefault) byReading.set(reading, (byReading.get(reading) ?? '') + ch);
const version = (JSON.parse(readFileSync('node_modules/pinyin-pro/package.json', 'utf8')) as { version: string }).version;
const out = {
  format: 1,
  revision: `pinyin-pro ${version}`,
  source: 'pinyin-pro (github.com/zh-lx/pinyin-pro): default reading per character, phrase tables dict2–dict5',
  licence: 'MIT',
  chars: [...byReading].map(([reading, chars]) => `${reading}:${chars}`).join('|'),
  words: [...words].map(([word, reading]) => `${word}:${reading}`).join('|'),
};
writeFileSync('lib/pinyin/data/readings.json', JSON.stringify(out) + '\n');
console.log(`${charDefault.size} characters, ${words.size} phrases`);
