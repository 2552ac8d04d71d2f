import type { TermToken } from '@/lib/glossary/mark';
import type { GlossaryEntry } from '@/lib/glossary/types';
import type { Progress, ReadResult, Result } from '@/lib/messaging';
import { DEFAULT_DISPLAY, type Display } from '@/lib/settings';
import { splitTokens } from '@/lib/text/split-tokens';
import type { EarlyRead } from './api';
import { collectGroups, isAnnotatable } from './collect';
import { renderRun, restyleRun, Runs } from './render';
import { nextTurn, SLICE_MS, sleep, withTimeout, yieldToMain } from './schedule';
import { Styles } from './styles';
import { visibleFirst } from './viewport';

/** Characters per request to the background. */
const CHUNK_CHARS = 3000;
/** The first request of a pass is small: the words in view come back (and show) sooner. */
const FIRST_CHUNK_CHARS = 250;
/**
 * The chunks after it, while they are likely still in view, stay small too: a frame lays out
 * only the ruby it has to show, and 3,000 characters of it in view took Chromium over 50 ms.
 */
const EARLY_CHUNKS_CHARS = [600, 600, 600];
/** Quiet time before new page content is annotated, so bursts of mutations become one pass. */
const SETTLE_MS = 100;
/** At most one pass for page changes per this interval: a restless page cannot eat the CPU. */
const CHANGE_INTERVAL_MS = 1000;
const REQUEST_TIMEOUT_MS = 15_000;
const RETRIES = 3;

export interface AnnotatorDeps {
  doc: Document;
  read(texts: string[]): Promise<Result<ReadResult>>;
  /**
   * The first request of a pass: answered at once, provisionally while a stopped background
   * starts again. Provisional words are read again with the engine.
   */
  readSoon?(texts: string[]): Promise<Result<ReadResult>>;
  /** Told whenever progress or the annotated state changes. */
  onChange(): void;
  display?: Display;
}

/** A text that reads as one, spread over one or more of the page's text nodes. */
type Group = Text[];

/**
 * Annotates a document and can take it all back. Owns the queue of groups still to do, the map
 * from our runs to the page's original nodes, and the observer that follows page changes.
 */
export class Annotator {
  progress: Progress = 'idle';
  error: string | undefined;
  private active = false;
  private readonly runs = new Runs();
  /** Glossary entries of the terms read on this page, for the cards. */
  readonly entries = new Map<string, GlossaryEntry>();
  private queue: Group[] = [];
  /** Groups shown with a provisional reading, to be read again once the engine answers. */
  private redo: Group[] = [];
  private readonly provisional = new Set<Text>();
  private readonly queued = new Set<Text>();
  private readonly styles: Styles;
  private display: Display;
  private observer: MutationObserver | undefined;
  private readonly dirty = new Set<Node>();
  private draining: Promise<void> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastChangePass = 0;
  /** Bumped by revert: work of an earlier generation is dropped. */
  private generation = 0;

  constructor(private readonly deps: AnnotatorDeps) {
    this.display = deps.display ?? DEFAULT_DISPLAY;
    this.styles = new Styles(deps.doc, this.display);
  }

  get annotated(): boolean {
    return this.active;
  }

  get words(): number {
    return this.runs.words();
  }

  /**
   * Annotates everything not yet annotated, the viewport first; resolves when the page is done.
   * `early` is a first request the gate already made: its groups are not asked for again.
   */
  async annotate(early?: EarlyRead): Promise<void> {
    this.setProgress('working');
    if (!this.active) {
      this.active = true;
      this.error = undefined;
      this.observe();
    }
    // What is in view is read off the page's own layout first; then the stylesheet, whose new
    // layout of every paragraph (see styles.ts) the browser draws while the first words are read.
    // With the gate's head start, its words are shown before the rest of the page is collected.
    if (!early) this.collectPage();
    this.styles.attach();
    await this.drain(early);
  }

  /** Queues the page's groups not yet annotated, those in view first; `skip` are already asked for. */
  private collectPage(skip?: Text[][]): void {
    const body = this.deps.doc.body;
    if (body) this.enqueue(visibleFirst(withoutNodesOf(collectGroups(body), skip)), 'back');
  }

  /** Puts the page's own nodes back and removes everything Tifa added. */
  revert(): void {
    this.generation++;
    this.active = false;
    clearTimeout(this.changeTimer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.dirty.clear();
    this.queue = [];
    this.queued.clear();
    this.redo = [];
    this.provisional.clear();
    this.runs.revert();
    this.styles.detach();
    this.progress = 'idle';
    this.deps.doc.documentElement.removeAttribute('data-tifa-progress');
    this.deps.onChange();
  }

  /** New display settings: the stylesheet, and the readings when the tone style changed. */
  setDisplay(display: Display): void {
    const readingsChanged = display.tones !== this.display.tones || display.toneColors !== this.display.toneColors;
    this.display = display;
    this.styles.update(display);
    if (readingsChanged) for (const run of this.runs.elements()) restyleRun(run, display);
  }

  private setProgress(progress: Progress): void {
    this.progress = progress;
    this.deps.doc.documentElement.setAttribute('data-tifa-progress', progress);
    this.deps.onChange();
  }

  private enqueue(groups: Group[], where: 'front' | 'back'): void {
    const fresh = groups
      .map((group) => group.filter((node) => !this.queued.has(node)))
      .filter((group) => group.length > 0);
    for (const group of fresh) for (const node of group) this.queued.add(node);
    this.queue = where === 'front' ? [...fresh, ...this.queue] : [...this.queue, ...fresh];
  }

  /** Runs one more pass over the queue after any pass already under way. */
  private drain(early?: EarlyRead): Promise<void> {
    const pass = (this.draining ?? Promise.resolve()).then(() => this.drainLoop(early));
    this.draining = pass;
    return pass;
  }

  /**
   * Requests chunk after chunk from the background, asking for the next one while the current
   * one renders; the first chunk holds the viewport, later ones each wait a turn of the page's.
   * With the gate's head start (`early`), the page is collected once its words are shown.
   */
  private async drainLoop(early?: EarlyRead): Promise<void> {
    const generation = this.generation;
    let collected = early === undefined;
    let next = early ?? this.request(FIRST_CHUNK_CHARS, true);
    let sent = 1;
    let first = true;
    while (next && generation === this.generation) {
      const { groups, answer } = next;
      const result = await answer;
      if (generation !== this.generation) return;
      if (!result.ok && next === early) {
        // The gate's head start went wrong: those words are asked for again, with retries.
        if (!collected) this.collectPage(groups);
        collected = true;
        this.enqueue(groups.slice(), 'front');
        next = this.request(FIRST_CHUNK_CHARS, true);
        continue;
      }
      if (!result.ok) {
        this.fail(result.error);
        return;
      }
      const provisional = result.value.provisional === true;
      // The engine answers now (or nothing else is left): what was shown provisionally is read again first.
      if (provisional) this.redo.push(...groups);
      else if (this.redo.length > 0) this.enqueue(this.redo.splice(0), 'front');
      // The next chunk is asked for while this one renders, once the page has been collected.
      if (collected) next = this.requestNext(sent++);
      for (const [headword, entry] of Object.entries(result.value.entries)) this.entries.set(headword, entry);
      await this.apply(groups, result.value.tokens, generation, provisional);
      if (generation !== this.generation) return;
      if (!collected) {
        // A task of its own: collecting measures the page, which lays out the words just shown.
        await yieldToMain();
        if (generation !== this.generation) return;
        this.collectPage(groups);
        collected = true;
        next = this.requestNext(sent++);
      }
      if (!first) await nextTurn();
      first = false;
    }
    if (generation === this.generation && this.active) {
      this.runs.prune();
      this.setProgress('done');
    }
  }

  private fail(error: string): void {
    this.error = error;
    this.queue = [];
    this.queued.clear();
    this.setProgress('error');
  }

  /** The `sent`-th request of a pass (the first was 1); provisional words again once the queue is empty. */
  private requestNext(sent: number): ReturnType<Annotator['request']> {
    const next = this.request(EARLY_CHUNKS_CHARS[sent - 1]);
    if (next || this.redo.length === 0) return next;
    this.enqueue(this.redo.splice(0), 'front');
    return this.request();
  }

  /** Takes the next chunk off the queue and sends it; undefined when the queue is empty. */
  private request(limit = CHUNK_CHARS, soon = false): { groups: Group[]; answer: Promise<Result<ReadResult>> } | undefined {
    const groups: Group[] = [];
    let chars = 0;
    while (this.queue.length > 0 && chars < limit) {
      const group = (this.queue.shift() ?? []).filter((node) => {
        this.queued.delete(node);
        // A provisional node is off the page, its run stands in for it.
        return this.provisional.has(node) ? this.runs.shown(node) : node.isConnected && isAnnotatable(node);
      });
      if (group.length === 0) continue;
      groups.push(group);
      chars += group.reduce((n, node) => n + node.data.length, 0);
    }
    if (groups.length === 0) return undefined;
    const texts = groups.map((group) => group.map((node) => node.data).join(''));
    const read = soon && this.deps.readSoon ? this.deps.readSoon : this.deps.read;
    return { groups, answer: this.readWithRetry(read, texts) };
  }

  private async readWithRetry(read: AnnotatorDeps['read'], texts: string[]): Promise<Result<ReadResult>> {
    let last: Result<ReadResult> = { ok: false, error: 'no answer' };
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      try {
        last = await withTimeout(read(texts), REQUEST_TIMEOUT_MS, 'the background');
        if (last.ok) return last;
      } catch (error) {
        // A stopped service worker or a reloaded extension: wait a moment and ask again.
        last = { ok: false, error: `Tifa's background did not answer (${String(error)}). Reload the page to try again.` };
      }
      await sleep(250 * 2 ** attempt);
    }
    return last;
  }

  /** Renders a chunk in slices of a few milliseconds, giving the page the thread in between. */
  private async apply(groups: readonly Group[], tokens: readonly TermToken[][], generation: number, provisional = false): Promise<void> {
    const { doc } = this.deps;
    this.styles.attach();
    let sliceStart = performance.now();
    for (const [i, group] of groups.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
      const pieces = splitTokens(tokens[i] ?? [], group.map((node) => node.data.length));
      group.forEach((node, k) => {
        const words = pieces[k] ?? [];
        // A provisional run gives way to the new one in the same task: no flash of plain text.
        if (this.provisional.delete(node)) this.runs.restore(node);
        // The page may have changed the node while we waited: then it is read again.
        if (!node.parentNode || !isAnnotatable(node) || words.map((t) => t.w).join('') !== node.data) {
          if (node.isConnected) this.enqueue([[node]], 'front');
          return;
        }
        this.runs.replace(node, renderRun(doc, words, this.display));
        if (provisional) this.provisional.add(node);
        this.observer?.observe(node, { characterData: true });
      });
    }
  }

  private observe(): void {
    const body = this.deps.doc.body;
    if (!body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  /** Notes what changed, cheaply; the walk happens in the next (rate-limited) pass. */
  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === Node.TEXT_NODE) {
        // The page wrote to one of its own nodes that a run stands in for: put it back first.
        this.runs.restore(record.target as Text);
        this.dirty.add(record.target);
      } else if (!Runs.inside(record.target)) {
        for (const node of Array.from(record.addedNodes)) if (!Runs.inside(node)) this.dirty.add(node);
      }
    }
    if (this.dirty.size > 0 && this.changeTimer === undefined) {
      const wait = Math.max(SETTLE_MS, this.lastChangePass + CHANGE_INTERVAL_MS - Date.now());
      this.changeTimer = setTimeout(() => this.changePass(), wait);
    }
  }

  private changePass(): void {
    this.changeTimer = undefined;
    this.lastChangePass = Date.now();
    const roots = Array.from(this.dirty).filter((node) => node.isConnected);
    this.dirty.clear();
    const groups = roots.flatMap((root) => collectGroups(root));
    if (groups.length === 0) return;
    this.enqueue(visibleFirst(groups), 'front');
    this.setProgress('working');
    void this.drain();
  }
}

/** `groups` without the text nodes of `taken` (words already asked for). */
function withoutNodesOf(groups: Group[], taken: readonly Group[] | undefined): Group[] {
  if (!taken) return groups;
  const skip = new Set(taken.flat());
  return groups.map((group) => group.filter((node) => !skip.has(node))).filter((group) => group.length > 0);
}
