import { describe, expect, it } from 'vitest';
import { toMarked, toNumbered } from '@/lib/pinyin/syllable';

describe('syllable spellings', () => {
  it.each([
    ['zhǎng', 'zhang3'],
    ['lǜ', 'lu:4'],
    ['nüè', 'nu:e4'],
    ['de', 'de5'],
    ['guì', 'gui4'],
    ['liù', 'liu4'],
    ['shuō', 'shuo1'],
    ['ér', 'er2'],
  ])('%s ⇄ %s', (marked, numbered) => {
    expect(toNumbered(marked)).toBe(numbered);
    expect(toMarked(numbered)).toBe(marked);
  });
  it('accepts v for ü', () => {
    expect(toMarked('lv4')).toBe('lǜ');
  });
});
