import { declaresAnotherLanguage, gate, gateByDeclaration, leavesAlone, titleIsChinese } from '@/lib/detect/gate';
import { backgroundMessenger, type ReadResult, type Result, type TabState } from '@/lib/messaging';
import { PAGE_SETTING_KEYS, type PageSettings, pageSettings } from '@/lib/page-settings';
import type { ContentMain, EarlyRead, TabHandlers } from '../content-main/api';
import { collectGroups } from '../content-main/collect';
import { MAIN_GLOBAL } from '../content-main/api';
import { addEarlyLayout, removeEarlyLayout } from '../content-main/layout';

/**
 * The gate, the content script of every page (declared in wxt.config.ts): a glance at a sample
 * of the text. A page without Chinese (or a Japanese one) gets `data-tifa-page="none"` and
 * nothing more runs or loads. Otherwise the main script is imported and takes over. The popup's
 * commands arrive here first; on a page with a little Chinese "Annotate this page" loads the
 * main script then.
 *
 * It starts with the document and looks at the text as soon as the document is parsed
 * (DOMContentLoaded itself, not a task after the page's first layout). A Chinese title starts
 * the main script loading as soon as the head is parsed. It is a plain script, not
 * a WXT content script: every page pays for what the gate touches (a content-script context
 * costs an AbortController, events and listeners), so the main script makes that context itself.
 */
export default defineUnlistedScript({
  main() {
    let settings: Promise<PageSettings> | undefined;
    let handlers: Promise<TabHandlers> | undefined;
    // The settings are read while the main script loads, not after.
    const prepare = () => {
      settings ??= readSettings();
      void loadMain(); // load() reports a failure
      return settings;
    };
    const load = (early?: EarlyRead) => {
      if (handlers) return handlers;
      const read = prepare();
      handlers = loadMain().then(
        (main) => main.start(read, early),
        (error: unknown) => {
          removeEarlyLayout(document); // the page is left as it was
          throw error;
        },
      );
      return handlers;
    };
    // A page whose title is Chinese will most likely load the main script: it starts loading as
    // soon as the head is parsed, while the body still arrives, instead of at DOMContentLoaded.
    // A page declared in another language is not watched for it.
    if (!declaresAnotherLanguage(document.documentElement?.lang ?? '')) {
      whenHeadParsed(() => {
        if (titleIsChinese(document.title)) prepare();
      });
    }
    whenParsed(() => {
      const declared = gateByDeclaration(document.documentElement.lang, document.title);
      const text = declared ? '' : sample(document);
      const reason = declared ?? gate(text);
      if (reason) document.documentElement.setAttribute('data-tifa-page', 'none');
      // A page that looks like political news gets its first words asked for at once, while the
      // page lays out and the main script loads; detection and the settings still decide
      // whether they are shown.
      else void load(looksPolitical(text) ? readEarly(document) : undefined);
      // Only the top frame answers the popup; each frame annotates its own document. A page
      // without Chinese is left alone entirely (the popup says so when nothing answers).
      if (window === window.top && (reason === null || !leavesAlone(reason))) listen(reason, load, () => handlers);
    });
  },
});

/** Answers the popup's commands: at once from the gate's verdict, or through the main script. */
function listen(reason: string | null, load: () => Promise<TabHandlers>, loaded: () => Promise<TabHandlers> | undefined): void {
  const gated: TabState = { verdict: 'none', reasons: [reason ?? ''], progress: 'idle', annotated: false, words: 0 };
  const listener = (message: unknown, _sender: unknown, respond: (response: unknown) => void) => {
    const { type, data } = (message ?? {}) as { type?: keyof TabHandlers; data?: string };
    if (!type || !COMMANDS.has(type)) return false;
    const answer =
      !loaded() && type === 'getState'
        ? Promise.resolve(gated)
        : !loaded() && type === 'getSummary'
          ? Promise.resolve({ ok: true, value: { people: [], figures: [], terms: [] } })
          : load().then((h) => (h[type] as (d: unknown) => Promise<unknown>)(data));
    // The reply has the shape @webext-core/messaging expects: { res } or { err }.
    answer.then(
      (res) => respond({ res }),
      (error: unknown) => respond({ err: { message: String(error) } }),
    );
    return true;
  };
  api().runtime.onMessage.addListener(listener);
}

/**
 * The extension API, looked up only when it is needed: a page left alone never touches it (the
 * first touch costs a new script world about a millisecond).
 */
function api(): typeof browser {
  const g = globalThis as unknown as { browser?: typeof browser; chrome?: typeof browser };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof browser;
}

/** Characters of the first request the gate makes. */
const EARLY_CHARS = 250;

/**
 * A cheap first guess at political news, only to decide whether to ask for the first words
 * early: a few of the commonest words of the genre in the sample. Detection decides later.
 */
const POLITICAL_HINTS = /书记|人大|政协|党委|党组|政府|国务院|中央|委员会|常委|主任|部长|省长|市长|县长|区长|会议|代表大会|习近平/g;

function looksPolitical(text: string): boolean {
  return (text.match(POLITICAL_HINTS)?.length ?? 0) >= 3;
}

/** The page's first text groups in document order, sent to the background as the first request. */
function readEarly(doc: Document): EarlyRead | undefined {
  if (!doc.body) return undefined;
  addEarlyLayout(doc);
  const groups = collectGroups(doc.body, EARLY_CHARS);
  if (groups.length === 0) return undefined;
  const texts = groups.map((group) => group.map((node) => node.data).join(''));
  const answer = backgroundMessenger
    .sendMessage('readSoon', texts)
    .catch((error: unknown): Result<ReadResult> => ({ ok: false, error: String(error) }));
  return { groups, answer };
}

/** Characters of the page the gate looks at. */
const SAMPLE = 6000;

/**
 * The title and the start of the body's text. One native textContent call touches fewer of the
 * DOM's interfaces than a walk (each costs its first use in a new script world); it includes the
 * text of inline scripts, which the gate can live with (it only looks for Han and kana).
 */
function sample(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent?.slice(0, SAMPLE) ?? ''}`;
}

const COMMANDS = new Set<string>(['getState', 'annotate', 'toggle', 'getSummary', 'reveal']);

function readSettings(): Promise<PageSettings> {
  return api().storage.local.get(PAGE_SETTING_KEYS).then(pageSettings, () => pageSettings({}));
}

/**
 * Runs `fn` once the head is parsed (the body has begun), or at once if it already is. The
 * observer sees the root's children only, and stops at the body.
 */
function whenHeadParsed(fn: () => void): void {
  const root = document.documentElement;
  if (!root) return;
  if (document.body) return fn();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    fn();
  });
  observer.observe(root, { childList: true });
}

/** Runs `fn` once the document is parsed: now, or at DOMContentLoaded. */
function whenParsed(fn: () => void): void {
  if (document.readyState !== 'loading') fn();
  else document.addEventListener('DOMContentLoaded', fn, { once: true });
}

let main: Promise<ContentMain> | undefined;

/** Imports the main script (a web-accessible resource of the extension) into this world, once. */
function loadMain(): Promise<ContentMain> {
  main ??= import(/* @vite-ignore */ api().runtime.getURL('/content-main.js')).then(() => {
    const loaded = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as ContentMain | undefined;
    if (!loaded) throw new Error('Tifa’s main content script did not load.');
    return loaded;
  });
  main.catch(() => (main = undefined)); // a later command may try again
  return main;
}
