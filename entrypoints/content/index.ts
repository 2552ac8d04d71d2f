import { gate } from '@/lib/detect/gate';
import type { TabState } from '@/lib/messaging';
import type { ContentMain, TabHandlers } from '../content-main/api';
import { MAIN_GLOBAL } from '../content-main/api';

/**
 * The gate, on every page: a glance at a sample of the text. A page without Chinese (or a
 * Japanese one) gets `data-tifa-page="none"` and nothing more runs or loads. Otherwise the main
 * script is imported and takes over. The popup's commands arrive here first; on a gated page
 * "Annotate this page" loads the main script then.
 *
 * It starts with the document and looks at the text when the document is parsed (as early as
 * DOMContentLoaded itself, not after the page's first layout). A Chinese title starts loading
 * the main script while the rest of the page is still arriving.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  // WXT's extra postMessage on every page is for scripts of older WXT versions; we have none.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let handlers: Promise<TabHandlers> | undefined;
    const load = () => (handlers ??= loadMain().then((main) => main.start(ctx)));
    let decided: (reason: string | null) => void = () => undefined;
    const verdict = new Promise<string | null>((resolve) => (decided = resolve));

    const stopWatching = prefetchWhenTitleIsChinese(ctx);
    whenParsed(() => {
      stopWatching();
      const reason = gate(sample(document));
      if (reason) document.documentElement.setAttribute('data-tifa-page', 'none');
      else void load();
      decided(reason);
    });

    // Only the top frame answers the popup; each frame annotates its own document.
    if (window !== window.top) return;
    const gated = (reason: string | null): TabState => ({ verdict: 'none', reasons: [reason ?? ''], progress: 'idle', annotated: false, words: 0 });
    const listener = (message: unknown, _sender: unknown, respond: (response: unknown) => void) => {
      const { type, data } = (message ?? {}) as { type?: keyof TabHandlers; data?: string };
      if (!type || !COMMANDS.has(type)) return false;
      const answer = verdict.then((reason) =>
        !handlers && type === 'getState'
          ? gated(reason)
          : !handlers && type === 'getSummary'
            ? { ok: true, value: { people: [], figures: [], terms: [] } }
            : load().then((h) => (h[type] as (d: unknown) => Promise<unknown>)(data)),
      );
      // The reply has the shape @webext-core/messaging expects: { res } or { err }.
      answer.then(
        (res) => respond({ res }),
        (error: unknown) => respond({ err: { message: String(error) } }),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});

/** Characters of the page the gate looks at. */
const SAMPLE = 6000;

/**
 * The title and the start of the body's text. One native textContent call is much cheaper than
 * walking the nodes from script; it includes the text of inline scripts, which the gate can
 * live with (it only looks for Han and kana).
 */
function sample(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent?.slice(0, SAMPLE) ?? ''}`;
}

const COMMANDS = new Set<string>(['getState', 'annotate', 'toggle', 'getSummary', 'reveal']);

/** Runs `fn` once the document is parsed: now, or at DOMContentLoaded. */
function whenParsed(fn: () => void): void {
  if (document.readyState !== 'loading') fn();
  else document.addEventListener('DOMContentLoaded', fn, { once: true });
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const KANA = /[\u3041-\u309f\u30a1-\u30fa]/;

/**
 * Watches the parser only until the title or the body appears. A title with Han and no kana
 * starts loading the main script early (the gate still decides whether it runs); any other
 * page pays for a few observer calls. Returns a function that stops watching.
 */
function prefetchWhenTitleIsChinese(ctx: { isInvalid: boolean }): () => void {
  if (document.readyState !== 'loading') return () => undefined;
  const check = () => {
    const title = document.querySelector('title')?.textContent ?? '';
    if (!title && !document.body) return;
    observer.disconnect();
    if (!ctx.isInvalid && HAN.test(title) && !KANA.test(title)) void loadMain().catch(() => undefined);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  return () => observer.disconnect();
}

let main: Promise<ContentMain> | undefined;

/** Imports the main script (a web-accessible resource of the extension) into this world, once. */
function loadMain(): Promise<ContentMain> {
  main ??= import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js')).then(() => {
    const loaded = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as ContentMain | undefined;
    if (!loaded) throw new Error('Tifa’s main content script did not load.');
    return loaded;
  });
  main.catch(() => (main = undefined)); // a later command may try again
  return main;
}
