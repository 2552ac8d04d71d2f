import data from './data/headline-model.json';
import { isHanCode } from './han';

/**
 * How a headline reads: a naive Bayes model of 时政 (current affairs) against nine other news
 * subjects, over the Han character bigrams a headline contains, learnt from 10,000 THUCNews
 * headlines (scripts/detect/build-headline-model.ts).
 */
export interface HeadlineModel {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  trained: string;
  /** Log-odds of 时政 before any bigram is read. */
  prior: number;
  /** Weights are multiples of `step` (in nats). */
  step: number;
  /** The weight of the code '0', in steps. */
  low: number;
  /** The bigrams, two characters each, sorted by code unit. */
  bigrams: string;
  /** One character per bigram: its weight is (code − 48 + low) × step. */
  weights: string;
}

export interface HeadlineReading {
  /** Log-odds that the headline is current affairs. */
  logit: number;
  /** How many of the headline's bigrams the model knows: none, and the logit is only the prior. */
  known: number;
  /**
   * The bigrams that weigh most, in the direction of the logit, none overlapping a weightier one
   * (书展开幕 names 开幕, not also the straddling 展开).
   */
  telling: string[];
}

/** The index of the bigram `c0 c1` in the model's sorted list, or -1: a binary search, nothing to build first. */
function find(bigrams: string, c0: number, c1: number): number {
  let lo = 0;
  let hi = bigrams.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = bigrams.charCodeAt(2 * mid) - c0 || bigrams.charCodeAt(2 * mid + 1) - c1;
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** The different Han bigrams of `text`, each with where it first stands, in that order. */
function bigramsAt(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i)) || !isHanCode(text.charCodeAt(i + 1))) continue;
    const bigram = text.slice(i, i + 2);
    if (!found.has(bigram)) found.set(bigram, i);
  }
  return found;
}

/** The different Han bigrams of `text`, in order of first appearance. */
export function headlineBigrams(text: string): string[] {
  return [...bigramsAt(text).keys()];
}

/** How current-affairs-like a headline reads. */
export function readHeadline(headline: string, model: HeadlineModel = data as HeadlineModel): HeadlineReading {
  let logit = model.prior;
  const seen: Array<[bigram: string, weight: number, at: number]> = [];
  for (const [bigram, at] of bigramsAt(headline)) {
    const i = find(model.bigrams, bigram.charCodeAt(0), bigram.charCodeAt(1));
    if (i < 0) continue;
    const w = (model.weights.charCodeAt(i) - 48 + model.low) * model.step;
    logit += w;
    seen.push([bigram, w, at]);
  }
  const sign = logit >= 0 ? 1 : -1;
  const taken = new Set<number>();
  const telling: string[] = [];
  for (const [bigram, , at] of seen.filter(([, w]) => w * sign > 0).sort((a, b) => (b[1] - a[1]) * sign)) {
    if (telling.length === 3) break;
    if (taken.has(at) || taken.has(at + 1)) continue;
    taken.add(at).add(at + 1);
    telling.push(bigram);
  }
  return { logit, known: seen.length, telling };
}
