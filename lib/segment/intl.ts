import type { Segmenter } from './types';

/**
 * The browser's own word breaker (ICU's Chinese dictionary), with nothing to load. Less accurate
 * than jieba with the project's vocabulary; used only for a provisional first answer while a
 * stopped background is still building jieba's dictionary.
 */
export function createIntlSegmenter(locale = 'zh'): Segmenter {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return {
    cut: (text) => Array.from(segmenter.segment(text), (s) => s.segment),
  };
}
