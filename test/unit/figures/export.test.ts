import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '@/lib/figures/export';
import type { PageSummary } from '@/lib/messaging';

const summary: PageSummary = {
  people: [{ name: '周立明', titles: ['区委书记'], mentions: 3, firstIndex: 10 }],
  figures: [{ asWritten: '10439人', counts: '城镇新增就业', value: 10439, unit: '人', kind: 'people', firstIndex: 40 }],
  terms: [{ headword: '四个意识', count: 2, pinyin: 'sì gè yì shí', english: 'the Four Consciousnesses, "political"', firstIndex: 5, firstText: '四个意识' }],
};

describe('summary export', () => {
  it('writes Markdown sections', () => {
    const md = toMarkdown(summary, '松岭日报');
    expect(md).toContain('# 松岭日报');
    expect(md).toContain('- **周立明** — 区委书记');
    expect(md).toContain('- **10439人** — 城镇新增就业');
    expect(md).toContain('- **四个意识** (sì gè yì shí) — the Four Consciousnesses, "political" ×2');
  });

  it('writes CSV with quoting', () => {
    expect(toCsv(summary).split('\n')).toEqual([
      'section,item,detail,value',
      'person,周立明,区委书记,3',
      'number,10439人,城镇新增就业,10439',
      'term,四个意识,"the Four Consciousnesses, ""political""",2',
      '',
    ]);
  });
});
