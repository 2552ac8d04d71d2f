import { describe, expect, it } from 'vitest';
import { formatSyllable, parseSyllable } from '@/lib/pinyin/format';

describe('parseSyllable', () => {
  it.each([
    ['zhǎng', 'zhang', 3],
    ['lǜ', 'lü', 4],
    ['de', 'de', 5],
    ['yī', 'yi', 1],
  ])('%s → %s tone %i', (syllable, plain, tone) => {
    expect(parseSyllable(syllable)).toEqual({ plain, tone });
  });
});

describe('formatSyllable', () => {
  it.each([
    ['zhǎng', 'numbers', 'zhang3'],
    ['lǜ', 'numbers', 'lv4'],
    ['de', 'numbers', 'de5'],
    ['zhǎng', 'zhuyin', 'ㄓㄤˇ'],
    ['shì', 'zhuyin', 'ㄕˋ'],
    ['qū', 'zhuyin', 'ㄑㄩ'],
    ['xué', 'zhuyin', 'ㄒㄩㄝˊ'],
    ['yuán', 'zhuyin', 'ㄩㄢˊ'],
    ['wèi', 'zhuyin', 'ㄨㄟˋ'],
    ['guì', 'zhuyin', 'ㄍㄨㄟˋ'],
    ['jiǔ', 'zhuyin', 'ㄐㄧㄡˇ'],
    ['de', 'zhuyin', '˙ㄉㄜ'],
    ['lǜ', 'zhuyin', 'ㄌㄩˋ'],
    ['ér', 'zhuyin', 'ㄦˊ'],
    ['zhōng', 'zhuyin', 'ㄓㄨㄥ'],
    ['qū', 'marks', 'qū'],
  ] as const)('%s as %s is %s', (syllable, style, expected) => {
    expect(formatSyllable(syllable, style)).toBe(expected);
  });
});
