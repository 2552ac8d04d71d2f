import { describe, expect, it } from 'vitest';
import { mergeNumbers } from '@/lib/segment/numbers';

describe('numbers stand as one word with their unit', () => {
  it.each([
    [['１', '９', '９', '７', '年', '１', '２', '月'], ['１９９７年', '１２月']],
    [['增长', '５', '．', '６', '％', '。'], ['增长', '５．６％', '。']],
    [['2021', '年', '2', '月', '23', '日'], ['2021年', '2月', '23日']],
    [['达', '１', '２', '万', '人'], ['达', '１２万', '人']],
    [['第', '3', '条'], ['第', '3', '条']],
    [['共', '3', '。', '5', '人'], ['共', '3', '。', '5', '人']],
  ])('%j → %j', (words, expected) => {
    expect(mergeNumbers(words)).toEqual(expected);
  });

  it('hands back the same array when there is nothing to merge', () => {
    const words = ['会议', '审议', '了', '报告'];
    expect(mergeNumbers(words)).toBe(words);
  });
});
