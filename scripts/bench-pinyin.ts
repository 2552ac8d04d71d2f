/**
 * Benchmark of the reading engine against plain pinyin-pro and plain jieba, in one run.
 *
 *   npm run bench:pinyin -- --corpus ../shared/corpus
 *
 * Prints, Tifa beside plain pinyin-pro / plain jieba: CPP polyphone accuracy (test, and dev which
 * the model was trained on), accuracy on the hand-checked seed-article list
 * (scripts/data/seed-polyphones.json, read against ../shared/seed), SIGHAN 2005 PKU / MSR word F1,
 * throughput in characters per CPU second (best of three rounds), and the CPU time of a
 * 3,000-character chunk in a fresh process (cold, as a service worker that has just started) and
 * warm. CPU time, not wall time: the machines this runs on are shared.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** CPU time of this process in ms: on a shared machine, wall time also counts the waits for a core. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Characters per CPU second over the MSR test text: the best of three rounds. */
function throughput(run: (text: string) => unknown): number {
  const lines = readFileSync(join(corpus, 'cws/icwb2-data/testing/msr_test.utf8'), 'utf8').split('\n').filter(Boolean);
  const total = lines.reduce((n, l) => n + l.length, 0);
  for (const line of lines.slice(0, 500)) run(line);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = cpuMs();
    for (const line of lines) run(line);
    best = Math.min(best, cpuMs() - t0);
  }
  return total / (best / 1000);
}

interface ChunkTiming {
  start: number;
  first: number;
  second: number;
  warm: number;
  wall: { first: number; warm: number };
  charsPerSecond: number;
}

/** Engine start and 3,000-character chunks in a fresh process (see scripts/bench-pinyin-chunk.ts). */
function chunkTiming(): ChunkTiming {
  const cli = join(dirname(fileURLToPath(import.meta.resolve('jiti/package.json'))), 'lib/jiti-cli.mjs');
  const seed = join(dirname(corpus), 'seed/weidong-2021-02.txt');
  const out = execFileSync(process.execPath, [cli, 'scripts/bench-pinyin-chunk.ts', seed], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChunkTiming;
}

const mps = (n: number) => `${(n / 1e6).toFixed(2)} M chars/s`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const cpu = (n: number) => `${n.toFixed(1)} CPU ms`;
const row = (label: string, tifa: string, plain: string, note = '') => console.log(`  ${label.padEnd(34)}${tifa.padEnd(20)}${plain.padEnd(20)}${note}`);

// A fresh process first, before this one loads the machine with the rest.
const chunks = chunkTiming();

// jieba's dictionary is global to the wasm instance: measure plain jieba before Tifa adds words.
const plainJieba: Segmenter = { cut: (text) => jieba.cut(text, true) };
const plainF1 = { pku: sighanF1(plainJieba, 'pku'), msr: sighanF1(plainJieba, 'msr') };
const plainJiebaSpeed = throughput((t) => jieba.cut(t, true));

const tifaSegmenter = createJiebaSegmenter(jieba, segmentVocabulary());
const tifaReader = createPinyinReader();
const tifa = engineReader(tifaSegmenter, tifaReader);

const seedTifa = seedAccuracy(tifa);
const seedPlain = seedAccuracy(plainPinyinPro);
const words = readFileSync(join(corpus, 'cws/icwb2-data/testing/msr_test.utf8'), 'utf8').split('\n').map((l) => tifaSegmenter.cut(l));
let wi = 0;

console.log('Reading engine benchmark: Tifa vs plain pinyin-pro 3.29.4 / plain jieba-wasm 2.4.0 (Node)\n');
row('', 'Tifa', 'plain', 'published');
row('CPP polyphones, test (10,254)', pct(cppAccuracy(tifa, 'test')), pct(cppAccuracy(plainPinyinPro, 'test')), 'majority 92.08 %, g2pM 97.31 %, Chinese BERT 97.85 %');
row('CPP polyphones, dev (training)', pct(cppAccuracy(tifa, 'dev')), pct(cppAccuracy(plainPinyinPro, 'dev')));
row('Seed article gold', `${pct(seedTifa.accuracy)} (${seedTifa.errors.length} wrong)`, `${pct(seedPlain.accuracy)} (${seedPlain.errors.length} wrong)`);
row('SIGHAN 2005 F1, PKU', sighanF1(tifaSegmenter, 'pku').toFixed(3), `${plainF1.pku.toFixed(3)} (jieba)`, 'best closed 0.950');
row('SIGHAN 2005 F1, MSR', sighanF1(tifaSegmenter, 'msr').toFixed(3), `${plainF1.msr.toFixed(3)} (jieba)`, 'best closed 0.964');
row('Reader on segmented words (CPU)', mps(throughput(() => tifaReader.readWords(words[wi++ % words.length] ?? []))), `${mps(throughput(plainPinyinPro))} (pinyin-pro)`);
row('Segment + read (CPU)', mps(throughput(tifa)), `${mps(plainJiebaSpeed)} (jieba cut)`, '  in this process, whose heap also holds pinyin-pro and the corpora');
row('Segment + read, fresh process', mps(chunks.charsPerSecond), '', 'the engine alone, as in the background: seed article, tokens built');
row('3,000 chars, fresh process', `${cpu(chunks.first)} first`, '', `then ${cpu(chunks.second)}; engine start ${cpu(chunks.start)}`);
row('3,000 chars, warm (median)', cpu(chunks.warm), '', `wall: first ${ms(chunks.wall.first)}, warm ${ms(chunks.wall.warm)}`);
for (const e of seedTifa.errors) console.log(`    seed error: ${e}`);
