import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from './support/browsers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each([
  ['chrome-mv3', CHROME_BUILD],
  ['firefox-mv2', FIREFOX_BUILD],
])('the %s build', (_name, dir) => {
  requireBuild(dir);
  const all = files(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('ships jieba’s wasm exactly once, and no base64 copy of it in any script', () => {
    const wasm = all.filter((f) => readFileSync(f).subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d])));
    expect(wasm.map((f) => relative(dir, f))).toEqual(['jieba_rs_wasm_bg.wasm']);
    for (const script of all.filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(script, 'utf8');
      expect(text, relative(dir, script)).not.toMatch(/data:application\/wasm|AGFzbQ/);
    }
  });

  it('asks only for the storage permission and allows wasm in extension pages only', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const csp = manifest.content_security_policy;
    expect(typeof csp === 'string' ? csp : csp.extension_pages).toContain("'wasm-unsafe-eval'");
  });

  it('has icons', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });
});
