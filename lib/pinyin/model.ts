/**
 * A log-linear model per polyphonic character: each candidate reading scores the sum of the
 * weights its context features carry for it (features are hashes, see features.ts), plus shared
 * weights for agreeing with each vote (the word-level base reading by its source, the phrase
 * lexicon's matches). Trained by scripts/train-polyphone.ts on the CPP dev split.
 */

/** Sources of a vote, in the order of `agree`: the word's base reading by its source, a lexicon phrase that is the word (`lexw`) or not (`lex`). */
export const VOTE_KINDS = ['char', 'phrase', 'fixed', 'lexw', 'lex'] as const;

/**
 * Readings proposed for a character by some source (base reading, lexicon match): parallel
 * arrays and a count, so that the reader refills one list per character and allocates nothing.
 */
export interface Votes {
  r: string[];
  /** Index into VOTE_KINDS. */
  kind: number[];
  n: number;
}

export const newVotes = (): Votes => ({ r: [], kind: [], n: 0 });

export function addVote(votes: Votes, r: string, kind: number): void {
  votes.r[votes.n] = r;
  votes.kind[votes.n] = kind;
  votes.n++;
}

export interface PolyphoneModelData {
  format: 3;
  revision: string;
  source: string;
  licence: string;
  /** Weight of "the candidate is what this vote says", per VOTE_KINDS entry. */
  agree: number[];
  /** Weights are stored as integers: divide by this. */
  scale: number;
  /**
   * Feature keys are stored as their low `keyBits` bits: a character has a few hundred features,
   * so that a feature it lacks meets one of them by chance about once in ten thousand lookups.
   */
  keyBits: number;
  /** Per simplified character: `cand cand|key:w,w;key:w,w`, keys in base 36. */
  chars: Record<string, string>;
}

export interface CharModel {
  c: string[];
  /** Per feature key: one weight per candidate (training and scoreCandidates). */
  f: Map<number, number[]>;
  /** The same weights as an open-addressing table (run time): a probe or two in typed arrays. */
  t?: FeatureTable;
}

interface FeatureTable {
  mask: number;
  /** The bits of a feature that its stored key keeps. */
  keyMask: number;
  /** Feature key per slot, EMPTY where none. */
  keys: Int32Array;
  /**
   * Per slot, one weight per candidate, as stored (integers in steps of `unit`): bytes, since the
   * tables of all characters should fit in a processor's cache.
   */
  w: Int8Array;
  unit: number;
}

const EMPTY = -1;

/**
 * The table of `key:w,w;key:w,w` from `from` on, read in one pass without cutting strings:
 * parsing is what a fresh service worker pays for each character on its first page.
 */
function parseTable(text: string, from: number, candidates: number, scale: number, keyMask: number): FeatureTable {
  let entries = 1;
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) === 59) entries++;
  let size = 8;
  while (size < 1.5 * entries) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size).fill(EMPTY);
  const w = new Int8Array(size * candidates);
  let i = from;
  while (i < text.length) {
    let key = 0;
    for (let c = text.charCodeAt(i); c !== 58 && i < text.length; c = text.charCodeAt(++i)) key = key * 36 + (c <= 57 ? c - 48 : c - 87);
    let slot = key & mask;
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    for (let j = 0; j < candidates && i < text.length; j++) {
      i++; // past ':' or ','
      let sign = 1;
      if (text.charCodeAt(i) === 45) {
        sign = -1;
        i++;
      }
      let n = 0;
      for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) n = n * 10 + c - 48;
      // Stored weights stay within a byte (scripts/train-polyphone.ts clamps them).
      w[slot * candidates + j] = Math.max(-128, Math.min(127, sign * n));
    }
    i++; // past ';'
  }
  return { mask, keyMask, keys, w, unit: 1 / scale };
}

export interface PolyphoneModel {
  agree: number[];
  /** Per code point. */
  chars: Map<number, CharModel>;
}

/**
 * The model with each character's weights parsed on first use: a page needs a few hundred of the
 * model's characters, and a fresh service worker should not pay for all of them.
 */
export function loadModel(data: PolyphoneModelData): PolyphoneModel & { has(cp: number): boolean; char(cp: number): CharModel | undefined } {
  const chars = new Map<number, CharModel>();
  const raw = new Map<number, string>();
  for (const [ch, text] of Object.entries(data.chars)) raw.set(ch.codePointAt(0) ?? 0, text);
  function char(cp: number): CharModel | undefined {
    const hit = chars.get(cp);
    if (hit) return hit;
    const text = raw.get(cp);
    if (text === undefined) return undefined;
    const bar = text.indexOf('|');
    const c = text.slice(0, bar).split(' ');
    // Run time scores through the table only: `f` stays empty.
    const cm: CharModel = { c, f: new Map(), t: parseTable(text, bar + 1, c.length, data.scale, 2 ** data.keyBits - 1) };
    chars.set(cp, cm);
    return cm;
  }
  return { agree: [...data.agree], chars, has: (cp) => raw.has(cp), char };
}

/** Scores of the candidates: the model's own, then any voted reading that is not one of them. */
export function scoreCandidates(
  model: PolyphoneModel,
  char: CharModel,
  feats: readonly number[],
  votes: Votes,
): { cands: string[]; scores: number[] } {
  let cands = char.c;
  for (let v = 0; v < votes.n; v++) {
    const r = votes.r[v] ?? '';
    if (!cands.includes(r)) {
      if (cands === char.c) cands = [...char.c];
      cands.push(r);
    }
  }
  const scores = new Array<number>(cands.length).fill(0);
  for (let v = 0; v < votes.n; v++) {
    const i = cands.indexOf(votes.r[v] ?? '');
    scores[i] = (scores[i] ?? 0) + (model.agree[votes.kind[v] ?? 0] ?? 0);
  }
  for (const feat of feats) {
    const weights = char.f.get(feat);
    if (!weights) continue;
    for (let i = 0; i < weights.length; i++) scores[i] = (scores[i] ?? 0) + (weights[i] ?? 0);
  }
  return { cands, scores };
}

function addTable({ mask, keyMask, keys, w, unit }: FeatureTable, candidates: number, feats: readonly number[], nFeats: number, scores: Float64Array): void {
  for (let f = 0; f < nFeats; f++) {
    const feat = (feats[f] ?? 0) & keyMask;
    for (let i = feat & mask; ; i = (i + 1) & mask) {
      const key = keys[i];
      if (key === EMPTY) break;
      if (key !== feat) continue;
      for (let j = 0, at = i * candidates; j < candidates; j++, at++) scores[j] = (scores[j] ?? 0) + (w[at] ?? 0) * unit;
      break;
    }
  }
}

/** Scratch scores for predict(): it runs for every polyphonic character of a page. */
let scratch = new Float64Array(16);

/**
 * The best candidate, as scoreCandidates() would rank them, without allocating in the common
 * case. Only the first `nFeats` of `feats` count (the reader reuses one array).
 */
export function predict(model: PolyphoneModel, char: CharModel, feats: readonly number[], votes: Votes, nFeats = feats.length): string | undefined {
  const own = char.c;
  let extra: string[] | undefined;
  if (scratch.length < own.length + votes.n) scratch = new Float64Array(2 * (own.length + votes.n));
  const scores = scratch;
  scores.fill(0, 0, own.length + votes.n);
  for (let v = 0; v < votes.n; v++) {
    const r = votes.r[v] ?? '';
    let i = own.indexOf(r);
    if (i < 0) {
      extra ??= [];
      let j = extra.indexOf(r);
      if (j < 0) j = extra.push(r) - 1;
      i = own.length + j;
    }
    scores[i] = (scores[i] ?? 0) + (model.agree[votes.kind[v] ?? 0] ?? 0);
  }
  const table = char.t;
  if (table) addTable(table, own.length, feats, nFeats, scores);
  else {
    for (let f = 0; f < nFeats; f++) {
      const weights = char.f.get(feats[f] ?? 0);
      if (!weights) continue;
      for (let i = 0; i < weights.length; i++) scores[i] = (scores[i] ?? 0) + (weights[i] ?? 0);
    }
  }
  const n = own.length + (extra?.length ?? 0);
  let best = 0;
  for (let i = 1; i < n; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  return best < own.length ? own[best] : extra?.[best - own.length];
}
