import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatePanel } from '@/components/StatePanel';
import { strings } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging';

const t = strings('en');

const base: TabState = { verdict: 'political', reasons: ['political vocabulary: 书记 ×3'], progress: 'done', annotated: true, words: 120 };

describe('StatePanel', () => {
  it('says what the page is, why, and how far annotation got', () => {
    render(<StatePanel t={t} state={base} />);
    expect(screen.getByText('Chinese political news')).toBeTruthy();
    expect(screen.getByText('political vocabulary: 书记 ×3')).toBeTruthy();
    expect(screen.getByText('Annotated · 120 words')).toBeTruthy();
  });

  it('shows an error in plain words', () => {
    render(<StatePanel t={t} state={{ ...base, progress: 'error', error: 'the background did not answer' }} />);
    expect(screen.getByText('the background did not answer')).toBeTruthy();
  });

  it('speaks Chinese when asked to', () => {
    render(<StatePanel t={strings('zh')} state={base} />);
    expect(screen.getByText('中文时政新闻')).toBeTruthy();
  });

  it('does not repeat the verdict among the reasons', () => {
    render(<StatePanel t={t} state={{ ...base, reasons: ['Chinese political news', '6 institutional titles such as 区委书记'] }} />);
    expect(screen.getAllByText('Chinese political news')).toHaveLength(1);
  });

  it('says not annotated when off', () => {
    render(<StatePanel t={t} state={{ ...base, verdict: 'chinese', annotated: false, progress: 'idle', words: 0 }} />);
    expect(screen.getByText('Chinese text, not political news')).toBeTruthy();
    expect(screen.getByText('Not annotated')).toBeTruthy();
  });
});
