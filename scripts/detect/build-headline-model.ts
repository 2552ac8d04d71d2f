/**
 * Writes lib/detect/data/headline-model.json: a naive Bayes model of 时政 (current affairs)
 * against the other nine classes of THUCNews headlines, on the presence of Han character bigrams,
 * trained on thucnews/thucnews_titles_dev.tsv only (10,000 headlines, 1000 a class; MIT licence,
 * 649453932/Chinese-Text-Classification-Pytorch @ 6cb26819). The headline test split and the
 * 1000 articles are not read. The detector reads a page's headline with it: the model was made
 * from headlines, so it is applied to a headline, not to body text.
 *
 * Smoothing and the least count of a kept bigram are chosen by 5-fold cross-validation on the
 * headlines (area under the ROC curve) among the models of at most MAX_BIGRAMS bigrams: the model
 * is shipped in the content script (rarer bigrams would add 0.006 of AUC and double its size).
 *
 *   npx jiti scripts/detect/build-headline-model.ts --corpus ../shared/corpus
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headlineBigrams, type HeadlineModel } from '../../lib/detect/headline';
import { readThucNews, type Article } from './corpus';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus' } } });
const SOURCE =
  'THUCNews headlines, thucnews_titles_dev.tsv (649453932/Chinese-Text-Classification-Pytorch @ 6cb26819, data/THUCNews)';
/** Weights are kept in steps of this many nats: 0.25 changes the cross-validated AUC by under 0.001. */
const STEP = 0.25;
/** About 25 KB of JSON. */
const MAX_BIGRAMS = 4000;

type Weights = Map<string, number>;

function train(rows: Article[], alpha: number, minCount: number): { weights: Weights; prior: number } {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const docs = [0, 0];
  for (const { label, text } of rows) {
    const k = label === '时政' ? 1 : 0;
    docs[k]! += 1;
    for (const bigram of headlineBigrams(text)) counts[k]!.set(bigram, (counts[k]!.get(bigram) ?? 0) + 1);
  }
  const weights: Weights = new Map();
  for (const bigram of new Set([...counts[0]!.keys(), ...counts[1]!.keys()])) {
    const pos = counts[1]!.get(bigram) ?? 0;
    const neg = counts[0]!.get(bigram) ?? 0;
    if (pos + neg < minCount) continue;
    const w = Math.log((pos + alpha) / (docs[1]! + 2 * alpha)) - Math.log((neg + alpha) / (docs[0]! + 2 * alpha));
    const q = Math.round(w / STEP);
    if (q !== 0) weights.set(bigram, q * STEP);
  }
  return { weights, prior: Math.log(docs[1]! / docs[0]!) };
}

function logit({ weights, prior }: { weights: Weights; prior: number }, text: string): number {
  return headlineBigrams(text).reduce((sum, bigram) => sum + (weights.get(bigram) ?? 0), prior);
}

function auc(scored: Array<[number, boolean]>): number {
  const neg = scored.filter(([, p]) => !p).map(([s]) => s).sort((a, b) => a - b);
  const pos = scored.filter(([, p]) => p).map(([s]) => s);
  let sum = 0;
  for (const s of pos) {
    let below = 0;
    let tied = 0;
    for (const n of neg) {
      if (n < s) below++;
      else if (n === s) tied++;
      else break;
    }
    sum += below + tied / 2;
  }
  return sum / pos.length / neg.length;
}

function crossValidate(rows: Article[], alpha: number, minCount: number): { auc: number; size: number } {
  const scored: Array<[number, boolean]> = [];
  let size = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = train(rows.filter((_, i) => i % 5 !== fold), alpha, minCount);
    size += model.weights.size / 5;
    for (const { label, text } of rows.filter((_, i) => i % 5 === fold)) scored.push([logit(model, text), label === '时政']);
  }
  return { auc: auc(scored), size: Math.round(size) };
}

const headlines = readThucNews(values.corpus as string, 'thucnews_titles_dev.tsv');
const trials: Array<{ alpha: number; minCount: number; auc: number; size: number }> = [];
for (const alpha of [0.5, 1]) {
  for (const minCount of [3, 5, 8]) {
    const result = { alpha, minCount, ...crossValidate(headlines, alpha, minCount) };
    trials.push(result);
    console.log(`alpha ${alpha}, bigrams seen at least ${minCount}×: ${result.size} bigrams, 5-fold AUC ${result.auc.toFixed(4)}`);
  }
}
const chosen = trials.filter((t) => t.size <= MAX_BIGRAMS).sort((a, b) => b.auc - a.auc)[0]!;
const { weights, prior } = train(headlines, chosen.alpha, chosen.minCount);

/**
 * The bigrams as one string sorted by code unit, for a binary search (no table to build on a
 * page), and each one's weight as one character: '0' is the lowest weight, each next code a STEP more.
 */
const sorted = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const low = Math.min(...weights.values()) / STEP;
const codes = sorted.map(([, w]) => String.fromCharCode(48 + w / STEP - low)).join('');
if ([...codes].some((c) => c >= '\\')) throw new Error('weights span too many steps for one character each');
const model: HeadlineModel = {
  format: 1,
  revision: new Date().toISOString().slice(0, 10),
  source: SOURCE,
  licence: 'MIT',
  trained: `naive Bayes on bigram presence, alpha ${chosen.alpha}, bigrams seen at least ${chosen.minCount} times; 5-fold AUC ${chosen.auc.toFixed(4)}`,
  prior: Math.round(prior * 1000) / 1000,
  step: STEP,
  low,
  bigrams: sorted.map(([bigram]) => bigram).join(''),
  weights: codes,
};
writeFileSync(fileURLToPath(new URL('../../lib/detect/data/headline-model.json', import.meta.url)), `${JSON.stringify(model, null, 1)}\n`);
console.log(`chose alpha ${chosen.alpha}, at least ${chosen.minCount}×: ${weights.size} bigrams written`);
