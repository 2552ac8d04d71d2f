import { OWN_ATTR } from './collect';

/**
 * Ruby costs Chromium about 100 µs of layout per word, seconds for a long article. While a page
 * is annotated, its paragraphs are therefore laid out only when they come near the viewport
 * (content-visibility), each with its last rendered height remembered. The containment clips
 * paint at the paragraph's edge, so readings that stick out past it get a margin to show in.
 * The page's own rules still win over this weak one.
 */
export const NEAR_VIEW_LAYOUT = 'content-visibility: auto; contain-intrinsic-block-size: auto 6em; overflow-clip-margin: 3em;';

/** Marks the gate's early layout rule (see earlyLayout). */
export const EARLY_LAYOUT_ATTR = 'data-tifa-early-layout';

/**
 * The same rule for a page that will probably be annotated, added by the gate at
 * DOMContentLoaded, before the page's first layout: that layout then covers the paragraphs in
 * view only, and the first words come that much sooner. The main script removes it when the
 * page is not annotated after all, and when its own stylesheet takes over.
 */
export function addEarlyLayout(doc: Document): void {
  const style = doc.createElement('style');
  style.setAttribute(EARLY_LAYOUT_ATTR, '');
  style.setAttribute(OWN_ATTR, '');
  style.textContent = `p { ${NEAR_VIEW_LAYOUT} }`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Removes the gate's early layout rule, if there is one. */
export function removeEarlyLayout(doc: Document): void {
  for (const style of Array.from(doc.querySelectorAll(`style[${EARLY_LAYOUT_ATTR}]`))) style.remove();
}
