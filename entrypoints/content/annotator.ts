import type { Progress, Result } from '@/lib/messaging';
import type { Token } from '@/lib/reader';
import { collectTextNodes, isAnnotatable } from './collect';
import { renderRun, Runs } from './render';
import { injectStyles } from './styles';

/** Characters per request to the background: small enough to render within one frame. */
const CHUNK_CHARS = 4000;
/** Delay before new page content is annotated, so bursts of mutations become one pass. */
const SETTLE_MS = 120;
const RETRIES = 3;

export interface AnnotatorDeps {
  doc: Document;
  read(texts: string[]): Promise<Result<Token[][]>>;
  /** Told whenever progress or the annotated state changes. */
  onChange(): void;
}

/**
 * Annotates a document and can take it all back. Owns the queue of text nodes still to do, the
 * map from our runs to the page's original nodes, and the observer that follows page changes.
 */
export class Annotator {
  progress: Progress = 'idle';
  error: string | undefined;
  private active = false;
  private readonly runs = new Runs();
  private readonly queue = new Set<Text>();
  private removeStyles: (() => void) | undefined;
  private observer: MutationObserver | undefined;
  private draining: Promise<void> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by revert: answers to requests of an earlier generation are dropped. */
  private generation = 0;

  constructor(private readonly deps: AnnotatorDeps) {}

  get annotated(): boolean {
    return this.active;
  }

  get words(): number {
    return this.runs.words();
  }

  /** Annotates everything not yet annotated; resolves when the page is done. */
  async annotate(): Promise<void> {
    const { doc } = this.deps;
    this.setProgress('working');
    if (!this.active) {
      this.active = true;
      this.error = undefined;
      this.removeStyles = injectStyles(doc);
      this.observe();
    }
    if (doc.body) this.enqueue(collectTextNodes(doc.body));
    await this.drain();
  }

  /** Puts the page's own nodes back and removes everything Tifa added. */
  revert(): void {
    this.generation++;
    this.active = false;
    clearTimeout(this.settleTimer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue.clear();
    this.runs.revert();
    this.removeStyles?.();
    this.removeStyles = undefined;
    this.progress = 'idle';
    this.deps.doc.documentElement.removeAttribute('data-tifa-progress');
    this.deps.onChange();
  }

  private setProgress(progress: Progress): void {
    this.progress = progress;
    this.deps.doc.documentElement.setAttribute('data-tifa-progress', progress);
    this.deps.onChange();
  }

  private enqueue(nodes: Iterable<Text>): void {
    for (const node of nodes) this.queue.add(node);
  }

  /** Runs one more pass over the queue after any pass already under way. */
  private drain(): Promise<void> {
    const pass = (this.draining ?? Promise.resolve()).then(() => this.drainLoop());
    this.draining = pass;
    return pass;
  }

  private async drainLoop(): Promise<void> {
    const generation = this.generation;
    while (this.queue.size > 0 && generation === this.generation) {
      const chunk = this.takeChunk();
      const answer = await this.readWithRetry(chunk.map((n) => n.data));
      if (generation !== this.generation) return;
      if (!answer.ok) {
        this.error = answer.error;
        this.queue.clear();
        this.setProgress('error');
        return;
      }
      this.apply(chunk, answer.value);
      await nextTask();
    }
    if (generation === this.generation && this.active) this.setProgress('done');
  }

  /** The next nodes to send, up to CHUNK_CHARS characters; nodes the page dropped are skipped. */
  private takeChunk(): Text[] {
    const chunk: Text[] = [];
    let chars = 0;
    for (const node of this.queue) {
      this.queue.delete(node);
      if (!node.isConnected || !isAnnotatable(node)) continue;
      chunk.push(node);
      chars += node.data.length;
      if (chars >= CHUNK_CHARS) break;
    }
    return chunk;
  }

  private async readWithRetry(texts: string[]): Promise<Result<Token[][]>> {
    let last: Result<Token[][]> = { ok: false, error: 'no answer' };
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      try {
        last = await this.deps.read(texts);
        if (last.ok) return last;
      } catch (error) {
        // A stopped service worker or a reloaded extension: wait a moment and ask again.
        last = { ok: false, error: `the extension's background did not answer (${String(error)})` };
      }
      await sleep(200 * 2 ** attempt);
    }
    return last;
  }

  private apply(chunk: readonly Text[], tokens: readonly Token[][]): void {
    const { doc } = this.deps;
    chunk.forEach((node, i) => {
      const words = tokens[i];
      // The page may have changed the node while we waited: then it is queued again.
      if (!words || !node.parentNode || words.map((t) => t.w).join('') !== node.data) {
        if (node.isConnected) this.queue.add(node);
        return;
      }
      this.runs.replace(node, renderRun(doc, words));
    });
    this.observer?.takeRecords(); // our own changes are not page changes
  }

  private observe(): void {
    const body = this.deps.doc.body;
    if (!body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    let found = false;
    for (const record of records) {
      if (Runs.inside(record.target)) continue;
      const nodes =
        record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        if (Runs.inside(node)) continue;
        for (const text of collectTextNodes(node)) {
          this.queue.add(text);
          found = true;
        }
      }
    }
    if (!found) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.setProgress('working');
      void this.drain();
    }, SETTLE_MS);
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
