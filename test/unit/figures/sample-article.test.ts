import * as jieba from 'jieba-wasm';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize, type Tagger } from '@/lib/figures/index';

interface Expected {
  people: { name: string; titles: string[]; role?: string }[];
  figures: { asWritten: string; counts: string }[];
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** The article text: the page body without script, style, form fields and the contenteditable draft. */
function articleText(html: string): string {
  const window = new Window();
  window.document.write(html);
  for (const el of window.document.querySelectorAll('script, style, textarea, input, [contenteditable]')) el.remove();
  const text = window.document.body.textContent ?? '';
  void window.happyDOM.close();
  return text;
}

const expected = JSON.parse(fixture('expected-readings.json')) as Expected;
const text = articleText(fixture('sample-article.html'));
const tagger: Tagger = { tag: (t) => jieba.tag(t, true) };
const ratio = (hit: number, total: number) => (total === 0 ? 1 : hit / total);

describe.each([
  ['with jieba', tagger],
  ['without a tagger', undefined],
] as const)('sample article %s', (_, t) => {
  const summary = summarize(text, t);
  const names = new Set(summary.people.map((p) => p.name));
  const figures = new Set(summary.figures.map((f) => f.asWritten));

  it('finds the people (recall ≥ 0.95, precision ≥ 0.9)', () => {
    const hit = expected.people.filter((p) => names.has(p.name)).length;
    expect(ratio(hit, expected.people.length)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(hit, names.size)).toBeGreaterThanOrEqual(0.9);
  });

  it('gives them their titles (≥ 0.9)', () => {
    const right = expected.people.filter((p) => {
      const titles = summary.people.find((q) => q.name === p.name)?.titles ?? [];
      return p.titles.some((g) => titles.some((x) => x.includes(g) || g.includes(x)));
    });
    expect(ratio(right.length, expected.people.length)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the key figures (recall ≥ 0.9, precision ≥ 0.85)', () => {
    const hit = expected.figures.filter((f) => figures.has(f.asWritten)).length;
    expect(ratio(hit, expected.figures.length)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(hit, figures.size)).toBeGreaterThanOrEqual(0.85);
  });

  it('marks the bylines', () => {
    const roles = Object.fromEntries(summary.people.filter((p) => p.role).map((p) => [p.name, p.role]));
    expect(roles).toEqual({ 许宁: 'reporter', 唐晓雨: 'reporter', 韩雪: 'reporter', 冯志强: 'photographer', 方志刚: 'editor' });
  });

  it('says what the figures count', () => {
    const counts = (asWritten: string) => summary.figures.find((f) => f.asWritten === asWritten)?.counts ?? '';
    expect(counts('4386人')).toContain('城镇新增就业');
    expect(counts('98.2%')).toContain('群众满意率');
    expect(counts('三十余人')).toContain('负责人');
  });
});
