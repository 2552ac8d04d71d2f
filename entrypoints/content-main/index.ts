import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectDocument } from '@/lib/detect';
import { autoAnnotate } from '@/lib/settings';
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

function start(ctx: ContentScriptContext): TabHandlers {
  const detection = detectDocument(document, location.href);
  document.documentElement.setAttribute('data-tifa-page', detection.verdict);
  const controller = new Controller(document, detection);
  ctx.onInvalidated(() => controller.dispose());
  if (detection.verdict === 'political') {
    void autoAnnotate.getValue().then(async (auto) => {
      if (auto) await controller.annotate();
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
