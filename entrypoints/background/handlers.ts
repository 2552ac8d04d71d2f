import { summarize } from '@/lib/figures';
import { countTerms } from '@/lib/glossary/count-terms';
import { readWithTerms } from '@/lib/glossary/term-reader';
import type { BackgroundProtocol } from '@/lib/messaging';
import { engineIfReady, loadEngine, provisionalReader } from './engine';

type Handlers = {
  [K in keyof BackgroundProtocol]: (
    data: Parameters<BackgroundProtocol[K]>[0],
  ) => Promise<ReturnType<BackgroundProtocol[K]>>;
};

export const handlers: Handlers = {
  async read(texts) {
    try {
      const { reader, matcher } = await loadEngine();
      return { ok: true, value: readWithTerms(reader, matcher, texts) };
    } catch (error) {
      return { ok: false, error: `Tifa could not read this text: ${String(error)}` };
    }
  },
  async readSoon(texts) {
    if (engineIfReady()) return handlers.read(texts);
    try {
      void loadEngine().catch(() => undefined);
      return { ok: true, value: { tokens: provisionalReader().read(texts), entries: {}, provisional: true } };
    } catch (error) {
      return { ok: false, error: `Tifa could not read this text: ${String(error)}` };
    }
  },
  async summarize(text) {
    try {
      const { matcher, tagger } = await loadEngine();
      return { ok: true, value: { ...summarize(text, tagger), terms: countTerms(matcher, text) } };
    } catch (error) {
      return { ok: false, error: `Tifa could not summarise this page: ${String(error)}` };
    }
  },
  async lookup(headword) {
    const { matcher } = await loadEngine();
    return matcher.lookup(headword) ?? null;
  },
};
