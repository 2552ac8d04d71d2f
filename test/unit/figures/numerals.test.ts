import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '@/lib/figures/numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['三十', 30],
    ['三十余', 30],
    ['十五', 15],
    ['一百零八', 108],
    ['两千', 2000],
    ['三千五百二十', 3520],
    ['一百二十万', 1_200_000],
    ['一亿二千万', 120_000_000],
    ['二〇三五', 2035],
    ['1.2万', 12_000],
    ['3090万', 30_900_000],
    ['1.2亿', 120_000_000],
    ['10439', 10439],
    ['120多', 120],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '百姓', '几十', 'abc'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});
