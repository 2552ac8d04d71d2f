import type { PublicPath } from 'wxt/browser';
import init, * as jieba from 'jieba-wasm/web';
import type { Tagger } from '@/lib/figures';
import { glossaryEntries } from '@/lib/glossary/load';
import { createMatcher, type Matcher } from '@/lib/glossary/match';
import { createPinyinReader, type PinyinReader } from '@/lib/pinyin';
import { createReader, type Reader } from '@/lib/reader';
import { createIntlSegmenter } from '@/lib/segment/intl';
import { createJiebaSegmenter } from '@/lib/segment/jieba';
import { segmentVocabulary } from '@/lib/segment/vocabulary';

export interface Engine {
  reader: Reader;
  matcher: Matcher;
  /** jieba's part-of-speech tagger, for finding people. */
  tagger: Tagger;
}

let engine: Promise<Engine> | undefined;
let ready: Engine | undefined;
let pinyin: PinyinReader | undefined;
let provisional: Reader | undefined;

/** Starts the engines once per background lifetime; later calls share the same promise. */
export function loadEngine(): Promise<Engine> {
  engine ??= start().catch((error: unknown) => {
    engine = undefined; // let the next request try again
    throw error;
  });
  return engine;
}

/** The engine when it has started; undefined while it is still loading. */
export function engineIfReady(): Engine | undefined {
  return ready;
}

/**
 * A reader that needs no wasm: the browser's word breaker and the same pinyin reader. It answers
 * the first words of a page while jieba's dictionary is still being built (0.3–0.5 s after the
 * background was stopped); the page reads those words again once the engine is ready.
 */
export function provisionalReader(): Reader {
  provisional ??= createReader(createIntlSegmenter(), pinyinReader());
  return provisional;
}

function pinyinReader(): PinyinReader {
  pinyin ??= createPinyinReader();
  return pinyin;
}

async function start(): Promise<Engine> {
  // The pinyin reader first: a provisional answer needs it, and nothing else.
  const readings = pinyinReader();
  // Copied to the extension root by the build (wxt.config.ts), so not a typed public path.
  const url = browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath);
  await init({ module_or_path: fetch(url) });
  const loaded: Engine = {
    reader: createReader(createJiebaSegmenter(jieba, segmentVocabulary()), readings),
    matcher: createMatcher(glossaryEntries()),
    tagger: { tag: (text) => jieba.tag(text, true) },
  };
  ready = loaded;
  return loaded;
}
