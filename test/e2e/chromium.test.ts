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

  it('reads a page opened while the worker is stopped exactly as a warm one, first words included', async () => {
    const annotation = () => ({
      words: Array.from(document.querySelectorAll('[data-tifa-py]'), (el) => `${el.firstChild?.textContent}:${el.getAttribute('data-tifa-py')}`),
      terms: Array.from(document.querySelectorAll('[data-tifa-term]'), (el) => el.getAttribute('data-tifa-term')),
    });
    const load = async () => {
      const tab = await driver.open(server.url('sample-article.html'));
      await waitFor(tab, pageState, (s) => s.progress === 'done', 'annotation');
      const result = await tab.evaluate(annotation);
      await tab.close();
      return result;
    };
    const warm = await load();
    const page = driver.page(await driver.open(server.url('english-article.html')));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.close();
    // The first words come back provisionally (no jieba yet) and are read again once it runs.
    const cold = await load();
    expect(cold.words.length).toBeGreaterThan(1000);
    expect(cold.words).toEqual(warm.words);
    expect(cold.terms).toEqual(warm.terms);
  });
});
