/**
 * The detector's time in Chromium, cold, as a content script meets it: lib/detect bundled into one
 * IIFE (vite's library build), injected into each page after it loaded, then
 * `detectDocument(document, location.href)` called twice. Each page gets a new browser context,
 * hence a new renderer process: no regexp, bytecode or code cache is left over from the page
 * before, so the first call pays all first-use work (parsing, regexp compilation, tables).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, requireBinary } from '../../test/e2e/support/browsers';
import { bigChinesePage } from '../bench/pages';

export interface ChromiumTiming {
  name: string;
  /** Wall time in the page of the bundle's top level (module load), the first call and the second, in ms. */
  loadMs: number;
  firstMs: number;
  secondMs: number;
  /** Main-thread CPU time of the first call (thread ticks, less an empty evaluate's). */
  firstCpuMs: number;
  verdict: string;
}

const ENTRY = fileURLToPath(new URL('../../lib/detect/index.ts', import.meta.url));

/** lib/detect as a script that sets `globalThis.TifaDetect`, not minified (as WXT builds it). */
async function bundleDetector(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'TifaDetect', fileName: 'detect' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite build gave no chunk for lib/detect');
}

/** Serves `pages` (name → file path or HTML) as UTF-8, whatever the pages' meta charset says. */
async function servePages(pages: Map<string, string>): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const source = pages.get(name);
    if (source === undefined) return void res.writeHead(404).end();
    const body = source.startsWith('<') ? source : readFileSync(source);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Detector {
  detectDocument(doc: Document, url: string): { verdict: string };
}

/** In the page: run the bundle's top level. */
function loadInPage(code: string): number {
  const start = performance.now();
  // The bundle is the extension's own code, handed in as text, as a content script is loaded.
  (0, eval)(code);
  return performance.now() - start;
}

/** In the page: one call of the detector, as the content script makes it. */
function detectInPage(): [number, string] {
  const detector = (globalThis as unknown as { TifaDetect: Detector }).TifaDetect;
  const start = performance.now();
  const { verdict } = detector.detectDocument(document, location.href);
  return [performance.now() - start, verdict];
}

/** Main-thread CPU time of the page's renderer so far, in ms (thread ticks: not inflated by other processes). */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

/** Wall and CPU time of one step in the page. */
async function step<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const before = await threadMs(cdp);
  const value = await run();
  return { value, cpuMs: (await threadMs(cdp)) - before };
}

/** Time one page in a fresh context: load the bundle, call twice. */
async function timePage(browser: Browser, url: string, code: string): Promise<Omit<ChromiumTiming, 'name'>> {
  // Page scripts stay off: the detector reads the DOM as served, like the Node benchmark.
  const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  try {
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForTimeout(50); // let layout and parsing work settle before the clock starts
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const idle = await step(cdp, () => page.evaluate(() => 0));
    const load = await step(cdp, () => page.evaluate(loadInPage, code));
    const first = await step(cdp, () => page.evaluate(detectInPage));
    const second = await step(cdp, () => page.evaluate(detectInPage));
    return {
      loadMs: load.value,
      firstMs: first.value[0],
      secondMs: second.value[0],
      firstCpuMs: first.cpuMs - idle.cpuMs,
      verdict: first.value[1],
    };
  } finally {
    await context.close();
  }
}

/**
 * Time the detector on each page (name → file path or HTML), `runs` times each, each run in a
 * fresh context; network beyond the loopback server is blocked.
 */
export async function timeInChromium(pages: Map<string, string>, runs = 1): Promise<ChromiumTiming[]> {
  requireBinary(CHROMIUM, 'chromium');
  const code = await bundleDetector();
  const server = await servePages(pages);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const timings: ChromiumTiming[] = [];
  try {
    for (const name of pages.keys()) {
      for (let run = 0; run < runs; run++) {
        timings.push({ name, ...(await timePage(browser, server.base + encodeURIComponent(name), code)) });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}

/** The corpus pages by file name. */
export function corpusPages(corpus: string, files: string[]): Map<string, string> {
  return new Map(files.map((file) => [file, join(corpus, 'pages', file)]));
}

/** A 20,000-Han-character article: the sample fixture's text repeated. */
export function bigPage(): Map<string, string> {
  return new Map([[BIG_PAGE, bigChinesePage()]]);
}

export const BIG_PAGE = 'big-20k.html';
