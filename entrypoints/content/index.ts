import { detect } from '@/lib/detect';
import { backgroundMessenger, tabMessenger, type TabState } from '@/lib/messaging';
import { autoAnnotate, display, normalizeDisplay } from '@/lib/settings';
import { Annotator } from './annotator';
import { pageText } from './page-text';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  allFrames: true,
  async main(ctx) {
    const doc = document;
    const root = doc.documentElement;
    const detection = detect(pageText(doc));
    root.setAttribute('data-tifa-page', detection.verdict);

    const annotator = new Annotator({
      doc,
      read: (texts) => backgroundMessenger.sendMessage('read', texts),
      onChange: () => undefined,
      display: normalizeDisplay(await display.getValue()),
    });
    const unwatch = display.watch((value) => annotator.setDisplay(normalizeDisplay(value)));
    const state = (): TabState => ({
      verdict: detection.verdict,
      reasons: detection.reasons,
      progress: annotator.progress,
      annotated: annotator.annotated,
      words: annotator.words,
      ...(annotator.error ? { error: annotator.error } : {}),
    });

    // Only the top frame answers the popup; each frame annotates its own document.
    if (window === window.top) {
      const off = [
        tabMessenger.onMessage('getState', state),
        tabMessenger.onMessage('annotate', async () => {
          await annotator.annotate();
          return state();
        }),
        tabMessenger.onMessage('toggle', async () => {
          if (annotator.annotated) annotator.revert();
          else await annotator.annotate();
          return state();
        }),
      ];
      ctx.onInvalidated(() => off.forEach((remove) => remove()));
    }
    ctx.onInvalidated(() => {
      unwatch();
      annotator.revert();
    });

    if (detection.verdict === 'political' && (await autoAnnotate.getValue())) {
      await annotator.annotate();
    }
  },
});
