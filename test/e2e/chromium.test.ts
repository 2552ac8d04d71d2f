import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumDriver, launchChromium } from './support/chromium';
import { waitFor } from './support/driver';
import { flowsWith } from './support/flows';
import { liveState, pageState } from './support/page-probes';
import { type FixtureServer, serveFixtures } from './support/server';

describe('Chromium', () => {
  flowsWith(launchChromium);
});

describe('Chromium: a stopped service worker', () => {
  let driver: ChromiumDriver;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    driver = await launchChromium();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('is woken by the next request: content that arrives after the worker stopped is still annotated', async () => {
    const tab = await driver.open(server.url('live-feed.html'));
    const popup = await driver.popupFor(tab);
    await waitFor(popup, () => document.querySelector('[data-tifa-popup]')?.getAttribute('data-tifa-popup'), (s) => s === 'ready', 'the popup');
    await popup.click('[data-tifa-action="annotate"]');
    await waitFor(tab, pageState, (s) => s.progress === 'done' && s.words > 0, 'annotation');

    const page = driver.page(tab);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    await tab.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    const state = await waitFor(tab, liveState, (s) => s.progress === 'done' && s.left === 0, 'annotation after the worker stopped');
    expect(state.left).toBe(0);
  });
});
