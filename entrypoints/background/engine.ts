import type { PublicPath } from 'wxt/browser';
import init, * as jieba from 'jieba-wasm/web';
import type { Tagger } from '@/lib/figures';
import { glossaryEntries } from '@/lib/glossary/load';
import { createMatcher, type Matcher } from '@/lib/glossary/match';
import { createPinyinReader } from '@/lib/pinyin';
import { createReader, type Reader } from '@/lib/reader';
import { createJiebaSegmenter } from '@/lib/segment/jieba';
import { segmentVocabulary } from '@/lib/segment/vocabulary';

export interface Engine {
  reader: Reader;
  matcher: Matcher;
  /** jieba's part-of-speech tagger, for finding people. */
  tagger: Tagger;
}

let engine: Promise<Engine> | undefined;

/** Starts the engines once per background lifetime; later calls share the same promise. */
export function loadEngine(): Promise<Engine> {
  engine ??= start().catch((error: unknown) => {
    engine = undefined; // let the next request try again
    throw error;
  });
  return engine;
}

async function start(): Promise<Engine> {
  // Copied to the extension root by the build (wxt.config.ts), so not a typed public path.
  const url = browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath);
  await init({ module_or_path: fetch(url) });
  return {
    reader: createReader(createJiebaSegmenter(jieba, segmentVocabulary()), createPinyinReader()),
    matcher: createMatcher(glossaryEntries()),
    tagger: { tag: (text) => jieba.tag(text, true) },
  };
}
