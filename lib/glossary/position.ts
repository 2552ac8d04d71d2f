/** A box in viewport coordinates (CSS pixels), as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  placement: 'below' | 'above';
  /** Room the card has on its side: give it as max-height, and the card scrolls inside. */
  maxHeight: number;
  maxWidth: number;
}

/** Space between the term and the card, and between the card and the viewport's edges. */
const GAP = 4;
const MARGIN = 8;

const clamp = (x: number, min: number, max: number) => Math.min(Math.max(x, min), Math.max(min, max));

/**
 * Where a card opens: below the term when it fits, else above, else on the roomier side with a
 * max-height so that it scrolls. The card never covers the term (it stays entirely below its
 * bottom or above its top) and, when the viewport has room for it at all, stays inside it.
 * Horizontally it starts at the term's left edge and shifts left to stay on screen.
 */
export function placeCard(term: Box, card: Size, viewport: Size): CardPlacement {
  const below = viewport.height - MARGIN - (term.bottom + GAP);
  const above = term.top - GAP - MARGIN;
  const fitsBelow = card.height <= below;
  const side = fitsBelow || (card.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const maxWidth = Math.max(0, viewport.width - 2 * MARGIN);
  const width = Math.min(card.width, maxWidth);
  return {
    left: clamp(term.left, MARGIN, viewport.width - MARGIN - width),
    top: side === 'below' ? term.bottom + GAP : term.top - GAP - height,
    placement: side,
    maxHeight: room,
    maxWidth,
  };
}
