import { strongLeftCue } from '../../lib/figures/cues';
import { SURNAMES, TRANSLITERATION } from '../../lib/figures/name-data';
import type { Token } from '../../lib/figures/types';

/** One sentence's gold and found names as `start:end` keys, with the tagger's words. */
export interface Judged {
  text: string;
  tokens: readonly Token[];
  gold: ReadonlySet<string>;
  found: ReadonlySet<string>;
}

const bounds = (key: string) => key.split(':').map(Number) as [number, number];

function overlaps(key: string, others: ReadonlySet<string>): boolean {
  const [a, b] = bounds(key);
  return [...others].some((o) => {
    const [c, d] = bounds(o);
    return o !== key && c < b && a < d;
  });
}

/** The kinds a name belongs to, for counting what the tagger misses or invents. */
function kinds(s: Judged, key: string, other: ReadonlySet<string>): string[] {
  const [a, b] = bounds(key);
  const name = s.text.slice(a, b);
  const out: string[] = [];
  const foreign = /[·・]/u.test(name) || (name.length >= 2 && Array.from(name).every((c) => TRANSLITERATION.has(c)) && !SURNAMES.has(name[0]!));
  if (foreign) out.push('foreign');
  else if (name.length === 1) out.push('one char');
  else if (!SURNAMES.has(name[0]!)) out.push('no known surname');
  else out.push(`Han ${name.length}`);
  if (overlaps(key, other)) out.push('wrong boundary');
  if (!s.tokens.some((t) => t.start === a) || !s.tokens.some((t) => t.end === b)) out.push('cut by jieba words');
  if (strongLeftCue(s.text, a)) out.push('after a cue');
  if (/、/u.test(s.text.slice(a - 1, a) + s.text.slice(b, b + 1))) out.push('in a 、 list');
  if (/^(?:理论|思想|主义)/u.test(s.text.slice(b, b + 2))) out.push('in a doctrine');
  return out;
}

function tally(into: Map<string, number>, keys: readonly string[]): void {
  for (const k of keys) into.set(k, (into.get(k) ?? 0) + 1);
}

/** Counts of missed (FN) and invented (FP) names by kind, and examples in context if `show`. */
export function printErrors(judged: readonly Judged[], show: boolean): void {
  const missed = new Map<string, number>();
  const invented = new Map<string, number>();
  for (const s of judged) {
    const context = (key: string) => {
      const [a, b] = bounds(key);
      return `${s.text.slice(Math.max(0, a - 8), a)}[${s.text.slice(a, b)}]${s.text.slice(b, b + 8)}`;
    };
    for (const g of s.gold) {
      if (s.found.has(g)) continue;
      const k = kinds(s, g, s.found);
      tally(missed, k);
      if (show) console.log('FN', k.join(','), context(g));
    }
    for (const f of s.found) {
      if (s.gold.has(f)) continue;
      const k = kinds(s, f, s.gold);
      tally(invented, k);
      if (show) console.log('FP', k.join(','), context(f));
    }
  }
  const line = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`missed by kind:   ${line(missed)}`);
  console.log(`invented by kind: ${line(invented)}`);
}
