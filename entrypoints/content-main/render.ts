import { formatSyllable, parseSyllable, type ToneStyle } from '@/lib/pinyin/format';
import type { TermToken } from '@/lib/glossary/mark';
import { OWN_ATTR } from './collect';

/** The element that stands in for one annotated text node. */
export const RUN_TAG = 'tifa-run';

/** One syllable inside a reading; empty, drawn by CSS from `data-tifa-rt`. */
export const SYLLABLE_TAG = 'tifa-s';

/** How readings are drawn: the tone style, and whether each syllable takes its tone's colour. */
export interface ReadingStyle {
  tones: ToneStyle;
  toneColors: boolean;
}

/**
 * One word as one ruby: `<ruby data-tifa-py="qū zhǎng">区长<rt data-tifa-rt="qū zhǎng"></rt></ruby>`.
 * A ruby per word lays out several times faster than a ruby per character in Chromium. The `rt`
 * stays empty: CSS draws the reading from `data-tifa-rt`, so pinyin never becomes text that
 * selection or copy could pick up. With tone colours on, each syllable is an empty element of
 * its own (`<rt><tifa-s data-tifa-rt="qū" data-tifa-tone="1"/>…</rt>`) that takes its tone's
 * colour; otherwise one attribute is cheaper to style and lay out than an element per syllable.
 */
function renderWord(doc: Document, word: string, py: string, style: ReadingStyle): HTMLElement {
  const ruby = doc.createElement('ruby');
  ruby.setAttribute('data-tifa-py', py);
  const rt = doc.createElement('rt');
  fillReading(doc, rt, py, style);
  ruby.append(word, rt);
  return ruby;
}

function fillReading(doc: Document, rt: Element, py: string, style: ReadingStyle): void {
  const syllables = py.split(' ');
  if (!style.toneColors) {
    rt.replaceChildren();
    rt.setAttribute('data-tifa-rt', syllables.map((s) => formatSyllable(s, style.tones)).join(' '));
    return;
  }
  rt.removeAttribute('data-tifa-rt');
  rt.replaceChildren(
    ...syllables.map((syllable) => {
      const el = doc.createElement(SYLLABLE_TAG);
      setReading(el, syllable, style.tones);
      return el;
    }),
  );
}

function setReading(el: Element, syllable: string, tones: ToneStyle): void {
  el.setAttribute('data-tifa-rt', formatSyllable(syllable, tones));
  el.setAttribute('data-tifa-tone', String(parseSyllable(syllable).tone));
}

/** The element of one glossary term occurrence; focusable, so keyboard users reach its card. */
export const TERM_TAG = 'tifa-term';

/**
 * The stand-in for a text node: its words, Han words as ruby, the rest as plain text; the words
 * of one glossary term occurrence inside a `tifa-term[data-tifa-term]`.
 */
export function renderRun(doc: Document, tokens: readonly TermToken[], style: ReadingStyle): HTMLElement {
  const run = doc.createElement(RUN_TAG);
  run.setAttribute(OWN_ATTR, '');
  let term: HTMLElement | undefined;
  let occurrence: number | undefined;
  for (const token of tokens) {
    const node = token.py ? renderWord(doc, token.w, token.py, style) : doc.createTextNode(token.w);
    if (token.t === undefined) {
      term = undefined;
      run.append(node);
      continue;
    }
    if (!term || token.o !== occurrence) {
      term = doc.createElement(TERM_TAG);
      term.setAttribute('data-tifa-term', token.t);
      term.tabIndex = 0;
      occurrence = token.o;
      run.append(term);
    }
    term.append(node);
  }
  return run;
}

/** Shows a run's readings in another style; the words' data-tifa-py stays as it is. */
export function restyleRun(run: Element, style: ReadingStyle): void {
  const doc = run.ownerDocument;
  for (const word of Array.from(run.querySelectorAll('[data-tifa-py]'))) {
    const rt = word.querySelector('rt');
    if (rt) fillReading(doc, rt, word.getAttribute('data-tifa-py') ?? '', style);
  }
}

/**
 * The original text node of every run on the page, so that revert puts back the very same
 * nodes. A run the page itself removed is forgotten: its text went with it.
 */
export class Runs {
  private readonly originals = new Map<Element, Text>();
  private readonly runOf = new Map<Text, Element>();

  replace(node: Text, run: HTMLElement): void {
    node.replaceWith(run);
    this.originals.set(run, node);
    this.runOf.set(node, run);
  }

  /** The original node, back in place of its run (the page changed its text meanwhile). */
  restore(original: Text): boolean {
    const run = this.runOf.get(original);
    if (!run) return false;
    if (run.parentNode) run.replaceWith(original);
    this.forget(run, original);
    return true;
  }

  /** Whether `original` is stood in for by a run that is on the page. */
  shown(original: Text): boolean {
    return this.runOf.get(original)?.isConnected ?? false;
  }

  /** Words (ruby elements) currently on the page. */
  words(): number {
    let n = 0;
    for (const run of this.originals.keys()) if (run.isConnected) n += run.childElementCount;
    return n;
  }

  /** Every run element on the page. */
  elements(): IterableIterator<Element> {
    return this.originals.keys();
  }

  /** Drops runs that left the document together with their text. */
  prune(): void {
    for (const [run, original] of this.originals) if (!run.isConnected) this.forget(run, original);
  }

  /** Whether `node` is inside a run (our own output). */
  static inside(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return el?.closest(RUN_TAG) != null;
  }

  revert(): void {
    for (const [run, original] of this.originals) {
      if (run.parentNode) run.replaceWith(original);
    }
    this.originals.clear();
    this.runOf.clear();
  }

  private forget(run: Element, original: Text): void {
    this.originals.delete(run);
    this.runOf.delete(original);
  }
}
