import type { Detection } from '@/lib/detect';
import { readingText } from '@/lib/detect/main-text';
import { backgroundMessenger, type PageSummary, type Result, type TabState } from '@/lib/messaging';
import { display, type Display, normalizeDisplay } from '@/lib/settings';
import { Annotator } from './annotator';
import type { EarlyRead } from './api';
import { Cards } from './card';
import { reveal } from './reveal';

/**
 * One document's Tifa: its verdict, and an annotator that is only built (settings read,
 * stylesheet ready) when the page is first annotated.
 */
export class Controller {
  private annotator: Annotator | undefined;
  private cards: Cards | undefined;
  private starting: Promise<Annotator> | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly detection: Detection,
    /** The display settings, read when the page loaded. */
    private readonly shown: Promise<Display> = display.getValue(),
  ) {}

  state(): TabState {
    const a = this.annotator;
    return {
      verdict: this.detection.verdict,
      reasons: this.detection.reasons,
      progress: a?.progress ?? 'idle',
      annotated: a?.annotated ?? false,
      words: a?.words ?? 0,
      ...(a?.error ? { error: a.error } : {}),
    };
  }

  /** Annotates the page; `early` is the gate's head start on the first words, if it made one. */
  async annotate(early?: EarlyRead): Promise<TabState> {
    const annotator = await this.ensureAnnotator();
    this.cards?.attach();
    await annotator.annotate(early);
    return this.state();
  }

  /** People, numbers and terms of the page's reading text (without menus and link lists). */
  async summary(): Promise<Result<PageSummary>> {
    const text = readingText(this.doc);
    try {
      return await backgroundMessenger.sendMessage('summarize', text);
    } catch (error) {
      return { ok: false, error: `Tifa's background did not answer (${String(error)}).` };
    }
  }

  reveal(text: string): boolean {
    return reveal(this.doc, text);
  }

  async toggle(): Promise<TabState> {
    if (this.annotator?.annotated) {
      this.revert();
      return this.state();
    }
    return this.annotate();
  }

  dispose(): void {
    this.unwatch?.();
    this.revert();
  }

  private revert(): void {
    this.cards?.detach();
    this.annotator?.revert();
  }

  private ensureAnnotator(): Promise<Annotator> {
    this.starting ??= this.createAnnotator();
    return this.starting;
  }

  private async createAnnotator(): Promise<Annotator> {
    const annotator = new Annotator({
      doc: this.doc,
      read: (texts) => backgroundMessenger.sendMessage('read', texts),
      readSoon: (texts) => backgroundMessenger.sendMessage('readSoon', texts),
      onChange: () => undefined,
      display: normalizeDisplay(await this.shown),
    });
    this.unwatch = display.watch((value) => annotator.setDisplay(normalizeDisplay(value)));
    this.cards = new Cards({
      doc: this.doc,
      entryOf: (headword) => annotator.entries.get(headword),
      lookup: (headword) => backgroundMessenger.sendMessage('lookup', headword).catch(() => null),
    });
    this.annotator = annotator;
    return annotator;
  }
}
