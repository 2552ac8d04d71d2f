import { OWN_ATTR } from './collect';
import { RUN_TAG, WORD_TAG } from './render';

/**
 * Two impossible ids raise specificity above any page rule on `ruby`, `rt` or `*`, and every
 * declaration is !important, so page styles cannot hide or restyle the ruby. Every selector
 * names Tifa's own elements, so nothing leaks onto the page's.
 */
const STRONG = ':not(#tifa-x):not(#tifa-y)';

const CSS = `
${RUN_TAG}${STRONG}, ${WORD_TAG}${STRONG} {
  display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: none !important; float: none !important; position: static !important;
}
${WORD_TAG} > ruby${STRONG} {
  display: ruby !important; ruby-position: over !important; ruby-align: center !important;
  visibility: visible !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  float: none !important; position: static !important; text-indent: 0 !important;
  background: none !important; width: auto !important; height: auto !important;
}
${WORD_TAG} > ruby > rt[data-tifa-rt]${STRONG} {
  display: ruby-text !important; visibility: visible !important; font-size: max(0.55em, 9px) !important;
  font-style: normal !important; font-weight: normal !important; letter-spacing: 0 !important;
  text-transform: none !important; text-indent: 0 !important; line-height: 1 !important;
  text-align: center !important; user-select: none !important; -webkit-user-select: none !important;
  opacity: 0.85 !important; margin: 0 !important; padding: 0 0.14em !important; border: 0 !important;
  float: none !important; position: static !important; width: auto !important; height: auto !important;
  color: inherit !important; background: none !important;
  font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif !important;
}
${WORD_TAG} > ruby > rt[data-tifa-rt]${STRONG}::before { content: attr(data-tifa-rt) !important; }
`;

/** Adds Tifa's stylesheet to the document; returns a function that takes it out again. */
export function injectStyles(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_ATTR, '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
