import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, type Box, type Size } from '../../../lib/glossary/position';

const viewport: Size = { width: 1000, height: 800 };
const term = (left: number, top: number, width = 60, height = 24): Box => ({ left, top, right: left + width, bottom: top + height });

/** The box the card takes once its max sizes apply. */
function cardBox(t: Box, card: Size, view: Size): Box {
  const p = placeCard(t, card, view);
  const width = Math.min(card.width, p.maxWidth);
  const height = Math.min(card.height, p.maxHeight);
  return { left: p.left, top: p.top, right: p.left + width, bottom: p.top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it.each([
    ['below when it fits', term(100, 100), { width: 300, height: 200 }, { placement: 'below', left: 100, top: 128 }],
    ['above when below is short', term(100, 700), { width: 300, height: 200 }, { placement: 'above', left: 100, top: 496 }],
    ['shifted left at the right edge', term(950, 100), { width: 300, height: 200 }, { placement: 'below', left: 692, top: 128 }],
    ['kept off the left edge', term(2, 100), { width: 300, height: 200 }, { placement: 'below', left: 8, top: 128 }],
  ] as const)('%s', (_name, t, card, expected) => {
    expect(placeCard(t, card, viewport)).toMatchObject(expected);
  });

  it('scrolls on the roomier side when neither side has room', () => {
    const p = placeCard(term(100, 300), { width: 300, height: 700 }, viewport);
    expect(p).toMatchObject({ placement: 'below', top: 328, maxHeight: 800 - 8 - 328 });
  });

  it('never covers the term and stays in the viewport (property)', () => {
    const arb = fc.record({
      vw: fc.integer({ min: 200, max: 2000 }),
      vh: fc.integer({ min: 200, max: 1500 }),
      x: fc.double({ min: 0, max: 0.95, noNaN: true }),
      y: fc.double({ min: 0, max: 0.95, noNaN: true }),
      tw: fc.integer({ min: 8, max: 400 }),
      th: fc.integer({ min: 10, max: 60 }),
      cw: fc.integer({ min: 100, max: 900 }),
      ch: fc.integer({ min: 50, max: 1200 }),
    });
    fc.assert(
      fc.property(arb, ({ vw, vh, x, y, tw, th, cw, ch }) => {
        const view = { width: vw, height: vh };
        const left = x * vw;
        const top = y * (vh - th);
        const t = { left, top, right: Math.min(left + tw, vw), bottom: top + th };
        const box = cardBox(t, { width: cw, height: ch }, view);
        expect(overlaps(box, t)).toBe(false);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(vw);
        expect(box.bottom).toBeLessThanOrEqual(vh);
      }),
    );
  });
});
