import { TONE_COLORS } from '@/lib/pinyin/format';
import type { Display } from '@/lib/settings';
import { OWN_ATTR } from './collect';
import { NEAR_VIEW_LAYOUT, removeEarlyLayout } from './layout';
import { RUN_TAG, SYLLABLE_TAG, TERM_TAG } from './render';

/**
 * Two impossible ids raise specificity above any page rule on `ruby`, `rt` or `*`, and every
 * declaration is !important, so page styles cannot hide or restyle the ruby. Every selector
 * names Tifa's own elements, so nothing leaks onto the page's.
 */
const STRONG = ':not(#tifa-x):not(#tifa-y)';
const RUBY = `ruby[data-tifa-py]${STRONG}`;
const RT = `ruby[data-tifa-py] > rt${STRONG}`;
const SYLLABLE = `ruby[data-tifa-py] > rt > ${SYLLABLE_TAG}${STRONG}`;


/**
 * The readings' rules, and the near-viewport layout of paragraphs while a page is annotated
 * (layout.ts). The layout rule holds from before the first word is inserted: a paragraph that
 * turned `auto` only on its first ruby would be laid out whole once before the browser found it
 * off screen.
 */
function css(display: Display): string {
  const toneRules = display.toneColors
    ? TONE_COLORS.map((color, i) => `${SYLLABLE}[data-tifa-tone="${i + 1}"] { color: ${color} !important; }`).join('\n')
    : '';
  const hover = display.hoverOnly
    ? `${RUBY}:not(:hover) > rt { visibility: hidden !important; }`
    : '';
  return `
${RUN_TAG}${STRONG} {
  display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: none !important; float: none !important; position: static !important;
}
${RUBY} {
  display: ruby !important; ruby-position: ${display.position} !important; ruby-align: center !important;
  visibility: visible !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  float: none !important; position: static !important; text-indent: 0 !important;
  background: none !important; width: auto !important; height: auto !important;
}
${RT} {
  display: ruby-text !important; visibility: visible !important;
  font-size: max(${display.size / 100}em, 9px) !important;
  font-style: normal !important; font-weight: normal !important; letter-spacing: 0 !important;
  text-transform: none !important; text-indent: 0 !important; line-height: 1 !important;
  text-align: center !important; white-space: nowrap !important; user-select: none !important; -webkit-user-select: none !important;
  opacity: 0.85 !important; margin: 0 !important; padding: 0 0.1em !important; border: 0 !important;
  float: none !important; position: static !important; width: auto !important; height: auto !important;
  color: inherit !important; background: none !important; text-shadow: none !important;
  font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif !important;
}
${SYLLABLE} {
  display: inline !important; margin: 0 0.12em !important; padding: 0 !important; border: 0 !important;
  color: inherit !important; background: none !important; font: inherit !important;
  text-decoration: none !important; text-transform: none !important; visibility: inherit !important;
}
${SYLLABLE}::before, ${RT}[data-tifa-rt]::before { content: attr(data-tifa-rt) !important; display: inline !important; }
${RUN_TAG}${STRONG}::before, ${RUN_TAG}${STRONG}::after, ${RUBY}::before, ${RUBY}::after,
${RT}:not([data-tifa-rt])::before, ${RT}::after, ${SYLLABLE}::after, ${TERM_TAG}${STRONG}::before, ${TERM_TAG}${STRONG}::after {
  content: none !important; display: none !important;
}
${TERM_TAG}[data-tifa-term]${STRONG} {
  display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: none !important; float: none !important; position: static !important;
  text-decoration: underline dotted rgba(179, 38, 30, 0.75) !important; text-decoration-thickness: 0.09em !important;
  text-underline-offset: 0.2em !important; cursor: help !important; border-radius: 0.15em !important;
}
${TERM_TAG}[data-tifa-term]${STRONG}:hover, ${TERM_TAG}[data-tifa-term]${STRONG}[aria-describedby] {
  background: rgba(179, 38, 30, 0.1) !important;
}
${TERM_TAG}[data-tifa-term]${STRONG}:focus-visible { outline: 2px solid #1a56db !important; outline-offset: 1px !important; }
${toneRules}
${hover}
html[data-tifa-progress] p { ${NEAR_VIEW_LAYOUT} }
`;
}

/** Tifa's stylesheet in a document: added on annotate, rewritten when settings change, removed on revert. */
export class Styles {
  private style: HTMLStyleElement | undefined;

  constructor(
    private readonly doc: Document,
    private display: Display,
  ) {}

  attach(): void {
    if (this.style) return;
    this.style = this.doc.createElement('style');
    this.style.setAttribute(OWN_ATTR, '');
    this.style.textContent = css(this.display);
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    removeEarlyLayout(this.doc);
  }

  update(display: Display): void {
    this.display = display;
    if (this.style) this.style.textContent = css(display);
  }

  detach(): void {
    this.style?.remove();
    this.style = undefined;
  }
}
