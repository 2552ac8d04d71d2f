/** Training of the per-character log-linear polyphone model (see lib/pinyin/model.ts). */
import { scoreCandidates, type CharModel, type PolyphoneModel, type Vote } from '../../lib/pinyin/model';

export interface Example {
  ch: string;
  feats: string[];
  votes: Vote[];
  base: string;
  gold: string;
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

/** AdaGrad on the conditional log-likelihood, L2-regularised. */
export function train(examples: readonly Example[], opts: TrainOptions): PolyphoneModel {
  const chars = new Map<string, CharModel>();
  for (const ex of examples) {
    const cm: CharModel = chars.get(ex.ch) ?? { c: [], f: new Map() };
    if (!cm.c.includes(ex.gold)) cm.c.push(ex.gold);
    chars.set(ex.ch, cm);
  }
  const model: PolyphoneModel = { agree: {}, chars };
  const sq = new Map<number[], number[]>();
  const agreeSq: Record<string, number> = {};
  const step = (w: number[], i: number, grad: number) => {
    let acc = sq.get(w);
    if (!acc) sq.set(w, (acc = w.map(() => 1e-8)));
    acc[i] = (acc[i] ?? 0) + grad * grad;
    w[i] = (w[i] ?? 0) - (opts.rate * grad) / Math.sqrt(acc[i] ?? 1);
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const ex of shuffled(examples, opts.seed + epoch)) {
      const cm = chars.get(ex.ch);
      if (!cm) continue;
      const { cands, scores } = scoreCandidates(model, cm, ex.feats, ex.votes);
      const p = softmax(scores);
      const g = cands.indexOf(ex.gold);
      for (const feat of ex.feats) {
        let w = cm.f.get(feat);
        if (!w) cm.f.set(feat, (w = cm.c.map(() => 0)));
        for (let i = 0; i < w.length; i++) step(w, i, (p[i] ?? 0) - (i === g ? 1 : 0) + opts.l2 * (w[i] ?? 0));
      }
      for (const v of ex.votes) {
        const b = cands.indexOf(v.r);
        const grad = (p[b] ?? 0) - (b === g ? 1 : 0);
        const acc = (agreeSq[v.kind] ?? 1e-8) + grad * grad;
        agreeSq[v.kind] = acc;
        model.agree[v.kind] = (model.agree[v.kind] ?? 0) - (opts.rate * grad) / Math.sqrt(acc);
      }
    }
  }
  return model;
}

/** Drops weights too small to change a decision, rounds the rest. */
export function prune(model: PolyphoneModel, threshold: number): PolyphoneModel {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const chars = new Map<string, CharModel>();
  for (const [ch, cm] of model.chars) {
    const f = new Map<string, number[]>();
    for (const [feat, w] of cm.f) {
      if (w.some((x) => Math.abs(x) >= threshold)) f.set(feat, w.map((x) => (Math.abs(x) >= threshold ? round(x) : 0)));
    }
    chars.set(ch, { c: cm.c, f });
  }
  const agree: Record<string, number> = {};
  for (const [k, v] of Object.entries(model.agree)) agree[k] = round(v);
  return { agree, chars };
}
