/**
 * Would a model trained on THUCNews headlines help the detector on THUCNews articles? A naive
 * Bayes model of 时政 against the other nine classes, on Han character bigrams, trained on
 * thucnews/thucnews_titles_dev.tsv (10,000 headlines, MIT licence; the headline test split is not
 * read). Its smoothing is chosen by 5-fold cross-validation on those headlines; on an article it
 * reads each sentence as a headline and gives the share of sentences that read as 时政. That share
 * is added to the detector's score with a weight, and weight and threshold are tuned on the first
 * half of cnews_1000_shuffled.tsv only; the second half is reported untouched.
 *
 *   npx jiti scripts/detect/headline-model.ts --corpus ../shared/corpus
 *
 * The answer so far is no (see the output): nothing ships from this script.
 */
import { parseArgs } from 'node:util';
import { detectText } from '../../lib/detect';
import { readThucNews, type Article } from './corpus';
import { confusion, ratio } from './stats';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus' } } });
const corpus = values.corpus as string;

type Model = (text: string) => number;

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

function bigrams(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) found.push(text.slice(i, i + 2));
  }
  return found;
}

/** Log-odds of 时政 for a headline: multinomial naive Bayes with add-`alpha` smoothing. */
function train(rows: Article[], alpha: number): Model {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const vocabulary = new Set<string>();
  let positives = 0;
  for (const { label, text } of rows) {
    const k = label === '时政' ? 1 : 0;
    positives += k;
    for (const bigram of bigrams(text)) {
      counts[k]?.set(bigram, (counts[k]?.get(bigram) ?? 0) + 1);
      totals[k]! += 1;
      vocabulary.add(bigram);
    }
  }
  const v = vocabulary.size;
  const weight = new Map<string, number>();
  for (const bigram of vocabulary) {
    const p = ((counts[1]?.get(bigram) ?? 0) + alpha) / (totals[1]! + alpha * v);
    const n = ((counts[0]?.get(bigram) ?? 0) + alpha) / (totals[0]! + alpha * v);
    weight.set(bigram, Math.log(p / n));
  }
  const prior = Math.log(positives / (rows.length - positives));
  return (text) => bigrams(text).reduce((sum, bigram) => sum + (weight.get(bigram) ?? 0), prior);
}

/** Mean log loss of 5-fold cross-validation on the headlines. */
function crossValidate(rows: Article[], alpha: number): number {
  let loss = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = train(rows.filter((_, i) => i % 5 !== fold), alpha);
    for (const { label, text } of rows.filter((_, i) => i % 5 === fold)) {
      const p = 1 / (1 + Math.exp(-model(text)));
      loss -= Math.log(Math.max(1e-9, label === '时政' ? p : 1 - p));
    }
  }
  return loss / rows.length;
}

/** Share of an article's sentences (first 3,000 characters) that the model reads as 时政. */
function sentenceShare(model: Model, text: string): number {
  const sentences = text.slice(0, 3000).split(/[。！？\n]/).filter((s) => s.length >= 6);
  if (sentences.length === 0) return 0;
  return sentences.reduce((sum, s) => sum + 1 / (1 + Math.exp(-model(s))), 0) / sentences.length;
}

/** The threshold with the best F1 on `scored`, halfway between two neighbouring scores. */
function bestThreshold(scored: Array<[number, boolean]>): number {
  const sorted = [...scored].sort((a, b) => b[0] - a[0]);
  const positives = sorted.filter(([, pos]) => pos).length;
  let [best, threshold, tp, fp] = [0, Infinity, 0, 0];
  sorted.forEach(([score, pos], i) => {
    if (pos) tp++;
    else fp++;
    const f1 = (2 * tp) / (tp + fp + positives);
    if (f1 > best) [best, threshold] = [f1, (score + (sorted[i + 1]?.[0] ?? score - 1)) / 2];
  });
  return threshold;
}

function report(name: string, scored: Array<[number, boolean]>, threshold: number): string {
  const m = confusion(scored.map(([score, pos]) => [pos, score >= threshold]));
  return `${name} P ${ratio(m.tp, m.tp + m.fp)} R ${ratio(m.tp, m.tp + m.fn)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`;
}

const headlines = readThucNews(corpus, 'thucnews_titles_dev.tsv');
const alphas = [0.1, 0.5, 1, 2];
const losses = alphas.map((alpha) => crossValidate(headlines, alpha));
alphas.forEach((alpha, i) => console.log(`alpha ${alpha}: headline log loss ${losses[i]?.toFixed(4)} (5-fold)`));
const alpha = alphas[losses.indexOf(Math.min(...losses))] as number;
const model = train(headlines, alpha);

const articles = readThucNews(corpus).map((a) => ({
  positive: a.label === '时政',
  detector: detectText('', a.text).score,
  share: sentenceShare(model, a.text),
}));
const half = articles.length / 2;
console.log(`\nalpha ${alpha}; weight and threshold tuned on articles 1–500, reported on 501–1000 untouched`);
for (const weight of [0, 5, 10, 20, 40]) {
  const scored = articles.map((a): [number, boolean] => [a.detector + weight * a.share, a.positive]);
  const threshold = bestThreshold(scored.slice(0, half));
  const cells = [report('dev', scored.slice(0, half), threshold), report('test', scored.slice(half), threshold), report('all', scored, threshold)];
  console.log(`  weight ${String(weight).padStart(2)}, threshold ${threshold.toFixed(2)}: ${cells.join(' | ')}`);
}
