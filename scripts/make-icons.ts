/**
 * Draws the extension icon (提 on a seal-red square) with Chromium and writes
 * public/icon/{16,32,48,128}.png, which WXT puts in the manifest. Run: npx jiti scripts/make-icons.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${size * 0.2}px;background:#b3261e;
      display:flex;align-items:center;justify-content:center;color:#fff;
      font:700 ${size * 0.74}px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif">提</div></body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
