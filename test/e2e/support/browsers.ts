import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.TIFA_FIREFOX ?? '/usr/bin/firefox-esr';
export const CHROME_BUILD = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));
export const FIREFOX_BUILD = fileURLToPath(new URL('../../../.output/firefox-mv2/', import.meta.url));

/** Fails loudly, with the fix, when a browser or the build is missing: never a silent skip. */
export function requireBinary(path: string, aptPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing. Install it with: sudo apt-get install -y ${aptPackage} (or run bash .ci/run, which does).`,
    );
  }
}

export function requireBuild(dir: string): void {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No extension build at ${dir}. Run npm run build first (npm test does).`);
  }
}
