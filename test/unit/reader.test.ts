import { describe, expect, it } from 'vitest';
import type { PinyinReader } from '@/lib/pinyin/types';
import { createReader } from '@/lib/reader';
import type { Segmenter } from '@/lib/segment/types';

const byChar: Segmenter = { cut: (text) => Array.from(text) };
const fakePinyin: PinyinReader = {
  readWords: (words) => words.map((w) => Array.from(w).filter((c) => /\p{Script=Han}/u.test(c)).map(() => 'x')),
};

describe('createReader', () => {
  it('keeps the text exactly and reads only Han words', () => {
    const [tokens] = createReader(byChar, fakePinyin).read(['区长, A']);
    expect(tokens?.map((t) => t.w).join('')).toBe('区长, A');
    expect(tokens?.filter((t) => t.py).map((t) => t.w)).toEqual(['区', '长']);
  });

  it('passes text without Han through untouched, without segmenting it', () => {
    const segmenter: Segmenter = {
      cut: () => {
        throw new Error('must not be called');
      },
    };
    expect(createReader(segmenter, fakePinyin).read(['no Chinese here'])).toEqual([[{ w: 'no Chinese here' }]]);
  });
});
