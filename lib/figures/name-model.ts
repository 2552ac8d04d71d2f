import { FEATURE_BITS, FEATURES_PER_CHAR, featuresAt, PAD, type CharContext } from './name-features';

/**
 * A character tagger for person names: each character is O (outside a name), B, M or E (begins,
 * is inside or ends a name of several characters) or S (a name of one character, 胡老's 胡). The score of a label is the sum of the weights its context features carry
 * (name-features.ts) plus a weight for the label before it; Viterbi finds the best sequence.
 * Trained by scripts/figures/train-names.ts (an averaged perceptron).
 */

export const LABELS = 5;
export const O = 0;
export const B = 1;
export const M = 2;
export const E = 3;
export const S = 4;

/** Which label may follow which: `ALLOWED[a][b]`; the row past the labels is the start. */
const ALLOWED = [
  [1, 1, 0, 0, 1],
  [0, 0, 1, 1, 0],
  [0, 0, 1, 1, 0],
  [1, 1, 0, 0, 1],
  [1, 1, 0, 0, 1],
  [1, 1, 0, 0, 1],
];

/** The transition weights with the moves BIOES forbids set to FORBIDDEN. */
export function constrained(t: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(t);
  ALLOWED.forEach((row, a) => row.forEach((ok, b) => (out[a * LABELS + b] = ok ? out[a * LABELS + b]! : FORBIDDEN)));
  return out;
}

/** The stored model: weights of the name labels relative to O per bucket, as signed bytes. */
export interface NameModelData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  bits: number;
  /** Weights are stored as signed bytes on a logarithmic scale (see weightTable). */
  scale: number;
  /** Weight of label b after label a at index a * 3 + b, then of each label at the start. */
  transitions: number[];
  /** Base64 of an Int8Array: per bucket the weights of B, M, E and S (O is 0). */
  weights: string;
}

export interface NameModel {
  /**
   * Per bucket, the stored bytes of the LABELS - 1 name labels (O is 0): a table a quarter the
   * size of floats, which keeps the random reads of a long text in the processor's cache.
   */
  q: Int8Array;
  /** The weight of stored byte b at b + 127. */
  table: Float64Array;
  /** LABELS * LABELS transitions, then LABELS start weights, forbidden moves included. */
  t: Float64Array;
}

/** A transition that BIOES forbids (O → M, start → E…). */
const FORBIDDEN = -1e9;

/**
 * The weight of each stored byte from -127 to 127: byte q stands for ±scale·(e^(|q|·top/127) − 1),
 * with top = ln(1001), so that weights from scale/10 to 1000·scale keep their relative precision.
 */
export function weightTable(scale: number): Float64Array {
  const top = Math.log1p(1000);
  return Float64Array.from({ length: 255 }, (_, k) => Math.sign(k - 127) * scale * Math.expm1((Math.abs(k - 127) * top) / 127));
}

function fromBase64(s: string): Int8Array {
  const binary = atob(s);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

export function loadNameModel(data: NameModelData): NameModel {
  if (data.bits !== FEATURE_BITS) throw new Error(`name model has ${data.bits} feature bits, expected ${FEATURE_BITS}`);
  return { q: fromBase64(data.weights), table: weightTable(data.scale), t: constrained(data.transitions) };
}

// The benchmarks' loader (jiti) reads an imported binding through a proxy at every use, which
// costs more than the work in a hot loop: take local copies once.
const featuresOf = featuresAt;
const PER_CHAR = FEATURES_PER_CHAR;
const OPEN_PAD = PAD;

/** The emission scores of every character: LABELS per character, O's always 0. */
export function emissions(ctx: CharContext, model: NameModel): Float64Array {
  const { q, table } = model;
  const n = ctx.length;
  const out = new Float64Array(n * LABELS);
  const perChar = PER_CHAR;
  const [labels, stride] = [LABELS, LABELS - 1];
  const f = new Int32Array(perChar);
  const open = ctx.open;
  for (let i = 0; i < n; i++) {
    const at = i * labels;
    if (!open[i + OPEN_PAD]) {
      // Plain stores: a typed array's fill() per character costs more than the four writes.
      out[at + 1] = FORBIDDEN;
      out[at + 2] = FORBIDDEN;
      out[at + 3] = FORBIDDEN;
      out[at + 4] = FORBIDDEN;
      continue;
    }
    featuresOf(ctx, i, f, 0);
    let b = 0;
    let m = 0;
    let e = 0;
    let s = 0;
    for (let k = 0; k < perChar; k++) {
      const base = f[k]! * stride;
      b += table[q[base]! + 127]!;
      m += table[q[base + 1]! + 127]!;
      e += table[q[base + 2]! + 127]!;
      s += table[q[base + 3]! + 127]!;
    }
    // Labels in their order O, B, M, E, S.
    out[at + 1] = b;
    out[at + 2] = m;
    out[at + 3] = e;
    out[at + 4] = s;
  }
  return out;
}

/**
 * Max-product forward scores: per character and label, the score of the best sequence up to it
 * that ends in that label. With `back`, also the best label before each (for viterbi()).
 */
function forwardScores(em: Float64Array, t: Float64Array, n: number, back?: Uint8Array): Float64Array {
  const L = LABELS;
  const score = new Float64Array(n * L);
  if (n === 0) return score;
  for (let y = 0; y < L; y++) score[y] = em[y]! + t[L * L + y]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    // Where the emissions forbid every name label, only O needs its best predecessor.
    const onlyO = em[i * L + 1]! <= FORBIDDEN;
    for (let y = 0; y < L; y++) {
      if (onlyO && y > 0) {
        score[i * L + y] = FORBIDDEN;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < L; x++) {
        const s = score[prev + x]! + t[x * L + y]!;
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      score[i * L + y] = best + em[i * L + y]!;
      if (back) back[i * L + y] = arg;
    }
  }
  return score;
}

/** The best label sequence for the emission scores, with BIO's forbidden transitions. */
export function viterbi(em: Float64Array, t: Float64Array, n: number): Uint8Array {
  const L = LABELS;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const back = new Uint8Array(n * L);
  const score = forwardScores(em, t, n, back);
  // A name cannot be cut off by the end of the text: end on O, E or S.
  const last = (n - 1) * L;
  let y = O;
  if (score[last + E]! > score[last + y]!) y = E;
  if (score[last + S]! > score[last + y]!) y = S;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    y = back[i * L + y]!;
  }
  return labels;
}

/** Spans [start, end) labelled as names. */
export function labelSpans(labels: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === S) out.push([i, i + 1]);
    if (labels[i] !== B) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === M) j++;
    if (labels[j] === E) out.push([i, j + 1]);
    i = j;
  }
  return out;
}

/** BIOES labels of names given as spans (for training). */
export function spanLabels(n: number, spans: Iterable<readonly [number, number]>): Uint8Array {
  const labels = new Uint8Array(n).fill(O);
  for (const [start, end] of spans) {
    if (end - start === 1) labels[start] = S;
    else {
      labels[start] = B;
      labels.fill(M, start + 1, end - 1);
      labels[end - 1] = E;
    }
  }
  return labels;
}

/**
 * How sure the best sequence is of each character's name label: per character, how much lower
 * the best sequence scores that must label it O (0 where the best sequence does): viterbi()'s
 * forward scores, a backward pass of the same kind, and its end rule.
 */
export function outsideCosts(em: Float64Array, t: Float64Array, n: number): Float64Array {
  const L = LABELS;
  const costs = new Float64Array(n);
  if (n === 0) return costs;
  const fwd = forwardScores(em, t, n);
  const bwd = new Float64Array(n * L);
  // The text ends on O, E or S.
  for (let y = 0; y < L; y++) bwd[(n - 1) * L + y] = y === O || y === E || y === S ? 0 : FORBIDDEN;
  for (let i = n - 2; i >= 0; i--) {
    for (let x = 0; x < L; x++) {
      let best = -Infinity;
      for (let y = 0; y < L; y++) best = Math.max(best, t[x * L + y]! + em[(i + 1) * L + y]! + bwd[(i + 1) * L + y]!);
      bwd[i * L + x] = best;
    }
  }
  let top = -Infinity;
  for (let y = 0; y < L; y++) top = Math.max(top, fwd[(n - 1) * L + y]! + bwd[(n - 1) * L + y]!);
  for (let i = 0; i < n; i++) costs[i] = Math.max(0, top - (fwd[i * L + O]! + bwd[i * L + O]!));
  return costs;
}
