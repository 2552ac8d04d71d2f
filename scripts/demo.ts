/**
 * Shows the built extension on the sample article in Debian's Chromium. With a display
 * (DISPLAY or WAYLAND_DISPLAY set) it opens a real window and waits; without one it runs
 * headless and writes screenshots of the annotated article, a term's card and the popup to
 * demo-screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../test/e2e/support/chromium';
import { waitFor } from '../test/e2e/support/driver';
import { pageState } from '../test/e2e/support/page-probes';
import { serveFixtures } from '../test/e2e/support/server';

const OUT = 'demo-screenshots';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
if (headed) process.env.TIFA_HEADED = '1';

const server = await serveFixtures();
const driver = await launchChromium();
const article = await driver.open(server.url('sample-article.html'));
const state = await waitFor(article, pageState, (s) => s.progress === 'done', 'the sample article to be annotated');
console.log(`Sample article: verdict ${state.page}, ${state.words} words annotated.`);

if (headed) {
  console.log(`Chromium is showing ${server.url('sample-article.html')} with Tifa. Close the window or press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    driver.page(article).on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
} else {
  mkdirSync(OUT, { recursive: true });
  const page = driver.page(article);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.locator('article').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/sample-article.png` });
  await page.hover('[data-tifa-term="四个意识"]');
  await page.waitForSelector('[data-tifa-card]');
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${OUT}/term-card.png` });
  await page.mouse.move(0, 0);
  const popup = driver.page(await driver.popupFor(article));
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.waitForSelector('[data-tifa-popup="ready"]');
  await popup.screenshot({ path: `${OUT}/popup.png` });
  console.log(`Screenshots written to ${OUT}/: sample-article.png, term-card.png, popup.png.`);
}
await driver.close();
await server.close();
