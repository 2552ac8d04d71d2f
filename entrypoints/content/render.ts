import { formatSyllable, parseSyllable, type ToneStyle } from '@/lib/pinyin/format';
import type { Token } from '@/lib/reader';
import { HAN } from '@/lib/text/han';
import { OWN_ATTR } from './collect';

/** The element that stands in for one annotated text node. */
export const RUN_TAG = 'tifa-run';

/** The element of one segmented word; it carries the word's reading in `data-tifa-py`. */
export const WORD_TAG = 'tifa-w';

/**
 * One word, a ruby per Han character so that each syllable sits over its own character:
 * `<tifa-w data-tifa-py="qū zhǎng"><ruby>区<rt/></ruby><ruby>长<rt/></ruby></tifa-w>`. The rt
 * elements stay empty: CSS draws the syllable from `data-tifa-rt`, so pinyin never becomes
 * text that selection or copy could pick up.
 */
function renderWord(doc: Document, word: string, py: string, tones: ToneStyle): HTMLElement {
  const el = doc.createElement(WORD_TAG);
  el.setAttribute('data-tifa-py', py);
  const syllables = py.split(' ');
  let i = 0;
  for (const ch of word) {
    if (!HAN.test(ch)) {
      el.append(ch);
      continue;
    }
    const ruby = doc.createElement('ruby');
    const rt = doc.createElement('rt');
    setReading(rt, syllables[i++] ?? '', tones);
    ruby.append(ch, rt);
    el.append(ruby);
  }
  el.normalize();
  return el;
}

function setReading(rt: Element, syllable: string, tones: ToneStyle): void {
  rt.setAttribute('data-tifa-rt', formatSyllable(syllable, tones));
  rt.setAttribute('data-tifa-tone', String(parseSyllable(syllable).tone));
}

/** The stand-in for a text node: its words, Han words as ruby, the rest as plain text. */
export function renderRun(doc: Document, tokens: readonly Token[], tones: ToneStyle): HTMLElement {
  const run = doc.createElement(RUN_TAG);
  run.setAttribute(OWN_ATTR, '');
  for (const token of tokens) {
    run.append(token.py ? renderWord(doc, token.w, token.py, tones) : token.w);
  }
  return run;
}

/** Shows a run's readings in another tone style; the words' data-tifa-py stays as it is. */
export function restyleRun(run: Element, tones: ToneStyle): void {
  for (const word of Array.from(run.children)) {
    const syllables = (word.getAttribute('data-tifa-py') ?? '').split(' ');
    word.querySelectorAll('rt').forEach((rt, i) => setReading(rt, syllables[i] ?? '', tones));
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
