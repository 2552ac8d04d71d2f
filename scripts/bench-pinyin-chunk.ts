/**
 * Per-chunk timing of the engine as the background uses it, in a fresh process (cold JIT, as a
 * service worker that has just started): engine start, the first 3,000-character chunk, the
 * second, then the median of warm repeats, in CPU ms (the machine is shared), with the wall time
 * of the first and warm chunks beside; then the engine's throughput over the whole text. Prints
 * one JSON line; run by scripts/bench-pinyin.ts.
 *
 *   npx jiti scripts/bench-pinyin-chunk.ts <text file>
 */
import { readFileSync } from 'node:fs';

const CHUNK = 3000;
const file = process.argv[2] ?? '../shared/seed/weidong-2021-02.txt';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const t0 = cpuMs();
const jieba = await import('jieba-wasm');
const { createPinyinReader } = await import('../lib/pinyin');
const { createReader } = await import('../lib/reader');
const { createJiebaSegmenter } = await import('../lib/segment/jieba');
const { segmentVocabulary } = await import('../lib/segment/vocabulary');
// jieba builds its dictionary on first use: the background does that while starting, so here too.
const reader = createReader(createJiebaSegmenter(jieba, segmentVocabulary()), createPinyinReader());
const start = cpuMs() - t0;

const text = readFileSync(file, 'utf8');
// Paragraphs, as the content script sends text runs.
const chunks = [0, 1].map((i) => text.slice(i * CHUNK, (i + 1) * CHUNK).split('\n'));
/** CPU and wall ms of one run. */
const time = (run: () => unknown): [number, number] => {
  const c = cpuMs();
  const t = performance.now();
  run();
  return [cpuMs() - c, performance.now() - t];
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const first = time(() => reader.read(chunks[0] ?? []));
const second = time(() => reader.read(chunks[1] ?? []));
const warm = Array.from({ length: 30 }, (_, i) => time(() => reader.read(chunks[i % 2] ?? [])));
// Throughput of the whole engine (segment, read, tokens) over the whole text, paragraph by
// paragraph, with nothing else in the process: the best of five rounds.
const paragraphs = text.split('\n');
const rounds = Array.from({ length: 5 }, () => time(() => reader.read(paragraphs))[0]);
const charsPerSecond = text.length / (Math.min(...rounds) / 1000);
console.log(
  JSON.stringify({
    start,
    first: first[0],
    second: second[0],
    warm: median(warm.map((w) => w[0])),
    wall: { first: first[1], warm: median(warm.map((w) => w[1])) },
    charsPerSecond,
  }),
);
