import { describe, expect, it } from 'vitest';
import { markTerms } from '@/lib/glossary/mark';

describe('markTerms', () => {
  it('marks the words of a term with its headword and occurrence', () => {
    const tokens = [{ w: '增强', py: 'zēng qiáng' }, { w: '“' }, { w: '四个意识', py: 'sì gè yì shí' }, { w: '”' }];
    expect(markTerms(tokens, [{ start: 3, end: 7, headword: '四个意识' }])).toEqual([
      { w: '增强', py: 'zēng qiáng' },
      { w: '“' },
      { w: '四个意识', py: 'sì gè yì shí', t: '四个意识', o: 0 },
      { w: '”' },
    ]);
  });

  it('cuts a word that crosses the edge of a term', () => {
    const tokens = [{ w: '新发展理念', py: 'xīn fā zhǎn lǐ niàn' }];
    expect(markTerms(tokens, [{ start: 1, end: 5, headword: '发展理念' }])).toEqual([
      { w: '新', py: 'xīn' },
      { w: '发展理念', py: 'fā zhǎn lǐ niàn', t: '发展理念', o: 0 },
    ]);
  });

  it('keeps quotes inside an occurrence in it and tells neighbouring occurrences apart', () => {
    const tokens = [{ w: '“' }, { w: '四上', py: 'sì shàng' }, { w: '”' }, { w: '企业', py: 'qǐ yè' }, { w: '和' , py: 'hé' }, { w: '企业', py: 'qǐ yè' }];
    const marked = markTerms(tokens, [
      { start: 0, end: 6, headword: '四上企业' },
      { start: 7, end: 9, headword: '企业' },
    ]);
    expect(marked.map((t) => [t.w, t.o])).toEqual([
      ['“', 0],
      ['四上', 0],
      ['”', 0],
      ['企业', 0],
      ['和', undefined],
      ['企业', 1],
    ]);
  });
});
