import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermCard } from '@/components/TermCard';
import { cardCss } from '@/components/term-card-css';
import type { GlossaryEntry } from '@/lib/glossary/types';

const entry: GlossaryEntry = {
  headword: '四个意识',
  pinyin: 'sì gè yì shí',
  english: 'the Four Consciousnesses',
  englishKind: 'official',
  englishSource: 'China Keywords',
  explanation: 'Political integrity, thinking in big-picture terms, following the leadership core, keeping in alignment.',
  components: ['政治意识', '大局意识', '核心意识', '看齐意识'],
  category: 'party',
  year: 2016,
  origin: 'Politburo meeting of Jan 2016',
  related: ['四个自信', '两个维护'],
};

const noop = () => undefined;

describe('TermCard', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows headword, pinyin, English with its kind and source, explanation, year and origin', () => {
    render(<TermCard entry={entry} onClose={noop} onNavigate={noop} speak={noop} />);
    const headword = screen.getByText('四个意识');
    expect(headword.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('sì gè yì shí')).toBeTruthy();
    expect(screen.getByText(/the Four Consciousnesses/)).toBeTruthy();
    expect(screen.getByText('official').getAttribute('title')).toMatch(/official English/);
    expect(screen.getByText('Source: China Keywords')).toBeTruthy();
    expect(screen.getByText(/Political integrity/)).toBeTruthy();
    expect(screen.getByText('2016 · Politburo meeting of Jan 2016')).toBeTruthy();
  });

  it('is a tooltip with the id a term points at', () => {
    render(<TermCard entry={entry} id="tifa-card-7" onClose={noop} onNavigate={noop} speak={noop} />);
    const card = screen.getByRole('tooltip');
    expect(card.id).toBe('tifa-card-7');
  });

  it('makes components that are entries, and related terms, into links', () => {
    const onNavigate = vi.fn();
    const hasEntry = (h: string) => h !== '看齐意识';
    render(<TermCard entry={entry} onClose={noop} onNavigate={onNavigate} hasEntry={hasEntry} speak={noop} />);
    fireEvent.click(screen.getByRole('button', { name: '政治意识' }));
    fireEvent.click(screen.getByRole('button', { name: '两个维护' }));
    expect(onNavigate.mock.calls).toEqual([['政治意识'], ['两个维护']]);
    expect(screen.queryByRole('button', { name: '看齐意识' })).toBeNull();
    expect(screen.getByText('看齐意识')).toBeTruthy();
  });

  it('closes on Escape and on its close button', () => {
    const onClose = vi.fn();
    render(<TermCard entry={entry} onClose={onClose} onNavigate={noop} speak={noop} />);
    fireEvent.keyDown(screen.getByRole('tooltip'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('speaks the headword, or the occurrence of a template term', () => {
    const speak = vi.fn();
    const { unmount } = render(<TermCard entry={entry} onClose={noop} onNavigate={noop} speak={speak} />);
    fireEvent.click(screen.getByRole('button', { name: /Listen/ }));
    unmount();
    const template = { ...entry, headword: 'X届X次会议', components: undefined, related: undefined };
    render(<TermCard entry={template} occurrence="十届人大七次会议" onClose={noop} onNavigate={noop} speak={speak} />);
    expect(screen.getByText('十届人大七次会议')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Listen/ }));
    expect(speak.mock.calls).toEqual([['四个意识'], ['十届人大七次会议']]);
  });

  it('speaks with speechSynthesis in zh-CN by default, and hides the button without it', () => {
    const spoken: Array<{ text: string; lang: string }> = [];
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {}
    });
    vi.stubGlobal('speechSynthesis', { getVoices: () => [], cancel: noop, speak: (u: { text: string; lang: string }) => spoken.push(u) });
    const { unmount } = render(<TermCard entry={entry} onClose={noop} onNavigate={noop} />);
    fireEvent.click(screen.getByRole('button', { name: /Listen/ }));
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['四个意识', 'zh-CN']]);
    unmount();
    vi.stubGlobal('speechSynthesis', undefined);
    render(<TermCard entry={entry} onClose={noop} onNavigate={noop} />);
    expect(screen.queryByRole('button', { name: /Listen/ })).toBeNull();
  });

  it('renders in an open shadow root with its style', () => {
    const host = document.createElement('div');
    host.setAttribute('data-tifa-card', '');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    root.append(style);
    render(<TermCard entry={entry} onClose={noop} onNavigate={noop} speak={noop} />, { container: root as unknown as HTMLElement });
    expect(root.textContent).toContain('四个意识');
    expect(root.textContent).toContain('sì gè yì shí');
    expect(cardCss).toMatch(/prefers-color-scheme: dark/);
    host.remove();
  });
});
