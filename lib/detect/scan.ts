/**
 * One pass over the text for many literal markers at once: an index by first character (as a
 * UTF-16 code unit), longest marker first at each position. Cheaper than one search per marker (a
 * few hundred of them) and gives the longest-match reading that 区委书记 vs 书记 needs.
 */
export class MarkerScanner<G extends string> {
  private readonly byFirst = new Map<number, Array<{ marker: string; group: G }>>();
  /** For each UTF-16 code unit, 1 + its index in `lists`, or 0: an array lookup per character. */
  private readonly index = new Uint16Array(65536);
  private readonly lists: Array<Array<{ marker: string; group: G }>> = [];

  constructor(groups: Readonly<Record<G, readonly string[]>>) {
    for (const group of Object.keys(groups) as G[]) {
      for (const marker of groups[group]) {
        if (!marker) continue;
        const first = marker.charCodeAt(0);
        const list = this.byFirst.get(first) ?? [];
        if (!list.some((entry) => entry.marker === marker)) list.push({ marker, group });
        this.byFirst.set(first, list);
      }
    }
    for (const [first, list] of this.byFirst) {
      list.sort((a, b) => b.marker.length - a.marker.length);
      this.lists.push(list);
      this.index[first] = this.lists.length;
    }
  }

  /** Occurrences of each marker, by group. */
  scan(text: string): Map<G, Map<string, number>> {
    const found = new Map<G, Map<string, number>>();
    const end = text.length;
    for (let i = 0; i < end; i++) {
      const slot = this.index[text.charCodeAt(i)] as number;
      if (slot === 0) continue;
      for (const { marker, group } of this.lists[slot - 1] as Array<{ marker: string; group: G }>) {
        if (!text.startsWith(marker, i)) continue;
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
