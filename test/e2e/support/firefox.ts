import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD, requireBinary, requireBuild } from './browsers';
import type { Driver, Tab } from './driver';

/** The part of an extension page's WebExtension API the driver uses. */
interface ExtensionApi {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
}

/**
 * Firefox ESR with the built extension installed as a temporary add-on. Tests cannot navigate
 * to moz-extension:// URLs, so extension pages are reached through the welcome tab that the
 * extension opens on install: from there, the page itself navigates to popup.html?tabId=N.
 * That one extension tab serves every popup the flows open, one after another.
 */
export async function launchFirefox(): Promise<Driver> {
  requireBinary(FIREFOX, 'firefox-esr');
  requireBuild(FIREFOX_BUILD);
  const firefox: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !process.env.TIFA_HEADED,
    defaultViewport: { width: 1200, height: 900 },
  });
  await firefox.installExtension(FIREFOX_BUILD);
  const extensionPage = await findExtensionPage(firefox);

  const pages = new WeakMap<Tab, Page>();
  const wrap = (page: Page): Tab => {
    const tab: Tab = {
      evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) =>
        page.evaluate(fn as (arg: unknown) => unknown, arg)) as Tab['evaluate'],
      click: (selector) => page.click(selector),
      hover: (selector) => page.hover(selector),
      press: (key) => page.keyboard.press(key as KeyInput),
      close: () => page.close(),
    };
    pages.set(tab, page);
    return tab;
  };

  return {
    name: 'firefox',
    async open(url) {
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async popupFor(tab) {
      // Without the tabs permission, tab URLs are hidden: bring the tab to the front and ask
      // for the active one. The extension page runs this with its own WebExtension `browser`.
      // Activation is asynchronous: the page itself must be visible before the active tab is
      // asked for.
      const page = pages.get(tab);
      await page?.bringToFront();
      await page?.waitForFunction(() => document.visibilityState === 'visible', { timeout: 5_000 });
      // The extension tab still shows the previous popup until it has navigated: a mark in the
      // new URL tells the two apart.
      const mark = `${Date.now()}${Math.random()}`.replace('.', '');
      await extensionPage.evaluate(async (mark: string) => {
        // Named through globalThis: the test build would otherwise rewrite `browser` to its own import.
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (active?.id === undefined) throw new Error('no active tab');
        location.href = `/popup.html?tabId=${active.id}&opened=${mark}`;
      }, mark);
      await extensionPage.waitForFunction(
        (mark: string) => location.search.endsWith(`opened=${mark}`) && document.readyState !== 'loading',
        { polling: 100, timeout: 10_000 },
        mark,
      );
      return wrap(extensionPage);
    },
    close: () => firefox.close(),
  };
}

async function findExtensionPage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://')) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the extension did not open its welcome page after install');
}
