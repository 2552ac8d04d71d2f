/**
 * Runs in the page's main world before its own scripts (addInitScript): records long tasks,
 * the first annotated word inside the viewport, and when data-tifa-progress turns done.
 * Self-contained: it is serialised into the page.
 */
export function instrumentPage(): void {
  const marks = { longTasks: [] as number[], firstWord: -1, done: -1 };
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const root = document.documentElement;
    if (marks.firstWord < 0) {
      for (const word of Array.from(document.querySelectorAll('[data-tifa-py]')).slice(0, 50)) {
        const rect = word.getBoundingClientRect();
        if (rect.top < innerHeight && rect.bottom > 0) {
          marks.firstWord = performance.now();
          break;
        }
      }
    }
    if (marks.done < 0 && root.getAttribute('data-tifa-progress') === 'done') marks.done = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tifa-progress'] });
}

export interface PageMarks {
  longTasks: number[];
  firstWord: number;
  done: number;
  dcl: number;
}

/** Reads the marks back, with DOMContentLoaded for reference. */
export function readMarks(): PageMarks {
  const marks = (window as unknown as { __bench: Omit<PageMarks, 'dcl'> }).__bench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return { ...marks, dcl: nav?.domContentLoadedEventEnd ?? 0 };
}

/**
 * The naive baseline: pinyin-pro's html() for every paragraph, inserted synchronously. Returns
 * the script time and the time until the next frame has been rendered (layout of the ruby
 * included), both from the start.
 */
export async function naiveAnnotate(): Promise<{ script: number; rendered: number }> {
  const start = performance.now();
  const api = (window as unknown as { pinyinPro: { html(text: string): string } }).pinyinPro;
  for (const p of Array.from(document.querySelectorAll('p, h1, h2, h3, li, figcaption'))) {
    p.innerHTML = api.html(p.textContent ?? '');
  }
  const script = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { script, rendered: performance.now() - start };
}
