import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectDocument } from '@/lib/detect';
import type { PageSettings } from '@/lib/page-settings';
import { type ContentMain, type EarlyRead, MAIN_GLOBAL, type TabHandlers } from './api';
import { Controller } from './controller';
import { removeEarlyLayout } from './layout';

/**
 * The heavy part of the content script, loaded by the gate (entrypoints/gate) only on pages
 * with Chinese text: detection, annotation, cards, summary.
 */
export default defineUnlistedScript(() => {
  const main: ContentMain = { start };
  (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = main;
});

function start(settings: Promise<PageSettings>, early?: EarlyRead): TabHandlers {
  // Stops this document's Tifa when the extension is reloaded or updated.
  const ctx = new ContentScriptContext('content');
  const detection = detectDocument(document, location.href);
  document.documentElement.setAttribute('data-tifa-page', detection.verdict);
  const controller = new Controller(document, detection, settings.then((s) => s.display));
  ctx.onInvalidated(() => controller.dispose());
  if (detection.verdict === 'political') {
    void settings.then(async ({ auto }) => {
      if (auto) await controller.annotate(early);
      else removeEarlyLayout(document);
    });
  } else removeEarlyLayout(document);
  return {
    getState: async () => controller.state(),
    annotate: () => controller.annotate(),
    toggle: () => controller.toggle(),
    getSummary: () => controller.summary(),
    reveal: async (text) => controller.reveal(text),
  };
}
