import { describe, expect, it } from 'vitest';
import { mergeNames } from '@/lib/segment/names';

describe('names are merged only where jieba is not confident', () => {
  it.each([
    [['记者', '王', '孟', '鹤', '摄'], '王孟鹤'],
    [['区委书记', '王', '迎波', '指出'], '王迎波'],
    [['。', '市长', '肖作', '新', '，'], '肖作新'],
  ])('%j keeps %s', (words, name) => {
    expect(mergeNames(words)).toContain(name);
  });

  it.each([
    [['准备', '和', '精心', '的', '安排']],
    [['，', '管理工作', '力度']],
    [['（', '本报记者', '徐烨', '摄', '）']],
    [['，', '向', '关心', '、', '支持']],
  ])('leaves %j as jieba cut it', (words) => {
    expect(mergeNames([...words])).toEqual(words);
  });
});
