import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectDocument } from '@/lib/detect';
import { autoAnnotate, display } from '@/lib/settings';
import { type ContentMain, MAIN_GLOBAL, type TabHandlers } from './api';
import { Controller } from './controller';

/**
 * The heavy part of the content script, loaded by the gate (entrypoints/content) only on pages
 * with Chinese text: detection, annotation, cards, summary.
 */
export default defineUnlistedScript(() => {
  const main: ContentMain = { start };
  (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = main;
});

function start(): TabHandlers {
  // Stops this document's Tifa when the extension is reloaded or updated.
  const ctx = new ContentScriptContext('content');
  // The settings are read while detection runs, not after it.
  const auto = autoAnnotate.getValue();
  const shown = display.getValue();
  const detection = detectDocument(document, location.href);
  document.documentElement.setAttribute('data-tifa-page', detection.verdict);
  const controller = new Controller(document, detection, shown);
  ctx.onInvalidated(() => controller.dispose());
  if (detection.verdict === 'political') {
    void auto.then(async (on) => {
      if (on) await controller.annotate();
    });
  }
  return {
    getState: async () => controller.state(),
    annotate: () => controller.annotate(),
    toggle: () => controller.toggle(),
    getSummary: () => controller.summary(),
    reveal: async (text) => controller.reveal(text),
  };
}
