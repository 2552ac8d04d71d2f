import { summarize, type Tagger } from '../../lib/figures/index';

interface Times {
  wall: number;
  cpu: number;
}

/**
 * Median wall-clock and process CPU time of `runs` calls. On a machine shared with other work the
 * wall clock counts the waits for a core too; the CPU time does not (it adds the collector's threads).
 */
function median(runs: number, fn: () => void): Times {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

const show = (t: Times) => `${t.wall.toFixed(1).padStart(6)} ms  (CPU ${t.cpu.toFixed(1)} ms)`;

/** Extraction time for a 20,000-character article, with and without the tagger's own time. */
export function timeSummary(seed: string, tagger: Tagger): void {
  let text = seed;
  while (text.length < 20_000) text += seed;
  text = text.slice(0, 20_000);
  const tags = tagger.tag(text);
  const cached: Tagger = { tag: () => tags };
  for (let i = 0; i < 3; i++) summarize(text, cached);
  summarize(text);
  const jieba = median(5, () => tagger.tag(text));
  const extract = median(21, () => summarize(text, cached));
  const bare = median(21, () => summarize(text));
  console.log(`\nTiming, 20,000-character article (median):`);
  console.log(`  jieba tag alone                 ${show(jieba)}`);
  console.log(`  summarize, words already tagged ${show(extract)}`);
  console.log(`  summarize without a tagger      ${show(bare)}`);
}
