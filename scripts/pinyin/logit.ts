/** Training of the per-character log-linear polyphone model (see lib/pinyin/model.ts). */
import { scoreCandidates, VOTE_KINDS, type CharModel, type PolyphoneModel, type Votes } from '../../lib/pinyin/model';

export interface Example {
  ch: string;
  cp: number;
  feats: number[];
  votes: Votes;
  base: string;
  gold: string;
  /** The reading a fixed word or a context rule gives before the model is asked, if any. */
  settled?: string;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The candidates of each character: every gold reading seen for it in training. */
function candidates(examples: readonly Example[]): Map<number, CharModel> {
  const chars = new Map<number, CharModel>();
  for (const ex of examples) {
    const cm: CharModel = chars.get(ex.cp) ?? { c: [], f: new Map() };
    if (!cm.c.includes(ex.gold)) cm.c.push(ex.gold);
    chars.set(ex.cp, cm);
  }
  return chars;
}

/** AdaGrad on the conditional log-likelihood, L2-regularised. */
export function train(examples: readonly Example[], opts: TrainOptions): PolyphoneModel {
  const chars = candidates(examples);
  const model: PolyphoneModel = { agree: VOTE_KINDS.map(() => 0), chars };
  const sq = new Map<number[], number[]>();
  const agreeSq = VOTE_KINDS.map(() => 1e-8);
  const step = (w: number[], i: number, grad: number) => {
    let acc = sq.get(w);
    if (!acc) sq.set(w, (acc = w.map(() => 1e-8)));
    acc[i] = (acc[i] ?? 0) + grad * grad;
    w[i] = (w[i] ?? 0) - (opts.rate * grad) / Math.sqrt(acc[i] ?? 1);
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const ex of shuffled(examples, opts.seed + epoch)) {
      const cm = chars.get(ex.cp);
      if (!cm) continue;
      const { cands, scores } = scoreCandidates(model, cm, ex.feats, ex.votes);
      const p = softmax(scores);
      const g = cands.indexOf(ex.gold);
      for (const feat of ex.feats) {
        let w = cm.f.get(feat);
        if (!w) cm.f.set(feat, (w = cm.c.map(() => 0)));
        for (let i = 0; i < w.length; i++) step(w, i, (p[i] ?? 0) - (i === g ? 1 : 0) + opts.l2 * (w[i] ?? 0));
      }
      for (let v = 0; v < ex.votes.n; v++) {
        const b = cands.indexOf(ex.votes.r[v] ?? '');
        const kind = ex.votes.kind[v] ?? 0;
        const grad = (p[b] ?? 0) - (b === g ? 1 : 0);
        agreeSq[kind] = (agreeSq[kind] ?? 1e-8) + grad * grad;
        model.agree[kind] = (model.agree[kind] ?? 0) - (opts.rate * grad) / Math.sqrt(agreeSq[kind] ?? 1);
      }
    }
  }
  return model;
}

/**
 * The mean of models trained with different shuffles (`seeds` of them): stochastic training on a
 * few thousand examples leaves weights that depend on the order it saw them; their mean does less.
 */
export function trainAveraged(examples: readonly Example[], opts: TrainOptions, seeds: number): PolyphoneModel {
  const models = Array.from({ length: seeds }, (_, i) => train(examples, { ...opts, seed: opts.seed + 100 * i }));
  const [first] = models;
  if (!first || models.length === 1) return first ?? train(examples, opts);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / models.length;
  const chars = new Map<number, CharModel>();
  for (const [cp, cm] of first.chars) {
    const f = new Map<number, number[]>();
    for (const m of models) {
      for (const [feat, w] of m.chars.get(cp)?.f ?? []) {
        const sum = f.get(feat) ?? w.map(() => 0);
        w.forEach((x, i) => (sum[i] = (sum[i] ?? 0) + x));
        f.set(feat, sum);
      }
    }
    for (const w of f.values()) w.forEach((x, i) => (w[i] = x / models.length));
    chars.set(cp, { c: cm.c, f });
  }
  return { agree: first.agree.map((_, i) => mean(models.map((m) => m.agree[i] ?? 0))), chars };
}

/**
 * Drops weights too small to change a decision: below `threshold`, or below `phraseThreshold` for
 * a feature that only phrase examples showed (`seen` holds the features of CPP examples). The
 * phrase lists give many features that each fire rarely; keeping only their strong weights keeps
 * the model small enough to stay in a processor's cache.
 */
export function prune(model: PolyphoneModel, threshold: number, seen?: ReadonlySet<number>, phraseThreshold = threshold): PolyphoneModel {
  const chars = new Map<number, CharModel>();
  for (const [cp, cm] of model.chars) {
    const f = new Map<number, number[]>();
    for (const [feat, w] of cm.f) {
      const t = !seen || seen.has(feat) ? threshold : phraseThreshold;
      if (w.some((x) => Math.abs(x) >= t)) f.set(feat, w.map((x) => (Math.abs(x) >= t ? x : 0)));
    }
    chars.set(cp, { c: cm.c, f });
  }
  return { ...model, chars };
}
