/**
 * Benchmark of the reading engine against plain pinyin-pro and plain jieba, in one run.
 *
 *   npm run bench:pinyin -- --corpus ../shared/corpus
 *
 * Prints: CPP polyphone accuracy (test, and dev which the model was trained on), accuracy on the
 * hand-checked seed-article list (scripts/data/seed-polyphones.json, read against
 * ../shared/seed), SIGHAN 2005 PKU / MSR word F1, and throughput in characters per second.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as jieba from 'jieba-wasm';
import { pinyin } from 'pinyin-pro';
import { createPinyinReader } from '../lib/pinyin';
import { toNumbered } from '../lib/pinyin/syllable';
import type { PinyinReader } from '../lib/pinyin/types';
import { createJiebaSegmenter } from '../lib/segment/jieba';
import type { Segmenter } from '../lib/segment/types';
import { segmentVocabulary } from '../lib/segment/vocabulary';
import { HAN } from '../lib/text/han';
import { corpusArg, loadCpp } from './pinyin/cpp';

/** Reads a text: one syllable per Han code point. */
type TextReader = (text: string) => string[];

const corpus = corpusArg();
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;

function engineReader(segmenter: Segmenter, reader: PinyinReader): TextReader {
  return (text) => reader.readWords(segmenter.cut(text)).flat();
}

/** pinyin-pro 3.29.4 as a library user calls it: default options, whole text. */
const plainPinyinPro: TextReader = (text) =>
  pinyin(text, { type: 'all' })
    .filter((item) => HAN.test(item.origin))
    .map((item) => item.pinyin);

function cppAccuracy(read: TextReader, split: 'dev' | 'test'): number {
  const items = loadCpp(corpus, split);
  let right = 0;
  for (const item of items) {
    const han = Array.from(item.text).slice(0, item.at).filter((ch) => HAN.test(ch)).length;
    if (toNumbered(read(item.text)[han] ?? '') === item.label) right++;
  }
  return right / items.length;
}

interface SeedGold {
  text: string;
  codePoints: number;
  items: [number, string][];
}

function seedAccuracy(read: TextReader): { accuracy: number; errors: string[] } {
  const gold = JSON.parse(readFileSync('scripts/data/seed-polyphones.json', 'utf8')) as SeedGold;
  const text = readFileSync(join(dirname(corpus), gold.text), 'utf8');
  const chars = Array.from(text);
  if (chars.length !== gold.codePoints) throw new Error(`${gold.text} is not the text the gold list was made for`);
  // Read paragraph by paragraph, as the content script sends text runs.
  const readings = new Map<number, string>();
  let at = 0;
  for (const para of text.split('\n')) {
    const syllables = read(para);
    let k = 0;
    for (const ch of para) {
      if (HAN.test(ch)) readings.set(at, syllables[k++] ?? '');
      at++;
    }
    at++;
  }
  const errors: string[] = [];
  for (const [offset, reading] of gold.items) {
    const got = readings.get(offset);
    if (got !== reading) errors.push(`${chars.slice(offset - 4, offset).join('')}[${chars[offset]}]${chars.slice(offset + 1, offset + 4).join('')} ${got}→${reading}`);
  }
  return { accuracy: 1 - errors.length / gold.items.length, errors };
}

/** Word F1 against a SIGHAN 2005 gold file (words separated by spaces). */
function sighanF1(segmenter: Segmenter, name: 'pku' | 'msr'): number {
  const gold = readFileSync(join(corpus, 'cws/icwb2-data/gold', `${name}_test_gold.utf8`), 'utf8').split('\n');
  let goldWords = 0;
  let cutWords = 0;
  let right = 0;
  const spans = (words: readonly string[]) => {
    const out = new Set<string>();
    let at = 0;
    for (const w of words) out.add(`${at}:${(at += w.length)}`);
    return out;
  };
  for (const line of gold) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const cut = segmenter.cut(words.join('')).filter((w) => w.trim());
    const g = spans(words);
    const c = spans(cut);
    goldWords += g.size;
    cutWords += c.size;
    for (const span of c) if (g.has(span)) right++;
  }
  const p = right / cutWords;
  const r = right / goldWords;
  return (2 * p * r) / (p + r);
}

function throughput(run: (text: string) => unknown): number {
  const lines = readFileSync(join(corpus, 'cws/icwb2-data/testing/msr_test.utf8'), 'utf8').split('\n').filter(Boolean);
  const total = lines.reduce((n, l) => n + l.length, 0);
  for (const line of lines.slice(0, 500)) run(line);
  const t0 = performance.now();
  for (let round = 0; round < 2; round++) for (const line of lines) run(line);
  return (2 * total) / ((performance.now() - t0) / 1000);
}

const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M chars/s`;

// jieba's dictionary is global to the wasm instance: measure plain jieba before Tifa adds words.
const plainJieba: Segmenter = { cut: (text) => jieba.cut(text, true) };
const plainF1 = { pku: sighanF1(plainJieba, 'pku'), msr: sighanF1(plainJieba, 'msr') };
const plainJiebaSpeed = throughput((t) => jieba.cut(t, true));

const tifaSegmenter = createJiebaSegmenter(jieba, segmentVocabulary());
const tifaReader = createPinyinReader();
const tifa = engineReader(tifaSegmenter, tifaReader);

console.log('Reading engine benchmark (Tifa vs plain pinyin-pro 3.29.4 / plain jieba-wasm 2.4.0)\n');
console.log('CPP polyphones (g2pM, 10,254 test / 9,893 dev sentences)');
console.log(`  Tifa        test ${pct(cppAccuracy(tifa, 'test'))}   dev ${pct(cppAccuracy(tifa, 'dev'))} (training data)`);
console.log(`  pinyin-pro  test ${pct(cppAccuracy(plainPinyinPro, 'test'))}   dev ${pct(cppAccuracy(plainPinyinPro, 'dev'))}`);
console.log('  published: majority 92.08 %, g2pM 97.31 %, Chinese BERT 97.85 %\n');

const seedTifa = seedAccuracy(tifa);
const seedPlain = seedAccuracy(plainPinyinPro);
console.log('Seed article, hand-checked polyphone occurrences');
console.log(`  Tifa        ${pct(seedTifa.accuracy)} (${seedTifa.errors.length} wrong)`);
console.log(`  pinyin-pro  ${pct(seedPlain.accuracy)} (${seedPlain.errors.length} wrong)`);
for (const e of seedTifa.errors) console.log(`    Tifa: ${e}`);
console.log('');

console.log('SIGHAN 2005 word F1');
console.log(`  Tifa (jieba + vocabulary + names)  PKU ${sighanF1(tifaSegmenter, 'pku').toFixed(3)}  MSR ${sighanF1(tifaSegmenter, 'msr').toFixed(3)}`);
console.log(`  plain jieba                        PKU ${plainF1.pku.toFixed(3)}  MSR ${plainF1.msr.toFixed(3)}\n`);

const words = readFileSync(join(corpus, 'cws/icwb2-data/testing/msr_test.utf8'), 'utf8').split('\n').map((l) => tifaSegmenter.cut(l));
let wi = 0;
console.log('Throughput (MSR test text, Node)');
console.log(`  Tifa reader on segmented words  ${fmt(throughput(() => tifaReader.readWords(words[wi++ % words.length] ?? [])))}`);
console.log(`  Tifa segment + read             ${fmt(throughput(tifa))}`);
console.log(`  plain jieba cut                 ${fmt(plainJiebaSpeed)}`);
console.log(`  plain pinyin-pro                ${fmt(throughput(plainPinyinPro))}`);
