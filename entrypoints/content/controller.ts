import type { Detection } from '@/lib/detect';
import { backgroundMessenger, type TabState } from '@/lib/messaging';
import { display, normalizeDisplay } from '@/lib/settings';
import { Annotator } from './annotator';

/**
 * One document's Tifa: its verdict, and an annotator that is only built (settings read,
 * stylesheet ready) when the page is first annotated.
 */
export class Controller {
  private annotator: Annotator | undefined;
  private starting: Promise<Annotator> | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly detection: Detection,
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

  async annotate(): Promise<TabState> {
    const annotator = await this.ensureAnnotator();
    await annotator.annotate();
    return this.state();
  }

  async toggle(): Promise<TabState> {
    if (this.annotator?.annotated) {
      this.annotator.revert();
      return this.state();
    }
    return this.annotate();
  }

  dispose(): void {
    this.unwatch?.();
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
      onChange: () => undefined,
      display: normalizeDisplay(await display.getValue()),
    });
    this.unwatch = display.watch((value) => annotator.setDisplay(normalizeDisplay(value)));
    this.annotator = annotator;
    return annotator;
  }
}
