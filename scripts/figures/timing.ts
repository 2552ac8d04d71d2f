import { summarize, type Tagger } from '../../lib/figures/index';

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Extraction time for a 20,000-character article, with and without the tagger's own time. */
export function timeSummary(seed: string, tagger: Tagger): void {
  let text = seed;
  while (text.length < 20_000) text += seed;
  text = text.slice(0, 20_000);
  const tags = tagger.tag(text);
  const cached: Tagger = { tag: () => tags };
  summarize(text, tagger);
  const jiebaMs = median(5, () => tagger.tag(text));
  const extractMs = median(11, () => summarize(text, cached));
  const bareMs = median(11, () => summarize(text));
  console.log(`\nTiming, 20,000-character article (median):`);
  console.log(`  jieba tag alone                 ${jiebaMs.toFixed(1)} ms`);
  console.log(`  summarize, words already tagged ${extractMs.toFixed(1)} ms`);
  console.log(`  summarize without a tagger      ${bareMs.toFixed(1)} ms`);
}
