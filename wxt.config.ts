import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig, type WxtViteConfig } from 'wxt';

const require = createRequire(import.meta.url);
/** jieba's wasm, shipped once at the extension root and fetched by the background. */
const JIEBA_WASM = 'jieba_rs_wasm_bg.wasm';

/**
 * jieba's wasm-bindgen glue has `new URL('jieba_rs_wasm_bg.wasm', import.meta.url)` as a fallback
 * for init() without arguments. Vite turns that into a 5 MB base64 data URL inside every bundle
 * that imports the glue. We always pass the module explicitly, so the fallback is dead code.
 */
function stripJiebaWasmUrl(): NonNullable<WxtViteConfig['plugins']>[number] {
  return {
    name: 'tifa:strip-jieba-wasm-url',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('jieba_rs_wasm') || !code.includes('import.meta.url')) return;
      return code.replace(/new URL\(\s*['"][^'"]+\.wasm['"]\s*,\s*import\.meta\.url\s*\)/g, 'undefined');
    },
  };
}

export default defineConfig({
  vite: () => ({
    plugins: [stripJiebaWasmUrl()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: join(dirname(require.resolve('jieba-wasm/web')), JIEBA_WASM),
        relativeDest: JIEBA_WASM,
      });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Tifa — pinyin & political terms',
    short_name: 'Tifa',
    description:
      'Read Chinese political news in the original: pinyin in context, slogans and formulas explained, a summary of who and which numbers. Runs entirely offline.',
    permissions: ['storage'],
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tifa@tifa-reader.org',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    action: { default_title: 'Tifa' },
    // The gate (entrypoints/gate) is a plain script rather than a WXT content script, so that a
    // page without Chinese pays for nothing more than the gate itself.
    content_scripts: [{ matches: ['<all_urls>'], js: ['gate.js'], run_at: 'document_start', all_frames: true }],
    // The content script's gate imports the rest only on pages with Chinese text.
    web_accessible_resources:
      browser === 'firefox'
        ? ['content-main.js']
        : [{ resources: ['content-main.js'], matches: ['<all_urls>'] }],
  }),
});
