import type { BaseReader, Source } from './base-reading';
import * as featuresModule from './features';
import type { Sentence } from './features';
import * as lexiconModule from './lexicon';
import type { Lexicon } from './lexicon';
import * as modelModule from './model';
import type { CharModel, PolyphoneModel, Vote } from './model';
import * as rulesModule from './rules';
import * as traditionalModule from './traditional';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { contextFeatures, isHan, toSentence, voteFeature } = featuresModule;
const { lexiconVotes } = lexiconModule;
const { predict, VOTE_KINDS } = modelModule;
const { hasRule, ruleReading } = rulesModule;
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

/** Everything the model weighs for one character, pushed onto `votes` and `feats`. */
function collect(s: Sentence, at: number, reading: string, source: Source, known: Knowledge, votes: Vote[], feats: number[]): void {
  votes.push({ r: reading, kind: KIND[source] });
  if (known.lexicon) lexiconVotes(known.lexicon, s, at, votes);

  contextFeatures(s, at, feats);
  const cp = s.cps[at] ?? 0;
  for (const v of votes) feats.push(voteFeature(cp, v.kind, v.r));
}

/** Everything the model weighs for one character: its votes and its features. */
export function evidence(s: Sentence, at: number, reading: string, source: Source, known: Knowledge) {
  const votes: Vote[] = [];
  const feats: number[] = [];
  collect(s, at, reading, source, known, votes, feats);
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
  const votes: Vote[] = [];
  const feats: number[] = [];

  // Words of one BMP character (half of all words) skip the string-keyed map.
  const singles = new Array<WordPlan | undefined>(0x10000);

  function planOf(word: string): WordPlan {
    const single = word.length === 1 ? word.charCodeAt(0) : -1;
    let plan = single >= 0 ? singles[single] : plans.get(word);
    if (plan) return plan;
    plan = makePlan(word);
    if (single >= 0) singles[single] = plan;
    else {
      if (plans.size >= 200_000) plans.clear();
      plans.set(word, plan);
    }
    return plan;
  }

  function makePlan(word: string): WordPlan {
    const { syllables, sources } = base.read(word);
    const offsets: number[] = [];
    const open: number[] = [];
    let at = 0;
    for (let i = 0; i < word.length; i++, at++) {
      const cp = word.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      if (!isHan(cp)) continue;
      const k = offsets.length;
      offsets.push(at);
      if (sources[k] !== 'fixed' && ((rules && hasRule(cp)) || model?.has(cp))) open.push(k);
    }
    return { syllables: Object.freeze([...syllables]) as string[], base: syllables, sources, offsets, open };
  }

  return (words) => {
    const simplified = simplifiedWords(words);
    const wordPlans = simplified.map(planOf);
    if (wordPlans.every((p) => p.open.length === 0)) return wordPlans.map((p) => p.syllables);
    const s = toSentence(simplified);
    return wordPlans.map((plan, wi) => {
      if (plan.open.length === 0) return plan.syllables;
      const out = plan.base.slice();
      for (const k of plan.open) {
        const at = (s.starts[wi] ?? 0) + (plan.offsets[k] ?? 0);
        const ruled = rules ? ruleReading(s, at) : undefined;
        if (ruled) {
          out[k] = ruled;
          continue;
        }
        const char = model?.char(s.cps[at] ?? 0);
        if (!model || !char) continue;
        votes.length = 0;
        feats.length = 0;
        collect(s, at, out[k] ?? '', plan.sources[k] ?? 'char', known, votes, feats);
        out[k] = predict(model, char, feats, votes) ?? out[k] ?? '';
      }
      return out;
    });
  };
}
