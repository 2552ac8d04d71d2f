import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, requireBinary, requireBuild } from './browsers';
import type { Driver, Tab } from './driver';

/** The extension API as the service worker sees it (evaluated there, not here). */
declare const chrome: typeof browser;

export interface ChromiumDriver extends Driver {
  page(tab: Tab): Page;
}

/**
 * A fresh Chromium profile, with the built extension or without it (for baselines), headless
 * unless TIFA_HEADED is set. `close` also removes the profile.
 */
export async function launchContext(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  requireBinary(CHROMIUM, 'chromium');
  if (withExtension) requireBuild(CHROME_BUILD);
  const profile = mkdtempSync(join(tmpdir(), 'tifa-chromium-'));
  const extension = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.TIFA_HEADED,
    viewport: { width: 1200, height: 900 },
    args: [
      ...extension,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium with the built extension loaded. */
export async function launchChromium(): Promise<ChromiumDriver> {
  const { context, close } = await launchContext(true);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The welcome tab opens on install; let it open before tests pick the active tab.
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  if (!context.pages().some((p) => p.url() === welcome)) {
    await context.waitForEvent('page', { predicate: (p) => p.url() === welcome, timeout: 10_000 }).catch(() => undefined);
  }
  const pages = new WeakMap<Tab, Page>();
  const wrap = (page: Page): Tab => {
    const tab: Tab = {
      evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as Tab['evaluate'],
      click: (selector) => page.click(selector),
      hover: (selector) => page.hover(selector),
      press: (key) => page.keyboard.press(key),
      close: () => page.close(),
    };
    pages.set(tab, page);
    return tab;
  };
  const pageOf = (tab: Tab): Page => {
    const page = pages.get(tab);
    if (!page) throw new Error('not a tab of this driver');
    return page;
  };
  return {
    name: 'chromium',
    page: pageOf,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async popupFor(tab) {
      // Without the tabs permission, tab URLs are hidden: bring the tab to the front and ask for the active one.
      await pageOf(tab).bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (active?.id === undefined) throw new Error('no active tab');
        return active.id;
      });
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return wrap(popup);
    },
    close,
  };
}
