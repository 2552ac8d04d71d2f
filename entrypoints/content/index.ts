import { detectDocument } from '@/lib/detect';
import { tabMessenger } from '@/lib/messaging';
import { autoAnnotate } from '@/lib/settings';
import { Controller } from './controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  allFrames: true,
  async main(ctx) {
    const detection = detectDocument(document, location.href);
    document.documentElement.setAttribute('data-tifa-page', detection.verdict);
    const controller = new Controller(document, detection);

    // Only the top frame answers the popup; each frame annotates its own document.
    if (window === window.top) {
      const off = [
        tabMessenger.onMessage('getState', () => controller.state()),
        tabMessenger.onMessage('annotate', () => controller.annotate()),
        tabMessenger.onMessage('toggle', () => controller.toggle()),
        tabMessenger.onMessage('getSummary', () => controller.summary()),
        tabMessenger.onMessage('reveal', ({ data }) => controller.reveal(data)),
      ];
      ctx.onInvalidated(() => off.forEach((remove) => remove()));
    }
    ctx.onInvalidated(() => controller.dispose());

    // Pages that are not political news cost nothing more: no settings read, no message sent.
    if (detection.verdict === 'political' && (await autoAnnotate.getValue())) {
      await controller.annotate();
    }
  },
});
