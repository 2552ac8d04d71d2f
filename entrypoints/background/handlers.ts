import type { BackgroundProtocol, Result } from '@/lib/messaging';
import type { Token } from '@/lib/reader';
import { loadEngine } from './engine';

type Handlers = {
  [K in keyof BackgroundProtocol]: (
    data: Parameters<BackgroundProtocol[K]>[0],
  ) => Promise<ReturnType<BackgroundProtocol[K]>>;
};

export const handlers: Handlers = {
  async read(texts): Promise<Result<Token[][]>> {
    try {
      const reader = await loadEngine();
      return { ok: true, value: reader.read(texts) };
    } catch (error) {
      return { ok: false, error: `Tifa could not read this text: ${String(error)}` };
    }
  },
};
