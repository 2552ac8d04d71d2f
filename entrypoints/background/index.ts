import { backgroundMessenger } from '@/lib/messaging';
import { loadEngine } from './engine';
import { handlers } from './handlers';

export default defineBackground(() => {
  backgroundMessenger.onMessage('read', ({ data }) => handlers.read(data));
  backgroundMessenger.onMessage('readSoon', ({ data }) => handlers.readSoon(data));
  backgroundMessenger.onMessage('lookup', ({ data }) => handlers.lookup(data));
  backgroundMessenger.onMessage('summarize', ({ data }) => handlers.summarize(data));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Warm up so the first page does not pay for wasm compilation.
  void loadEngine().catch(() => undefined);
});
