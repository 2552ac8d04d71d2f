/**
 * Page-scale benchmark of the built extension in Debian's Chromium: the sample article repeated
 * to 20,000+ Han characters and an English page of the same size, medians over 5 loads.
 * Run after `npm run build`: npm run bench:page [-- --runs 5]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchContext } from '../test/e2e/support/chromium';
import { instrumentPage, naiveAnnotate, type PageMarks, readMarks } from './bench/page-instrument';
import { type LongTask, tracedLongTasks } from './bench/long-tasks';
import { bigChinesePage, bigEnglishPage, hanCount } from './bench/pages';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const require = createRequire(import.meta.url);

const zh = bigChinesePage();
const en = bigEnglishPage(zh.replace(/<[^>]+>/g, '').length);
const routes: Record<string, [string, string]> = {
  '/zh.html': ['text/html; charset=utf-8', zh],
  '/en.html': ['text/html; charset=utf-8', en],
  '/pinyin-pro.js': ['text/javascript', readFileSync(require.resolve('pinyin-pro'), 'utf8')],
};
const server = createServer((req, res) => {
  const route = routes[req.url ?? ''];
  if (!route) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2 : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function load(context: BrowserContext, path: string, until: (m: PageMarks) => boolean): Promise<{ page: Page; marks: PageMarks }> {
  const page = await context.newPage();
  await page.goto(base + path);
  const deadline = Date.now() + 20_000;
  let marks = await page.evaluate(readMarks);
  while (!until(marks) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    marks = await page.evaluate(readMarks);
  }
  if (!until(marks)) throw new Error(`${path}: timed out; marks ${JSON.stringify(marks)}`);
  await page.waitForTimeout(300); // let trailing long tasks be reported
  return { page, marks: await page.evaluate(readMarks) };
}

async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = context.serviceWorkers()[0]?.evaluate(() => 0).catch(() => 0);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function heapAndNodes(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

/** Script time of a page load: the metrics count from Performance.enable, before navigation. */
async function scriptTime(context: BrowserContext, path: string): Promise<{ ms: number; progress: string | null }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(base + path);
  await page.waitForTimeout(800);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const progress = await page.evaluate(() => document.documentElement.getAttribute('data-tifa-progress'));
  await page.close();
  return { ms: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000, progress };
}

interface Row {
  firstWord: number[];
  done: number[];
  longCount: number[];
  longest: number[];
}
const row = (): Row => ({ firstWord: [], done: [], longCount: [], longest: [] });
const record = (r: Row, m: PageMarks) => {
  r.firstWord.push(m.firstWord - m.dcl);
  r.done.push(m.done - m.dcl);
  r.longCount.push(m.longTasks.length);
  r.longest.push(Math.max(0, ...m.longTasks));
};

const withExt = await launchContext(true);
const without = await launchContext(false);
for (const { context } of [withExt, without]) await context.addInitScript(instrumentPage);
await (withExt.context.serviceWorkers()[0] ?? withExt.context.waitForEvent('serviceworker'));

const warm = row();
const cold = row();
const plain = row();
const naive = row();
const naiveTotal: number[] = [];
const naiveScript: number[] = [];
const scriptWith: number[] = [];
const scriptWithout: number[] = [];
const englishProgress: (string | null)[] = [];
let memory = { heap: 0, nodes: 0 };
let memoryBase = { heap: 0, nodes: 0 };

await (await load(withExt.context, '/zh.html', (m) => m.done > 0)).page.close(); // warm-up
for (let i = 0; i < RUNS; i++) {
  const w = await load(withExt.context, '/zh.html', (m) => m.done > 0);
  record(warm, w.marks);
  if (i === 0) memory = await heapAndNodes(w.page);
  await w.page.close();

  await stopServiceWorkers(withExt.context);
  const c = await load(withExt.context, '/zh.html', (m) => m.done > 0);
  record(cold, c.marks);
  await c.page.close();

  const p = await load(without.context, '/zh.html', () => true);
  record(plain, p.marks);
  if (i === 0) memoryBase = await heapAndNodes(p.page);
  await p.page.close();

  const n = await load(without.context, '/zh.html', () => true);
  await n.page.addScriptTag({ url: `${base}/pinyin-pro.js` });
  const { script, rendered } = await n.page.evaluate(naiveAnnotate);
  await n.page.waitForTimeout(300);
  const nm = await n.page.evaluate(readMarks);
  naiveTotal.push(rendered);
  naiveScript.push(script);
  record(naive, { ...nm, firstWord: nm.dcl + rendered, done: nm.dcl + rendered });
  await n.page.close();

}

// The English page's script time is a few milliseconds, so it gets more loads, in turns.
for (let i = 0; i < Math.max(15, 3 * RUNS); i++) {
  const english = await scriptTime(withExt.context, '/en.html');
  scriptWith.push(english.ms);
  englishProgress.push(english.progress);
  scriptWithout.push((await scriptTime(without.context, '/en.html')).ms);
}

// Traced loads: which long tasks ran the extension's scripts, and for how long.
const traced = async (context: BrowserContext, annotated: boolean): Promise<LongTask[]> => {
  const page = await context.newPage();
  const tasks = await tracedLongTasks(page, `${base}/zh.html`, async () => {
    if (annotated) await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-progress') === 'done', null, { timeout: 20_000 });
    await page.waitForTimeout(annotated ? 300 : 1000);
  });
  await page.close();
  return tasks;
};
const tracedWith: LongTask[][] = [];
const tracedWithout: LongTask[][] = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) {
  tracedWith.push(await traced(withExt.context, true));
  tracedWithout.push(await traced(without.context, false));
}
const longest = (tasks: LongTask[], pick: (t: LongTask) => number = (t) => t.ms) => Math.max(0, ...tasks.map(pick));

const line = (name: string, r: Row) =>
  `${name.padEnd(34)} ${ms(median(r.firstWord)).padStart(10)} ${ms(median(r.done)).padStart(10)} ${String(median(r.longCount)).padStart(6)} ${ms(median(r.longest)).padStart(10)}`;
console.log(`Page benchmark: ${hanCount(zh)} Han characters (sample article repeated), English page of ${en.replace(/<[^>]+>/g, '').length} characters; medians over ${RUNS} loads; times from DOMContentLoaded.`);
console.log(`${''.padEnd(34)} ${'1st word'.padStart(10)} ${'done'.padStart(10)} ${'long'.padStart(6)} ${'longest'.padStart(10)}`);
console.log(line('Tifa, warm service worker', warm));
console.log(line('Tifa, stopped (cold) service worker', cold));
console.log(line('no extension (page alone)', plain));
console.log(line('naive pinyin-pro html(), sync', naive) + '   (times to the rendered frame)');
console.log(`naive baseline: ${ms(median(naiveScript))} script, ${ms(median(naiveTotal))} until the annotated page is rendered; Tifa warm done / naive rendered = ${(median(warm.done) / median(naiveTotal)).toFixed(2)}×`);
console.log(`English page script time (median of ${scriptWith.length} loads each): ${ms(median(scriptWith))} with Tifa, ${ms(median(scriptWithout))} without → added ${ms(median(scriptWith) - median(scriptWithout))}; annotation started: ${englishProgress.some(Boolean) ? 'yes' : 'no (no message to the background)'}`);
console.log(
  `Traced loads (${tracedWith.length} each; tracing slows the page): long tasks with Tifa ${median(tracedWith.map((t) => t.length))}, longest ${ms(median(tracedWith.map((t) => longest(t))))}` +
    ` (style + layout in it ${ms(median(tracedWith.map((t) => [...t].sort((a, b) => b.ms - a.ms)[0]?.renderMs ?? 0)))}); page alone ${median(tracedWithout.map((t) => t.length))}, longest ${ms(median(tracedWithout.map((t) => longest(t))))}`,
);
console.log(`Tifa's own script time in any one long task: ${ms(median(tracedWith.map((t) => longest(t, (x) => x.extensionMs))))} (median of the per-load maxima)`);
console.log(`Memory added to the page: JS heap ${((memory.heap - memoryBase.heap) / 1e6).toFixed(1)} MB, DOM nodes +${memory.nodes - memoryBase.nodes}`);
await withExt.close();
await without.close();
server.close();
