/**
 * A log-linear model per polyphonic character: each candidate reading scores the sum of the
 * weights its context features carry for it, plus shared weights for agreeing with each vote
 * (the word-level base reading by its source, the phrase lexicon's matches). Trained by
 * scripts/train-polyphone.ts on the CPP dev split.
 */
export interface PolyphoneModelData {
  format: 1;
  revision: string;
  source: string;
  licence: string;
  /** Weight of "the candidate is what this vote says", by kind of vote. */
  agree: Record<string, number>;
  /** Per simplified character: its candidate readings and, per feature, one weight per candidate. */
  chars: Record<string, { c: string[]; f: Record<string, number[]> }>;
}

export interface CharModel {
  c: string[];
  f: Map<string, number[]>;
}

export interface PolyphoneModel {
  agree: Record<string, number>;
  chars: Map<string, CharModel>;
}

/** A reading proposed for a character by some source (`kind`): base reading, lexicon match. */
export interface Vote {
  r: string;
  kind: string;
}

export function loadModel(data: PolyphoneModelData): PolyphoneModel {
  const chars = new Map<string, CharModel>();
  for (const [ch, { c, f }] of Object.entries(data.chars)) chars.set(ch, { c, f: new Map(Object.entries(f)) });
  return { agree: { ...data.agree }, chars };
}

/** Scores of the candidates: the model's own, then any voted reading that is not one of them. */
export function scoreCandidates(
  model: PolyphoneModel,
  char: CharModel,
  feats: readonly string[],
  votes: readonly Vote[],
): { cands: string[]; scores: number[] } {
  const cands = [...char.c];
  for (const v of votes) if (!cands.includes(v.r)) cands.push(v.r);
  const scores = cands.map(() => 0);
  for (const v of votes) {
    const i = cands.indexOf(v.r);
    scores[i] = (scores[i] ?? 0) + (model.agree[v.kind] ?? 0);
  }
  for (const feat of feats) {
    const weights = char.f.get(feat);
    if (!weights) continue;
    for (let i = 0; i < weights.length; i++) scores[i] = (scores[i] ?? 0) + (weights[i] ?? 0);
  }
  return { cands, scores };
}

export function predict(model: PolyphoneModel, ch: string, feats: readonly string[], votes: readonly Vote[]): string | undefined {
  const char = model.chars.get(ch);
  if (!char) return votes[0]?.r;
  const { cands, scores } = scoreCandidates(model, char, feats, votes);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  return cands[best];
}

/** The features the model sees: the context, plus what each vote says, per character. */
export function modelFeatures(context: readonly string[], votes: readonly Vote[]): string[] {
  const feats = [...context, 'b'];
  for (const v of votes) feats.push(`${v.kind}:${v.r}`);
  return feats;
}
