/**
 * Trains the person-name tagger (lib/figures/name-model.ts): an averaged structured perceptron
 * over BIOES labels of characters, on the People's Daily 1998 NER dev split and the MSRA NER test
 * split (the corpus has no train splits; the People's Daily test split is never read here).
 *
 *   npx jiti scripts/figures/train-names.ts --corpus ../shared/corpus            (fold 0 of 3 held out)
 *   npx jiti scripts/figures/train-names.ts --corpus ../shared/corpus --cv       (all 3 folds in turn)
 *   npx jiti scripts/figures/train-names.ts --corpus ../shared/corpus --write    (train on all, write)
 *
 *   npx jiti scripts/figures/train-names.ts --chars                              (write name-chars.json only)
 *
 * Options: --epochs N (40), --dropout SHARE (0.4: features left out at each visit of a sentence,
 * so that the tagger does not learn the training names by heart), --models N (1: perceptrons
 * trained in other orders, their weights averaged), --folds N (3), --fold K (0), --bare SHARE
 * (0.2: sentences seen without the tagger's words), --augment N (1: copies of each sentence with
 * its names replaced by names from jieba's dictionary), --folder DIR (keep each fold's model there
 * and reuse it; --retrain to train again), --out FILE (where --write puts the model), --errors
 * (held-out mistakes by kind), --show (and in context).
 */
import * as jieba from 'jieba-wasm';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { charContext, FEATURE_BITS, FEATURES_PER_CHAR, featuresAt } from '../../lib/figures/name-features';
import { emissions, labelSpans, loadNameModel, spanLabels, viterbi, type NameModel, type NameModelData } from '../../lib/figures/name-model';
import { findNameSpans } from '../../lib/figures/name-tagger';
import { ruleNameSpans } from '../../lib/figures/names';
import { tokenize } from '../../lib/figures/tokens';
import type { Token } from '../../lib/figures/types';
import { printErrors, type Judged } from './name-errors';
import { nameLexicon, substituteNames } from './augment';
import { readJiebaDict } from './jieba-dict';
import { nameChars } from './name-chars';
import { readBio, type NerSentence, type Score } from './pd-ner';
import { quantise, trainEnsemble, type Example } from './perceptron';

interface Sentence extends Example {
  text: string;
  tokens: Token[];
  persons: Set<string>;
}

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function goldLabels(s: NerSentence): Uint8Array {
  const spans = [...s.persons].map((p) => p.split(':').map(Number) as [number, number]);
  return spanLabels(s.text.length, spans);
}

/** Features of a sentence; `bare` drops the tagger's words, as summarize without a tagger does. */
function example(s: NerSentence, bare: boolean): Sentence {
  const tokens = bare ? [] : tokenize(s.text, { tag: (t) => jieba.tag(t, true) });
  const rules = ruleNameSpans(s.text, tokens, { insideTerms: true });
  const ctx = charContext(s.text, tokens, rules);
  const features = new Int32Array(ctx.length * FEATURES_PER_CHAR);
  for (let i = 0; i < ctx.length; i++) featuresAt(ctx, i, features, i * FEATURES_PER_CHAR);
  return { n: ctx.length, features, gold: goldLabels(s), text: s.text, tokens, persons: s.persons };
}

const keys = (spans: Iterable<{ start: number; end: number }>) => new Set(Array.from(spans, (s) => `${s.start}:${s.end}`));

function scoreLine(judged: readonly Judged[]): string {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const j of judged) {
    for (const f of j.found) if (j.gold.has(f)) s.tp++; else s.fp++;
    for (const g of j.gold) if (!j.found.has(g)) s.fn++;
  }
  return `recall ${(s.tp / (s.tp + s.fn)).toFixed(3)}  precision ${(s.tp / (s.tp + s.fp)).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

/** The model's own spans, and the whole of findNameSpans with it (People's Daily convention). */
function judge(model: NameModel, held: readonly Sentence[]): { raw: Judged[]; full: Judged[] } {
  const raw = held.map((s) => {
    const ctx = charContext(s.text, s.tokens, ruleNameSpans(s.text, s.tokens, { insideTerms: true }));
    return { ...s, gold: s.persons, found: new Set(labelSpans(viterbi(emissions(ctx, model), model.t, s.n)).map(([a, b]) => `${a}:${b}`)) };
  });
  const options = { insideTerms: true, surnamesAlone: true };
  const full = held.map((s) => ({ ...s, gold: s.persons, found: keys(findNameSpans(s.text, s.tokens, options, model)) }));
  return { raw, full };
}

interface Setup {
  epochs: number;
  bareShare: number;
  augment: number;
  /** Share of features left out at each visit of a sentence in training (--dropout). */
  dropout: number;
  /** Perceptrons trained on other orders whose weights are averaged (--models). */
  models: number;
  lexicon: ReturnType<typeof nameLexicon>;
  /** Where the fold models are kept between runs (--folder), to try the rules around them quickly. */
  folder?: string;
}

/** The training sentences and their copies with other names, as the trainer's examples. */
function examples(sentences: readonly NerSentence[], setup: Setup): Sentence[] {
  const copies = [...sentences];
  for (let k = 1; k <= setup.augment; k++) {
    sentences.forEach((s, i) => {
      const copy = substituteNames(s, setup.lexicon, i * 31 + k);
      if (copy) copies.push(copy);
    });
  }
  return copies.map((s, i) => example(s, (i * 7919) % 100 < setup.bareShare * 100));
}

function runFold(pd: readonly NerSentence[], msra: readonly NerSentence[], folds: number, fold: number, setup: Setup) {
  const heldOut = pd.filter((_, i) => i % folds === fold);
  const trainSet = [...pd.filter((_, i) => i % folds !== fold), ...msra];
  const file = setup.folder && join(setup.folder, `name-model-fold-${fold}.json`);
  let data: NameModelData;
  if (file && existsSync(file) && !process.argv.includes('--retrain')) data = JSON.parse(readFileSync(file, 'utf8')) as NameModelData;
  else {
    console.log(`fold ${fold}: training on ${trainSet.length} sentences, ${heldOut.length} held out`);
    data = modelData(trainEnsemble(examples(trainSet, setup), setup.epochs, setup.dropout, setup.models));
    if (file) writeFileSync(file, JSON.stringify(data));
  }
  const model = loadNameModel(data);
  return judge(model, heldOut.map((s) => example(s, false)));
}

function modelData(avg: { w: Float64Array; t: Float64Array }): NameModelData {
  const q = quantise(avg.w);
  return {
    format: 1,
    revision: new Date().toISOString().slice(0, 10),
    source:
      "trained by scripts/figures/train-names.ts on the People's Daily 1998 NER dev split (example.dev, zjy-ucas/ChineseNER) and the MSRA NER test split (SIGHAN 2006 bakeoff), as kept in shared/corpus/ner, with copies of those sentences whose names are recombined from names in jieba's dictionary (nr, nrfg, nrt; jieba-rs, MIT); never on the People's Daily test split",
    licence: 'none stated for either data set; only learned hashed weights are shipped, no text of them',
    bits: FEATURE_BITS,
    scale: q.scale,
    transitions: Array.from(avg.t, (x) => Number(x.toFixed(4))),
    weights: Buffer.from(q.bytes.buffer).toString('base64'),
  };
}

function writeModel(pd: readonly NerSentence[], msra: readonly NerSentence[], setup: Setup): void {
  const data = modelData(trainEnsemble(examples([...pd, ...msra], setup), setup.epochs, setup.dropout, setup.models));
  const out = resolve(argument('out', 'lib/figures/data/name-model.json'));
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${out}`);
}

function main(): void {
  const corpus = resolve(argument('corpus', '../shared/corpus'));
  const folds = Number(argument('folds', '3'));
  const dict = readJiebaDict();
  const write = process.argv.includes('--write');
  if (write || process.argv.includes('--chars')) {
    writeFileSync(resolve('lib/figures/data/name-chars.json'), `${JSON.stringify(nameChars(dict), null, 1)}\n`);
    console.log('wrote lib/figures/data/name-chars.json (the features read it when the script starts: write it, then train)');
    if (!write) return;
  }
  const setup: Setup = {
    epochs: Number(argument('epochs', '40')),
    bareShare: Number(argument('bare', '0.2')),
    augment: Number(argument('augment', '1')),
    dropout: Number(argument('dropout', '0.4')),
    models: Number(argument('models', '1')),
    lexicon: nameLexicon(dict),
    folder: process.argv.includes('--folder') ? resolve(argument('folder', '.')) : undefined,
  };
  const pd = readBio(join(corpus, 'ner', 'peoples_daily_1998_ner', 'example.dev'));
  const msra = readBio(join(corpus, 'ner', 'msra_ner', 'msra_test_bio.txt'));
  if (write) return writeModel(pd, msra, setup);
  const which = process.argv.includes('--cv') ? [...Array(folds).keys()] : [Number(argument('fold', '0'))];
  const raw: Judged[] = [];
  const full: Judged[] = [];
  for (const fold of which) {
    const r = runFold(pd, msra, folds, fold, setup);
    console.log(`  fold ${fold} model alone:    ${scoreLine(r.raw)}`);
    console.log(`  fold ${fold} findNameSpans:  ${scoreLine(r.full)}`);
    raw.push(...r.raw);
    full.push(...r.full);
  }
  console.log(`held out, model alone:   ${scoreLine(raw)}`);
  console.log(`held out, findNameSpans: ${scoreLine(full)}`);
  if (process.argv.includes('--errors')) printErrors(full, process.argv.includes('--show'));
}

main();
