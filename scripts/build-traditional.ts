/**
 * Rebuilds lib/pinyin/data/traditional.json, the map from Traditional (and Taiwan / Hong Kong
 * variant) characters to the Simplified character the reading engine reads them as.
 *
 *   npx jiti scripts/build-traditional.ts --opencc <OpenCC checkout>/data/dictionary --revision <commit>
 *
 * Source: OpenCC (BYVoid/OpenCC, Apache-2.0) TSCharacters.txt, TWVariants.txt, HKVariants.txt.
 * A character whose first Simplified form is itself (乾 → 乾 干, 著 → 著 着) is left out: the
 * reading of such a character depends on the word, and pinyin-pro reads it as written. So are the
 * standard Simplified characters that the regional variant lists fold (么 → 幺 would read 什么 as
 * shén yāo; 著名, 乾隆, 哪吒, 蒜薹, 宫商角徵羽 are Simplified words too): the map is read by the
 * glossary matcher as well as the reader, and must leave Simplified text as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function arg(name: string): string {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`usage: build-traditional.ts ${name} <dir>`);
  return value;
}

function entries(file: string): [string, string[]][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [key = '', values = ''] = line.split('\t');
      return [key, values.split(' ')];
    });
}

/** Simplified characters that OpenCC's lists map to another character. */
const SIMPLIFIED_TOO = new Set(Array.from('么著乾吒薹徵'));
/**
 * Characters read apart from the Simplified form OpenCC gives them, which has a reading they never
 * take: 閤 gé (閤下, 閤门; a form of 阁 as much as of 合 hé), 朮 zhú (白朮, the herb; 术 is shù).
 * Left as written, they keep their own reading (CPP dev reads all five 閤 gé).
 */
const OWN_READING = new Set(Array.from('閤朮'));

const dir = arg('--opencc');
const map = new Map<string, string>();
for (const [trad, simps] of entries(join(dir, 'TSCharacters.txt'))) {
  const simp = simps[0] ?? trad;
  if (simp !== trad && simp.length === trad.length) map.set(trad, simp);
}
// Regional variants (臺灣 偽, 香港 綫) map back to the OpenCC standard form, then to Simplified.
for (const file of ['TWVariants.txt', 'HKVariants.txt']) {
  for (const [standard, variants] of entries(join(dir, file))) {
    const simp = map.get(standard) ?? standard;
    for (const variant of variants) {
      if (variant !== simp && !map.has(variant) && variant.length === simp.length) map.set(variant, simp);
    }
  }
}
for (const ch of [...SIMPLIFIED_TOO, ...OWN_READING]) map.delete(ch);
const sorted = [...map].sort(([a], [b]) => (a < b ? -1 : 1));
const out = {
  format: 1,
  revision: process.argv[process.argv.indexOf('--revision') + 1] ?? 'unknown',
  source: 'OpenCC data/dictionary TSCharacters, TWVariants, HKVariants (github.com/BYVoid/OpenCC)',
  licence: 'Apache-2.0',
  map: sorted.map(([t, s]) => t + s).join(''),
};
writeFileSync('lib/pinyin/data/traditional.json', JSON.stringify(out) + '\n');
console.log(`${sorted.length} characters`);
