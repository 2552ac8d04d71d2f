import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '@/lib/reader';
import { splitTokens } from '@/lib/text/split-tokens';

describe('splitTokens', () => {
  it('cuts a word that crosses a tag, each piece with its own syllables', () => {
    const tokens: Token[] = [{ w: '增强', py: 'zēng qiáng' }, { w: '四个意识', py: 'sì gè yì shí' }, { w: '。' }];
    expect(splitTokens(tokens, [4, 3])).toEqual([
      [{ w: '增强', py: 'zēng qiáng' }, { w: '四个', py: 'sì gè' }],
      [{ w: '意识', py: 'yì shí' }, { w: '。' }],
    ]);
  });

  it('keeps mixed words aligned (5G基站 across a boundary)', () => {
    expect(splitTokens([{ w: '5G基站', py: 'jī zhàn' }], [3, 2])).toEqual([
      [{ w: '5G基', py: 'jī' }],
      [{ w: '站', py: 'zhàn' }],
    ]);
  });

  it('returns the parts exactly, whatever the cut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('区长', '说', ',', 'ab', '〇'), { minLength: 1 }), fc.integer({ min: 1, max: 5 }), (words, parts) => {
        const text = words.join('');
        const cuts = Array.from({ length: parts - 1 }, (_, i) => Math.floor(((i + 1) * text.length) / parts));
        const bounds = [0, ...cuts, text.length];
        const lengths = bounds.slice(1).map((b, i) => b - (bounds[i] ?? 0));
        const tokens = words.map((w) => ({ w }));
        const pieces = splitTokens(tokens, lengths);
        expect(pieces.map((p) => p.map((t) => t.w).join(''))).toEqual(lengths.map((_, i) => text.slice(bounds[i], bounds[i + 1])));
      }),
    );
  });
});
