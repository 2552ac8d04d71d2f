import { describe, expect, it } from 'vitest';
import { countHan, hanChars, hasHan, KANA } from '@/lib/text/han';

describe('Han detection', () => {
  it.each([
    ['区长', true],
    ['〇', true],
    ['𠀾', true],
    ['abc 123', false],
    ['ひらがな', false],
  ])('hasHan(%s) is %s', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });

  it('counts astral characters once', () => {
    expect(countHan('A股𠀾二〇')).toBe(4);
    expect(hanChars('5G基站')).toEqual(['基', '站']);
  });

  it('recognises kana', () => {
    expect(KANA.test('日本の首相')).toBe(true);
    expect(KANA.test('日本首相')).toBe(false);
  });
});
