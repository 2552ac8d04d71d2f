import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatePanel } from '@/components/StatePanel';
import type { TabState } from '@/lib/messaging';

const base: TabState = { verdict: 'political', reasons: ['political vocabulary: 书记 ×3'], progress: 'done', annotated: true, words: 120 };

describe('StatePanel', () => {
  it('says what the page is, why, and how far annotation got', () => {
    render(<StatePanel state={base} />);
    expect(screen.getByText('Chinese political news')).toBeTruthy();
    expect(screen.getByText('political vocabulary: 书记 ×3')).toBeTruthy();
    expect(screen.getByText('Annotated · 120 words')).toBeTruthy();
  });

  it('shows an error in plain words', () => {
    render(<StatePanel state={{ ...base, progress: 'error', error: 'the background did not answer' }} />);
    expect(screen.getByText('the background did not answer')).toBeTruthy();
  });

  it('says not annotated when off', () => {
    render(<StatePanel state={{ ...base, verdict: 'chinese', annotated: false, progress: 'idle', words: 0 }} />);
    expect(screen.getByText('Chinese text, not political news')).toBeTruthy();
    expect(screen.getByText('Not annotated')).toBeTruthy();
  });
});
