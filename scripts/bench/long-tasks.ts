import type { Page } from 'playwright-core';

/** One main-thread task of the page's renderer over 50 ms, from a Chromium trace. */
export interface LongTask {
  /** Whole task, ms. */
  ms: number;
  /** Time inside the extension's own scripts (content scripts), forced layout included, ms. */
  extensionMs: number;
  /** Style recalculation and layout in the task, ms. */
  renderMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

const EXTENSION = /^(chrome|moz)-extension:\/\//;
const RENDER = new Set(['UpdateLayoutTree', 'Layout']);

/**
 * Loads `url` in `page` under a trace and returns the long tasks of the page's main thread with
 * the share of the extension's scripts in each: long-task entries of the page cannot say whose
 * work a task was, the trace can (script events carry their script's URL).
 */
export async function tracedLongTasks(page: Page, url: string, until: () => Promise<void>): Promise<LongTask[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await until();
  await cdp.send('Tracing.end');
  await complete;

  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  // The page's renderer is the one that parsed the page.
  const pageUrl = new URL(url).href;
  const pageThread = onMain.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!pageThread) return [];
  const thread = onMain.filter((e) => e.ph === 'X' && e.pid === pageThread.pid && e.tid === pageThread.tid);
  const tasks = thread.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task);
    // Outermost extension script events only, so nested calls are not counted twice.
    const scripts = inside.filter((e) => EXTENSION.test(e.args?.data?.url ?? ''));
    const outer = scripts.filter((e) => !scripts.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)));
    const render = inside.filter((e) => RENDER.has(e.name));
    const sum = (xs: TraceEvent[]) => xs.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
    return { ms: (task.dur ?? 0) / 1000, extensionMs: sum(outer), renderMs: sum(render) };
  });
}
