import { gate } from '@/lib/detect/gate';
import type { TabState } from '@/lib/messaging';
import type { ContentMain, TabHandlers } from '../content-main/api';
import { MAIN_GLOBAL } from '../content-main/api';

/**
 * The gate, on every page: a glance at a sample of the text. A page without Chinese (or a
 * Japanese one) gets `data-tifa-page="none"` and nothing more runs or loads. Otherwise the main
 * script is imported and takes over. The popup's commands arrive here first; on a gated page
 * "Annotate this page" loads the main script then.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  allFrames: true,
  main(ctx) {
    const reason = gate(sample(document));
    let handlers: Promise<TabHandlers> | undefined;
    const load = () => (handlers ??= loadMain().then((main) => main.start(ctx)));
    if (reason) document.documentElement.setAttribute('data-tifa-page', 'none');
    else void load();

    // Only the top frame answers the popup; each frame annotates its own document.
    if (window !== window.top) return;
    const gated: TabState = { verdict: 'none', reasons: [reason ?? ''], progress: 'idle', annotated: false, words: 0 };
    const listener = (message: unknown, _sender: unknown, respond: (response: unknown) => void) => {
      const { type, data } = (message ?? {}) as { type?: keyof TabHandlers; data?: string };
      if (!type || !COMMANDS.has(type)) return false;
      const answer =
        !handlers && type === 'getState'
          ? Promise.resolve(gated)
          : !handlers && type === 'getSummary'
            ? Promise.resolve({ ok: true, value: { people: [], figures: [], terms: [] } })
            : load().then((h) => (h[type] as (d: unknown) => Promise<unknown>)(data));
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

/** Imports the main script (a web-accessible resource of the extension) into this world. */
async function loadMain(): Promise<ContentMain> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js'));
  const main = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as ContentMain | undefined;
  if (!main) throw new Error('Tifa’s main content script did not load.');
  return main;
}
