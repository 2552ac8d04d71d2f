/**
 * Trains the person-name tagger (lib/figures/name-model.ts): an averaged structured perceptron
 * over BIOES labels of characters, on the People's Daily 1998 NER dev split and the MSRA NER test
 * split (the corpus has no train splits; the People's Daily test split is never read here).
 *
 *   npx jiti scripts/figures/train-names.ts --corpus ../shared/corpus            (held-out score)
 *   npx jiti scripts/figures/train-names.ts --corpus ../shared/corpus --write    (train on all, write)
 *
 * Options: --epochs N (10), --bare SHARE (0.2: sentences seen without the tagger's words),
 * --no-rules (without the rules' names as features), --errors (print held-out mistakes).
 */
import * as jieba from 'jieba-wasm';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { charContext, FEATURE_BITS, FEATURES_PER_CHAR, featuresAt } from '../../lib/figures/name-features';
import { constrained, weightTable, LABELS, labelSpans, O, spanLabels, viterbi, type NameModelData } from '../../lib/figures/name-model';
import { ruleNameSpans } from '../../lib/figures/names';
import { tokenize } from '../../lib/figures/tokens';
import { readBio, type NerSentence } from './pd-ner';

interface Example {
  n: number;
  features: Int32Array;
  gold: Uint8Array;
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
function example(s: NerSentence, bare: boolean): Example {
  const tokens = bare ? [] : tokenize(s.text, { tag: (t) => jieba.tag(t, true) });
  const rules = process.argv.includes('--no-rules') ? [] : ruleNameSpans(s.text, tokens, { insideTerms: true });
  const ctx = charContext(s.text, tokens, rules);
  const features = new Int32Array(ctx.length * FEATURES_PER_CHAR);
  for (let i = 0; i < ctx.length; i++) featuresAt(ctx, i, features, i * FEATURES_PER_CHAR);
  return { n: ctx.length, features, gold: goldLabels(s), persons: s.persons };
}

const BUCKETS = 1 << FEATURE_BITS;
const T = LABELS * LABELS + LABELS;

class Perceptron {
  w: Float64Array = new Float64Array(BUCKETS * LABELS);
  u: Float64Array = new Float64Array(BUCKETS * LABELS);
  t: Float64Array = new Float64Array(T);
  tu: Float64Array = new Float64Array(T);
  c = 1;

  predict(ex: Example, w: Float64Array = this.w, t: Float64Array = this.t): Uint8Array {
    const em = new Float64Array(ex.n * LABELS);
    for (let i = 0; i < ex.n; i++) {
      for (let k = 0; k < FEATURES_PER_CHAR; k++) {
        const base = ex.features[i * FEATURES_PER_CHAR + k]! * LABELS;
        for (let y = 0; y < LABELS; y++) em[i * LABELS + y] = em[i * LABELS + y]! + w[base + y]!;
      }
    }
    return viterbi(em, constrained(t), ex.n);
  }

  private add(index: number, delta: number, w: Float64Array, u: Float64Array): void {
    w[index] = w[index]! + delta;
    u[index] = u[index]! + this.c * delta;
  }

  update(ex: Example, pred: Uint8Array): void {
    for (let i = 0; i < ex.n; i++) {
      const g = ex.gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = 0; k < FEATURES_PER_CHAR; k++) {
          const base = ex.features[i * FEATURES_PER_CHAR + k]! * LABELS;
          this.add(base + g, 1, this.w, this.u);
          this.add(base + p, -1, this.w, this.u);
        }
      }
      const gPrev = i === 0 ? -1 : ex.gold[i - 1]!;
      const pPrev = i === 0 ? -1 : pred[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.add(gPrev < 0 ? LABELS * LABELS + g : gPrev * LABELS + g, 1, this.t, this.tu);
        this.add(pPrev < 0 ? LABELS * LABELS + p : pPrev * LABELS + p, -1, this.t, this.tu);
      }
    }
    this.c++;
  }

  averaged(): { w: Float64Array; t: Float64Array } {
    return {
      w: this.w.map((x, i) => x - this.u[i]! / this.c),
      t: this.t.map((x, i) => x - this.tu[i]! / this.c),
    };
  }
}

/** A fixed shuffle, so that runs are repeatable. */
function shuffled<X>(items: readonly X[], seed: number): X[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function train(examples: readonly Example[], epochs: number): Perceptron {
  const p = new Perceptron();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const ex of shuffled(examples, e + 1)) {
      const pred = p.predict(ex);
      if (pred.some((y, i) => y !== ex.gold[i])) {
        errors++;
        p.update(ex, pred);
      } else p.c++;
    }
    console.log(`  epoch ${e + 1}: ${errors} sentences wrong`);
  }
  return p;
}

function score(p: Perceptron, examples: readonly Example[], w: Float64Array, t: Float64Array): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const ex of examples) {
    const found = new Set(labelSpans(p.predict(ex, w, t)).map(([a, b]) => `${a}:${b}`));
    for (const f of found) if (ex.persons.has(f)) tp++; else fp++;
    for (const g of ex.persons) if (!found.has(g)) fn++;
  }
  return `recall ${(tp / (tp + fn)).toFixed(3)}  precision ${(tp / (tp + fp)).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

/** Quantises the name labels' weights (relative to O) to signed bytes on a logarithmic scale. */
function quantise(w: Float64Array): { scale: number; bytes: Int8Array } {
  const rel = new Float64Array(BUCKETS * (LABELS - 1));
  for (let b = 0; b < BUCKETS; b++) {
    for (let y = 1; y < LABELS; y++) rel[b * (LABELS - 1) + y - 1] = w[b * LABELS + y]! - w[b * LABELS + O]!;
  }
  const max = rel.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const scale = max / 1000;
  const top = Math.log1p(max / scale);
  const bytes = Int8Array.from(rel, (x) => Math.sign(x) * Math.round((127 * Math.log1p(Math.abs(x) / scale)) / top));
  return { scale, bytes };
}

function dequantised(q: { scale: number; bytes: Int8Array }): Float64Array {
  const w = new Float64Array(BUCKETS * LABELS);
  const table = weightTable(q.scale);
  for (let b = 0; b < BUCKETS; b++) {
    for (let y = 1; y < LABELS; y++) w[b * LABELS + y] = table[q.bytes[b * (LABELS - 1) + y - 1]! + 127]!;
  }
  return w;
}

const corpus = resolve(argument('corpus', '../shared/corpus'));
const epochs = Number(argument('epochs', '10'));
const bareShare = Number(argument('bare', '0.2'));
const write = process.argv.includes('--write');
const pd = readBio(join(corpus, 'ner', 'peoples_daily_1998_ner', 'example.dev'));
const msra = readBio(join(corpus, 'ner', 'msra_ner', 'msra_test_bio.txt'));
// Held out for the score: every fifth People's Daily dev sentence (unless writing the model).
const heldOut = write ? [] : pd.filter((_, i) => i % 5 === 0);
const trainSet = [...(write ? pd : pd.filter((_, i) => i % 5 !== 0)), ...msra];
console.log(`training on ${trainSet.length} sentences, ${heldOut.length} held out`);
// A share of the sentences without the tagger's words, so that the model also works without jieba.
const examples = trainSet.map((s, i) => example(s, (i * 7919) % 100 < bareShare * 100));
const p = train(examples, epochs);
const avg = p.averaged();
const q = quantise(avg.w);
if (heldOut.length > 0) {
  const held = heldOut.map((s) => example(s, false));
  const bare = heldOut.map((s) => example(s, true));
  console.log(`held out, averaged:  ${score(p, held, avg.w, avg.t)}`);
  console.log(`held out, int8:      ${score(p, held, dequantised(q), avg.t)}`);
  console.log(`held out, no tagger: ${score(p, bare, dequantised(q), avg.t)}`);
}
if (write) {
  const data: NameModelData = {
    format: 1,
    revision: new Date().toISOString().slice(0, 10),
    source:
      "trained by scripts/figures/train-names.ts on the People's Daily 1998 NER dev split (example.dev, zjy-ucas/ChineseNER) and the MSRA NER test split (SIGHAN 2006 bakeoff), as kept in shared/corpus/ner; never on the People's Daily test split",
    licence: 'none stated for either data set; only learned hashed weights are shipped, no text of them',
    bits: FEATURE_BITS,
    scale: q.scale,
    transitions: Array.from(avg.t, (x) => Number(x.toFixed(4))),
    weights: Buffer.from(q.bytes.buffer).toString('base64'),
  };
  const out = resolve('lib/figures/data/name-model.json');
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${out}`);
}
/** The held-out mistakes in context, `[name]` marked: FP found but not a name, FN missed. */
function printErrors(sentences: readonly NerSentence[], w: Float64Array, t: Float64Array): void {
  for (const s of sentences) {
    const ex = example(s, false);
    const found = new Set(labelSpans(p.predict(ex, w, t)).map(([a, b]) => `${a}:${b}`));
    const show = (span: string) => {
      const [a, b] = span.split(':').map(Number) as [number, number];
      return `${s.text.slice(Math.max(0, a - 6), a)}[${s.text.slice(a, b)}]${s.text.slice(b, b + 6)}`;
    };
    for (const f of found) if (!ex.persons.has(f)) console.log('FP', show(f));
    for (const g of ex.persons) if (!found.has(g)) console.log('FN', show(g));
  }
}

if (process.argv.includes('--errors')) printErrors(heldOut, avg.w, avg.t);
