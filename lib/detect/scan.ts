/**
 * One pass over the text for many literal markers at once, longest marker first at each position
 * (the reading that 区委书记 vs 书记 needs). Built for code that runs cold, once per page: the
 * index is flat arrays filled without sorting (markers are added longest first by bucketing them
 * by length), and the scan compares the second code unit before calling `startsWith`, so most
 * positions cost a typed-array load and a comparison.
 */
export class MarkerScanner<G extends string> {
  /** For each UTF-16 code unit, 1 + the index of the first marker starting with it, or 0. */
  private readonly head = new Uint16Array(65536);
  /** Markers in buckets by first code unit, longest first; `next` chains a bucket, 0 ends it. */
  private readonly markers: string[] = [''];
  private readonly second: number[] = [0];
  private readonly groupOf: G[] = [];
  private readonly next: number[] = [0];

  constructor(groups: Readonly<Record<G, readonly string[]>>) {
    const byLength: Array<Array<[string, G]>> = [];
    const seen = new Set<string>();
    for (const group of Object.keys(groups) as G[]) {
      for (const marker of groups[group]) {
        if (marker.length < 2 || seen.has(marker)) continue;
        seen.add(marker);
        (byLength[marker.length] ??= []).push([marker, group]);
      }
    }
    const tail = new Uint16Array(65536);
    for (let length = byLength.length - 1; length >= 2; length--) {
      for (const [marker, group] of byLength[length] ?? []) this.add(marker, group, tail);
    }
  }

  /** Append `marker` to the end of its bucket (markers arrive longest first). */
  private add(marker: string, group: G, tail: Uint16Array): void {
    const id = this.markers.length;
    this.markers.push(marker);
    this.second.push(marker.charCodeAt(1));
    this.groupOf.push(group);
    this.next.push(0);
    const first = marker.charCodeAt(0);
    const last = tail[first] as number;
    if (last === 0) this.head[first] = id;
    else this.next[last] = id;
    tail[first] = id;
  }

  /** Occurrences of each marker, by group. */
  scan(text: string): Map<G, Map<string, number>> {
    const found = new Map<G, Map<string, number>>();
    const { head, markers, second, next, groupOf } = this;
    const end = text.length - 1;
    for (let i = 0; i < end; i++) {
      let id = head[text.charCodeAt(i)] as number;
      if (id === 0) continue;
      const c1 = text.charCodeAt(i + 1);
      for (; id !== 0; id = next[id] as number) {
        if (second[id] !== c1) continue;
        const marker = markers[id] as string;
        if (marker.length > 2 && !text.startsWith(marker, i)) continue;
        const group = groupOf[id - 1] as G;
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
