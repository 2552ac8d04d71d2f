import type { PublicPath } from 'wxt/browser';
import init, * as jieba from 'jieba-wasm/web';
import { createPinyinReader } from '@/lib/pinyin';
import { createReader, type Reader } from '@/lib/reader';
import { createJiebaSegmenter } from '@/lib/segment/jieba';
import { segmentVocabulary } from '@/lib/segment/vocabulary';

let engine: Promise<Reader> | undefined;

/** Starts the engines once per background lifetime; later calls share the same promise. */
export function loadEngine(): Promise<Reader> {
  engine ??= start().catch((error: unknown) => {
    engine = undefined; // let the next request try again
    throw error;
  });
  return engine;
}

async function start(): Promise<Reader> {
  // Copied to the extension root by the build (wxt.config.ts), so not a typed public path.
  const url = browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath);
  await init({ module_or_path: fetch(url) });
  return createReader(createJiebaSegmenter(jieba, segmentVocabulary()), createPinyinReader());
}
