import type { BaseReader, Source } from './base-reading';
import * as featuresModule from './features';
import type { Sentence } from './features';
import * as lexiconModule from './lexicon';
import type { Lexicon } from './lexicon';
import * as modelModule from './model';
import type { CharModel, PolyphoneModel, Votes } from './model';
import * as rulesModule from './rules';
import * as traditionalModule from './traditional';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { contextFeatures, isHan, toSentence, voteFeature } = featuresModule;
const { lexiconVotes } = lexiconModule;
const { addVote, newVotes, predict, VOTE_KINDS } = modelModule;
const { constantReading, hasRule, ruleReading } = rulesModule;
const { toSimplified } = traditionalModule;

export interface ReaderParts {
  base: BaseReader;
  model?: PolyphoneModel & { has(cp: number): boolean; char(cp: number): CharModel | undefined };
  lexicon?: Lexicon;
  rules?: boolean;
}

/** What a word needs at run time, worked out once per distinct word. */
interface WordPlan {
  /** The word-level reading, shared by every reading of the word that nothing changes: frozen. */
  syllables: string[];
  /** The same, not frozen (a frozen array is slow to copy), copied where a rule or the model may change it. */
  base: readonly string[];
  sources: Source[];
  /** Per syllable: the code point offset of its character in the word. */
  offsets: number[];
  /** The syllables a context rule or the model may change (not fixed, a rule or model character). */
  open: number[];
}

/**
 * A map from two UTF-16 units (as one number, `a * 0x10000 + b`) to a value: open addressing
 * in a typed array, so that a lookup hashes and compares numbers, not strings.
 */
class PairTable<T> {
  private keys = new Float64Array(1 << 12);
  private values: (T | undefined)[] = new Array<T | undefined>(1 << 12);
  private size = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 0x10000) | 0, 0x85ebca6b);
    for (i = (i ^ (i >>> 15)) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key || k === 0) return i;
    }
  }

  get(key: number): T | undefined {
    return this.values[this.slot(key)];
  }

  set(key: number, value: T): void {
    if (2 * (this.size + 1) > this.keys.length) {
      // Grown up to 2^18 slots (128k words), then started afresh like the other caches.
      const old = this.keys.length < 1 << 18 ? { keys: this.keys, values: this.values } : undefined;
      this.keys = new Float64Array(old ? 2 * old.keys.length : 1 << 12);
      this.values = new Array<T | undefined>(this.keys.length);
      this.size = 0;
      if (old) old.keys.forEach((k, i) => k && this.set(k, old.values[i] as T));
    }
    const i = this.slot(key);
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = key;
    this.values[i] = value;
  }
}

/** The word-level reading of the character at code point `at`: its syllable and source. */
export function baseAt(s: Sentence, base: BaseReader, at: number): { reading: string; source: Source } {
  const wi = s.wordAt[at] ?? 0;
  const { syllables, sources } = base.read(s.words[wi] ?? '');
  let k = 0;
  for (let i = s.starts[wi] ?? 0; i < at; i++) if (isHan(s.cps[i] ?? 0)) k++;
  return { reading: syllables[k] ?? String.fromCodePoint(s.cps[at] ?? 0), source: sources[k] ?? 'char' };
}

const KIND: Record<Source, number> = { char: VOTE_KINDS.indexOf('char'), phrase: VOTE_KINDS.indexOf('phrase'), fixed: VOTE_KINDS.indexOf('fixed') };

/** Knowledge the model weighs besides the context: phrase readings. */
interface Knowledge {
  lexicon?: Lexicon;
}

/**
 * Everything the model weighs for one character: its votes into `votes` (cleared first), its
 * features into `feats` from index 0; returns the number of features.
 */
function collect(s: Sentence, at: number, reading: string, source: Source, known: Knowledge, votes: Votes, feats: number[]): number {
  votes.n = 0;
  addVote(votes, reading, KIND[source]);
  if (known.lexicon) lexiconVotes(known.lexicon, s, at, votes);

  let n = contextFeatures(s, at, feats, 0);
  const cp = s.cps[at] ?? 0;
  for (let v = 0; v < votes.n; v++) feats[n++] = voteFeature(cp, votes.kind[v] ?? 0, votes.r[v] ?? '');
  return n;
}

/** Everything the model weighs for one character: its votes and its features (for training). */
export function evidence(s: Sentence, at: number, reading: string, source: Source, known: Knowledge) {
  const votes = newVotes();
  const feats: number[] = [];
  feats.length = collect(s, at, reading, source, known, votes, feats);
  return { votes, feats };
}

/** The words in Simplified form; the same array when none is Traditional (most pages). */
function simplifiedWords(words: readonly string[]): readonly string[] {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (toSimplified(word) !== word) return words.map(toSimplified);
  }
  return words;
}

/**
 * A reader of runs of segmented words: each word's base reading, then, for each character whose
 * reading the fixed list does not settle, a context rule or the polyphone model.
 */
export function createSentenceReader(parts: ReaderParts): (words: readonly string[]) => string[][] {
  const { base, model, lexicon, rules = true } = parts;
  const known: Knowledge = { lexicon };
  const plans = new Map<string, WordPlan>();
  // Buffers reused from run to run: the reader allocates little more than its answer.
  const votes = newVotes();
  const feats: number[] = [];
  const runPlans: WordPlan[] = [];
  let sentence: Sentence | undefined;

  // Words of one or two BMP characters (nine words in ten) skip the string-keyed map: a
  // segmenter's words are fresh strings, and hashing them into a big Map is the reader's largest cost.
  const singles = new Array<WordPlan | undefined>(0x10000);
  const pairs = new PairTable<WordPlan>();

  function planOf(word: string): WordPlan {
    if (word.length === 1) return (singles[word.charCodeAt(0)] ??= makePlan(word));
    if (word.length === 2) {
      const pair = word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
      let plan = pairs.get(pair);
      if (!plan) pairs.set(pair, (plan = makePlan(word)));
      return plan;
    }
    let plan = plans.get(word);
    if (plan) return plan;
    if (plans.size >= 200_000) plans.clear();
    plans.set(word, (plan = makePlan(word)));
    return plan;
  }

  function makePlan(word: string): WordPlan {
    const read = base.read(word);
    const syllables = [...read.syllables];
    const sources = read.sources;
    const offsets: number[] = [];
    const open: number[] = [];
    let at = 0;
    for (let i = 0; i < word.length; i++, at++) {
      const cp = word.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      if (!isHan(cp)) continue;
      const k = offsets.length;
      offsets.push(at);
      if (sources[k] === 'fixed') continue;
      const constant = rules && hasRule(cp) ? constantReading(word) : undefined;
      if (constant) syllables[k] = constant;
      else if ((rules && hasRule(cp)) || model?.has(cp)) open.push(k);
    }
    return { syllables: Object.freeze([...syllables]) as string[], base: syllables, sources, offsets, open };
  }

  /** The reading of the open syllables of word `wi`, by rule or model. */
  function readOpen(s: Sentence, wi: number, plan: WordPlan): string[] {
    const out = plan.base.slice();
    for (let o = 0; o < plan.open.length; o++) {
      const k = plan.open[o] ?? 0;
      const at = (s.starts[wi] ?? 0) + (plan.offsets[k] ?? 0);
      const ruled = rules ? ruleReading(s, at) : undefined;
      if (ruled) {
        out[k] = ruled;
        continue;
      }
      const char = model?.char(s.cps[at] ?? 0);
      if (!model || !char) continue;
      const nFeats = collect(s, at, out[k] ?? '', plan.sources[k] ?? 'char', known, votes, feats);
      out[k] = predict(model, char, feats, votes, nFeats) ?? out[k] ?? '';
    }
    return out;
  }

  return (words) => {
    const simplified = simplifiedWords(words);
    const count = simplified.length;
    let open = false;
    for (let wi = 0; wi < count; wi++) {
      const plan = planOf(simplified[wi] ?? '');
      runPlans[wi] = plan;
      if (plan.open.length > 0) open = true;
    }
    const s = open ? (sentence = toSentence(simplified, sentence)) : undefined;
    const out: string[][] = [];
    for (let wi = 0; wi < count; wi++) {
      const plan = runPlans[wi] as WordPlan;
      out.push(s && plan.open.length > 0 ? readOpen(s, wi, plan) : plan.syllables);
    }
    return out;
  };
}
