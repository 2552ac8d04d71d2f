import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, requireBinary, requireBuild } from './browsers';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The browser's id of the tab showing `page`. */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless unless TIFA_HEADED is set. */
export async function launchChromium(): Promise<ChromiumSession> {
  requireBinary(CHROMIUM, 'chromium');
  requireBuild(CHROME_BUILD);
  const profile = mkdtempSync(join(tmpdir(), 'tifa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.TIFA_HEADED,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async tabId(page) {
      const url = page.url();
      return worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === target);
        if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
        return tab.id;
      }, url);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
