/** How far below the fold still counts as "in view": the next screenful is read first too. */
const LOOKAHEAD = 1;
/**
 * Groups come in document order, which is nearly always top to bottom: after this many in a row
 * below the fold, the rest are taken to be below it too without measuring them. Measuring a
 * paragraph that is laid out only near the viewport (styles.ts) makes the browser lay it out.
 */
const BELOW_IN_A_ROW = 12;

/**
 * Groups in view first (document order kept within each part). All rectangles are read before
 * anything is written, so the page lays out once.
 */
export function visibleFirst<T extends Text[]>(groups: T[]): T[] {
  const view = groups[0]?.[0]?.ownerDocument.defaultView;
  if (!view || groups.length < 2) return groups;
  const bottom = view.innerHeight * (1 + LOOKAHEAD);
  const inView: T[] = [];
  const rest: T[] = [];
  let below = 0;
  let i = 0;
  for (; i < groups.length && below < BELOW_IN_A_ROW; i++) {
    const group = groups[i]!;
    const rect = group[0]?.parentElement?.getBoundingClientRect();
    const visible = rect !== undefined && rect.bottom >= 0 && rect.top <= bottom && rect.height > 0;
    below = rect !== undefined && rect.top > bottom ? below + 1 : 0;
    (visible ? inView : rest).push(group);
  }
  return [...inView, ...rest, ...groups.slice(i)];
}
