/** How far below the fold still counts as "in view": the next screenful is read first too. */
const LOOKAHEAD = 1;

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
  for (const group of groups) {
    const rect = group[0]?.parentElement?.getBoundingClientRect();
    const visible = rect !== undefined && rect.bottom >= 0 && rect.top <= bottom && rect.height > 0;
    (visible ? inView : rest).push(group);
  }
  return [...inView, ...rest];
}
