import { FEATURE_BITS, FEATURES_PER_CHAR } from '../../lib/figures/name-features';
import { constrained, LABELS, O, viterbi } from '../../lib/figures/name-model';

/** A sentence as the trainer sees it: the bucket indices of every character and the gold labels. */
export interface Example {
  n: number;
  features: Int32Array;
  gold: Uint8Array;
}

// jiti reads an imported binding through a proxy at every use: hot loops use these local copies.
const BUCKETS = 1 << FEATURE_BITS;
const L = LABELS;
const K = FEATURES_PER_CHAR;
const T = L * L + L;

/** An averaged structured perceptron over BIOES labels with Viterbi decoding (Collins 2002). */
export class Perceptron {
  w: Float64Array = new Float64Array(BUCKETS * L);
  u: Float64Array = new Float64Array(BUCKETS * L);
  t: Float64Array = new Float64Array(T);
  tu: Float64Array = new Float64Array(T);
  c = 1;

  predict(ex: Example, w: Float64Array = this.w, t: Float64Array = this.t, dropped?: Uint8Array): Uint8Array {
    const em = new Float64Array(ex.n * L);
    const f = ex.features;
    for (let i = 0; i < ex.n; i++) {
      for (let k = 0; k < K; k++) {
        if (dropped?.[i * K + k]) continue;
        const base = f[i * K + k]! * L;
        for (let y = 0; y < L; y++) em[i * L + y] = em[i * L + y]! + w[base + y]!;
      }
    }
    return viterbi(em, constrained(t), ex.n);
  }

  private add(index: number, delta: number, w: Float64Array, u: Float64Array): void {
    w[index] = w[index]! + delta;
    u[index] = u[index]! + this.c * delta;
  }

  update(ex: Example, pred: Uint8Array, dropped?: Uint8Array): void {
    for (let i = 0; i < ex.n; i++) {
      const g = ex.gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = 0; k < K; k++) {
          if (dropped?.[i * K + k]) continue;
          const base = ex.features[i * K + k]! * L;
          this.add(base + g, 1, this.w, this.u);
          this.add(base + p, -1, this.w, this.u);
        }
      }
      const gPrev = i === 0 ? -1 : ex.gold[i - 1]!;
      const pPrev = i === 0 ? -1 : pred[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.add(gPrev < 0 ? L * L + g : gPrev * L + g, 1, this.t, this.tu);
        this.add(pPrev < 0 ? L * L + p : pPrev * L + p, -1, this.t, this.tu);
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

/**
 * Which features of a sentence to leave out at one visit: each but the bias with probability
 * `share` (dropout), so that no single feature, such as a name's own characters, carries a name.
 */
function dropMask(ex: Example, share: number, seed: number): Uint8Array | undefined {
  if (share <= 0) return undefined;
  const out = new Uint8Array(ex.n * K);
  let s = seed >>> 0;
  for (let j = 0; j < out.length; j++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[j] = j % K !== 0 && (s >>> 8) / (1 << 24) < share ? 1 : 0;
  }
  return out;
}

export function train(examples: readonly Example[], epochs: number, dropout = 0, seed = 0): Perceptron {
  const p = new Perceptron();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let visit = 0;
    for (const ex of shuffled(examples, e + 1 + seed * 7919)) {
      const dropped = dropMask(ex, dropout, e * 1000003 + visit++ + seed * 104729);
      const pred = p.predict(ex, p.w, p.t, dropped);
      if (pred.some((y, i) => y !== ex.gold[i])) {
        errors++;
        p.update(ex, pred, dropped);
      } else p.c++;
    }
    console.log(`  epoch ${e + 1}: ${errors} sentences wrong`);
  }
  return p;
}

/**
 * Several perceptrons trained on other orders and dropouts, their averaged weights averaged
 * again: a smaller variance than any one of them.
 */
export function trainEnsemble(examples: readonly Example[], epochs: number, dropout: number, models: number): { w: Float64Array; t: Float64Array } {
  const sum = { w: new Float64Array(BUCKETS * L), t: new Float64Array(T) };
  for (let m = 0; m < models; m++) {
    const avg = train(examples, epochs, dropout, m).averaged();
    avg.w.forEach((x, i) => (sum.w[i] = sum.w[i]! + x / models));
    avg.t.forEach((x, i) => (sum.t[i] = sum.t[i]! + x / models));
  }
  return sum;
}

/** Quantises the name labels' weights (relative to O) to signed bytes on a logarithmic scale. */
export function quantise(w: Float64Array): { scale: number; bytes: Int8Array } {
  const rel = new Float64Array(BUCKETS * (L - 1));
  for (let b = 0; b < BUCKETS; b++) {
    for (let y = 1; y < L; y++) rel[b * (L - 1) + y - 1] = w[b * L + y]! - w[b * L + O]!;
  }
  const max = rel.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const scale = max / 1000;
  const top = Math.log1p(max / scale);
  const bytes = Int8Array.from(rel, (x) => Math.sign(x) * Math.round((127 * Math.log1p(Math.abs(x) / scale)) / top));
  return { scale, bytes };
}
