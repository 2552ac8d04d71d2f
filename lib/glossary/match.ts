import { BLOCKERS } from './blockers';
import { FORMULA_SEP, keyStream, QUOTE_PAIRS, SEP, simplifyUnits, termKeys, type KeyStream } from './keys';
import { createPatterns, type PatternSet } from './patterns';
import { createTrieBuilder, scan, type Trie } from './trie';
import type { GlossaryEntry } from './types';

/** One occurrence of a glossary term: UTF-16 offsets into the text, end exclusive. */
export interface TermMatch {
  start: number;
  end: number;
  /** The headword in Simplified Chinese, also when the text wrote a variant. */
  headword: string;
}

export interface Matcher {
  /**
   * The terms of `text`, sorted, non-overlapping, the longest winning where they overlap.
   * `wordBoundaries` (offsets where the segmenter's words start or end, see `wordBoundaries`)
   * make a term of one or two characters count only where it is a word of its own.
   */
  match(text: string, wordBoundaries?: ReadonlySet<number>): TermMatch[];
  lookup(headword: string): GlossaryEntry | undefined;
}

/** Among matches of the same length: the headword as written, a variant, a formula, a pattern. */
const RANK = { headword: 0, variant: 1, formula: 2, pattern: 3, blocker: 4 } as const;
/** Terms this short are common inside ordinary words: 人大 in 让人大吃一惊. */
const SHORT = 2;

interface Candidate extends TermMatch {
  /** Length in keys (characters that count: no quotes, spaces or separators). */
  size: number;
  rank: number;
}

/** Offsets where words start or end, from a segmenter's words that spell the text. */
export function wordBoundaries(words: readonly string[]): Set<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const word of words) out.add((at += word.length));
  return out;
}

/** At most this many spellings of one formula (its items' variants multiply). */
const MAX_SPELLINGS = 64;

/**
 * The key sequences of a numbered formula written out in full: 政治意识、大局意识、核心意识、看齐意识.
 * An item that is itself an entry may be written as one of its variants (为民服务孺子牛 for 孺子牛).
 * Two short items (养老、托育) are everyday speech, not a formula.
 */
function formulaSpellings(components: readonly string[], forms: (item: string) => number[][]): number[][] {
  if (components.length < 2) return [];
  const items = components.map(forms);
  const shortest = Math.min(...items.map((spellings) => Math.min(...spellings.map((keys) => keys.length))));
  if (shortest === 0 || (items.length === 2 && shortest < 3)) return [];
  let out: number[][] = [[]];
  for (const spellings of items) {
    out = out.flatMap((head) => spellings.map((keys) => (head.length ? [...head, FORMULA_SEP, ...keys] : keys)));
    if (out.length > MAX_SPELLINGS) out = out.slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** A term's key sequences: as written and, when it has separators, without them (人民至上生命至上). */
function spellings(form: string): number[][] {
  const keys = termKeys(form);
  if (keys.length === 0) return [];
  const bare = keys.filter((key) => key !== SEP);
  return bare.length < keys.length ? [keys, bare] : [keys];
}

function buildTrie(entries: readonly GlossaryEntry[]): Trie {
  const trie = createTrieBuilder();
  // Every distinct key sequence of an entry: Traditional variants mostly fold into the headword.
  const formsOf = new Map<string, number[][]>();
  for (const { headword, variants = [] } of entries) {
    // An X marks a template (X届X次会议): patterns.ts matches those.
    const forms = [headword, ...variants].filter((form) => !form.includes('X')).flatMap(spellings);
    formsOf.set(headword, [...new Map(forms.map((keys) => [keys.join(), keys])).values()]);
  }
  for (const { headword, variants = [], components } of entries) {
    for (const [i, form] of [headword, ...variants].entries()) {
      if (form.includes('X')) continue;
      for (const keys of spellings(form)) trie.insert(keys, { headword, rank: i === 0 ? RANK.headword : RANK.variant });
    }
    const itemForms = (item: string) => formsOf.get(item) ?? [termKeys(item)];
    for (const keys of formulaSpellings(components ?? [], itemForms)) trie.insert(keys, { headword, rank: RANK.formula });
  }
  for (const blocker of BLOCKERS) trie.insert(termKeys(blocker), { headword: '', rank: RANK.blocker });
  return trie.compile();
}

function collect(text: string, trie: Trie, patterns: PatternSet, stream: KeyStream, boundaries?: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const { offsets } = stream;
  scan(trie, stream, (firstKey, lastKey, { headword, rank }, size) => {
    const start = offsets[firstKey] as number;
    const end = (offsets[lastKey] as number) + 1;
    if (headword && size <= SHORT && boundaries && !(boundaries.has(start) && boundaries.has(end))) return;
    // Keys are one UTF-16 unit each: a longer span has skipped quotes, spaces or separators.
    if (end - start === lastKey - firstKey + 1) out.push({ start, end, headword, size, rank });
    else {
      const span = quoteBalanced(text, start, end);
      if (span) out.push({ start: span[0], end: span[1], headword, size, rank });
    }
  });
  for (const hit of patterns.find(simplifyUnits(text))) {
    out.push({ ...hit, size: hit.end - hit.start, rank: RANK.pattern });
  }
  return out;
}

const byLength = (a: Candidate, b: Candidate) => b.size - a.size || a.rank - b.rank || a.start - b.start;

/** Longest first within a group of overlapping candidates; blockers take their span and show nothing. */
function resolveGroup(group: Candidate[], kept: TermMatch[]): void {
  const taken: Candidate[] = [];
  for (const c of group.sort(byLength)) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  for (const c of taken.sort((a, b) => a.start - b.start)) {
    if (c.headword) kept.push({ start: c.start, end: c.end, headword: c.headword });
  }
}

/**
 * The longest candidate wins where candidates overlap. Most stand alone, so the text is cut
 * into groups of overlapping candidates and only those are sorted by length.
 */
function resolve(candidates: Candidate[]): TermMatch[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (let i = 0; i < candidates.length; ) {
    const first = candidates[i] as Candidate;
    let end = first.end;
    let j = i + 1;
    for (; j < candidates.length && (candidates[j] as Candidate).start < end; j++) {
      end = Math.max(end, (candidates[j] as Candidate).end);
    }
    if (j === i + 1) {
      if (first.headword) kept.push({ start: first.start, end: first.end, headword: first.headword });
    } else resolveGroup(candidates.slice(i, j), kept);
    i = j;
  }
  return kept;
}

const CLOSERS = new Map([...QUOTE_PAIRS].map(([open, close]) => [close, open]));

/**
 * The span of a match whose quotation marks pair up, or undefined. Quotes inside a term are
 * skipped when matching, so a match may hold one mark of a pair: it then takes in the other
 * (“四上”企业, “六稳”“六保”, not 四上”企业). A mark whose partner is not next to the match means
 * the match straddles two phrases (上海市‘长护险’ has no 市长): no match.
 */
function quoteBalanced(text: string, start: number, end: number): [number, number] | undefined {
  const open: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    if (QUOTE_PAIRS.has(ch)) open.push(ch);
    else if (!CLOSERS.has(ch)) continue;
    else if (open.length > 0 && open.at(-1) === CLOSERS.get(ch)) open.pop();
    else if (open.length === 0 && from === start && text[start - 1] === CLOSERS.get(ch)) from = start - 1;
    else return undefined;
  }
  if (open.length === 0) return [from, end];
  return open.length === 1 && text[end] === QUOTE_PAIRS.get(open[0] as string) ? [from, end + 1] : undefined;
}

/** A matcher over `entries`, compiled once: build it at start-up and reuse it. */
export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const trie = buildTrie(entries);
  const patterns = createPatterns(entries);
  const byHeadword = new Map(entries.map((e) => [e.headword, e]));
  let buffers: KeyStream | undefined;
  return {
    match(text, boundaries) {
      buffers = keyStream(text, buffers);
      return resolve(collect(text, trie, patterns, buffers, boundaries));
    },
    lookup: (headword) => byHeadword.get(headword),
  };
}
