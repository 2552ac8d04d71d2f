import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SummaryPanel } from '@/components/SummaryPanel';
import { strings } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging';

const summary: PageSummary = {
  people: [
    { name: '周立明', titles: ['区委书记'], mentions: 3, firstIndex: 10 },
    { name: '许宁', titles: ['记者'], mentions: 1, role: 'reporter', firstIndex: 2 },
  ],
  figures: [
    { asWritten: '198.6亿元', counts: '地区生产总值', value: 19_860_000_000, unit: '元', kind: 'money', firstIndex: 50 },
    { asWritten: '7.9%', counts: '增长', value: 7.9, unit: '%', kind: 'percent', firstIndex: 60 },
  ],
  terms: [{ headword: '四个意识', count: 2, pinyin: 'sì gè yì shí', english: 'the Four Consciousnesses', firstIndex: 5, firstText: '四个意识' }],
};

describe('SummaryPanel', () => {
  it('gives each person, number and term its row with the contract hooks', () => {
    const { container } = render(<SummaryPanel summary={summary} t={strings('en')} onReveal={() => undefined} />);
    expect(container.querySelector('[data-tifa-person="周立明"]')?.textContent).toContain('区委书记');
    expect(container.querySelector('[data-tifa-person="许宁"]')?.textContent).toContain('记者');
    expect(container.querySelector('[data-tifa-figure="198.6亿元"]')?.textContent).toContain('地区生产总值');
    expect(container.querySelector('[data-tifa-term-row="四个意识"]')?.textContent).toContain('×2');
    expect(screen.getByText('Money')).toBeTruthy();
    expect(screen.getByText('Percentages')).toBeTruthy();
  });

  it('reveals a row’s mention on the page when it is activated', () => {
    const onReveal = vi.fn();
    const { container } = render(<SummaryPanel summary={summary} t={strings('en')} onReveal={onReveal} />);
    fireEvent.click(container.querySelector('[data-tifa-figure="7.9%"] button') as Element);
    expect(onReveal).toHaveBeenCalledWith('7.9%');
  });

  it('says so when a list is empty', () => {
    render(<SummaryPanel summary={{ people: [], figures: [], terms: [] }} t={strings('zh')} onReveal={() => undefined} />);
    expect(screen.getByText('未找到人名。')).toBeTruthy();
    expect(screen.getByText('未找到关键数字。')).toBeTruthy();
  });
});
