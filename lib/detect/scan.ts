/**
 * One pass over the text for many literal markers at once, longest marker first at each position
 * (the reading that 区委书记 vs 书记 needs). Built for code that runs cold, once per page: the
 * index is made ahead of time (scripts/detect/build-markers.ts writes marker-index.ts), markers
 * sorted by first code unit and longest first, so the markers of one first code unit are a run
 * of the list and first use only notes where each run starts. The scan compares the second code
 * unit before calling `startsWith`, so most positions cost a typed-array load and a comparison.
 */

/** The markers as one sorted list (one per line) and the group of each (a letter, `a` for the first group). */
export interface MarkerIndex<G extends string> {
  list: string;
  codes: string;
  groups: readonly G[];
}

/** The index of `groups`: each marker once (in its first group), by first code unit, longest first. */
export function indexMarkers<G extends string>(groups: Readonly<Record<G, readonly string[]>>): MarkerIndex<G> {
  const names = Object.keys(groups) as G[];
  const entries: Array<[string, number]> = [];
  const seen = new Set<string>();
  names.forEach((group, g) => {
    for (const marker of groups[group]) {
      if (marker.length < 2 || marker.includes('\n') || seen.has(marker)) continue;
      seen.add(marker);
      entries.push([marker, g]);
    }
  });
  entries.sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return {
    list: entries.map(([marker]) => marker).join('\n'),
    codes: entries.map(([, g]) => String.fromCharCode(97 + g)).join(''),
    groups: names,
  };
}

export class MarkerScanner<G extends string> {
  /** For each UTF-16 code unit, 1 + the index of the first marker starting with it, or 0. */
  private readonly head = new Uint16Array(65536);
  private readonly markers: string[];

  constructor(private readonly index: MarkerIndex<G>) {
    this.markers = index.list.split('\n');
    for (let id = this.markers.length - 1; id >= 0; id--) this.head[(this.markers[id] as string).charCodeAt(0)] = id + 1;
  }

  /** Occurrences of each marker, by group. */
  scan(text: string): Map<G, Map<string, number>> {
    const found = new Map<G, Map<string, number>>();
    const { head, markers } = this;
    const { codes, groups } = this.index;
    const end = text.length - 1;
    for (let i = 0; i < end; i++) {
      const c0 = text.charCodeAt(i);
      let id = head[c0] as number;
      if (id === 0) continue;
      const c1 = text.charCodeAt(i + 1);
      for (id--; id < markers.length; id++) {
        const marker = markers[id] as string;
        if (marker.charCodeAt(0) !== c0) break;
        if (marker.charCodeAt(1) !== c1 || (marker.length > 2 && !text.startsWith(marker, i))) continue;
        const group = groups[codes.charCodeAt(id) - 97] as G;
        let counts = found.get(group);
        if (!counts) found.set(group, (counts = new Map()));
        counts.set(marker, (counts.get(marker) ?? 0) + 1);
        i += marker.length - 1;
        break;
      }
    }
    return found;
  }
}
