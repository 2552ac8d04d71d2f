/**
 * Rebuilds lib/pinyin/data/lexicon.json, the phrase readings the polyphone model consults.
 *
 *   npx jiti scripts/build-lexicon.ts --phrases <phrase-pinyin-data>/pinyin.txt [--phrases <more.txt>] --revision <commit>
 *
 * Source: mozillazg/phrase-pinyin-data `pinyin.txt` (MIT); more files may follow, a phrase taking
 * the reading of the first that has it (CC-CEDICT's list was tried and did not help on CPP dev). Kept: phrases of 2 to 4 Han characters
 * with at least one polyphonic character (by pinyin-pro's dictionary), 一 and 不 excepted since
 * the source writes their tone sandhi and Tifa does not. Once a polyphone model is trained, only
 * phrases with one of its characters are kept (the lexicon only votes for those): build, train,
 * build again (`npm`-less: see scripts/train-polyphone.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { polyphonic } from 'pinyin-pro';
import { HAN } from '../lib/text/han';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Every `--phrases` file: a phrase takes its reading from the first file that has it, from its last line there. */
const files = process.argv.flatMap((a, i) => (a === '--phrases' ? [process.argv[i + 1] ?? ''] : []));
if (files.length === 0) throw new Error('usage: build-lexicon.ts --phrases <pinyin.txt> [--phrases <more.txt>] --revision <commit>');
const MODEL = 'lib/pinyin/data/polyphone-model.json';
const modelChars = existsSync(MODEL)
  ? new Set(Object.keys((JSON.parse(readFileSync(MODEL, 'utf8')) as { chars: object }).chars))
  : undefined;
const isPolyphone = new Map<string, boolean>();
function polyphone(ch: string): boolean {
  if (modelChars) return modelChars.has(ch);
  let hit = isPolyphone.get(ch);
  if (hit === undefined) {
    hit = ch !== '一' && ch !== '不' && (polyphonic(ch)[0] ?? '').split(' ').length > 1;
    isPolyphone.set(ch, hit);
  }
  return hit;
}

const entries = new Map<string, string>();
for (const line of [...files].reverse().flatMap((file) => readFileSync(file, 'utf8').split('\n'))) {
  const match = /^([^#:]+):\s*([^#]+)/.exec(line);
  if (!match) continue;
  const chars = Array.from((match[1] ?? '').trim());
  const syllables = (match[2] ?? '').trim().split(/\s+/);
  if (chars.length < 2 || chars.length > 4 || syllables.length !== chars.length) continue;
  if (!chars.every((ch) => HAN.test(ch) && ch.length === 1) || !chars.some(polyphone)) continue;
  // 一 and 不 in their dictionary tones, whatever the source wrote.
  const fixed = syllables.map((s, i) => (chars[i] === '一' ? 'yī' : chars[i] === '不' ? 'bù' : s));
  entries.set(chars.join(''), fixed.join(' '));
}
const out = {
  format: 1,
  revision: arg('--revision') ?? 'unknown',
  source: 'phrase-pinyin-data pinyin.txt (github.com/mozillazg/phrase-pinyin-data)',
  licence: 'MIT',
  entries: [...entries].map(([p, r]) => `${p}:${r}`).join('|'),
};
writeFileSync('lib/pinyin/data/lexicon.json', JSON.stringify(out) + '\n');
console.log(`${entries.size} phrases`);
