import type { Token } from '../reader';
import { splitTokens } from '../text/split-tokens';
import type { TermMatch } from './match';

/** A word, and the glossary term occurrence it belongs to. */
export interface TermToken extends Token {
  /** The term's headword. */
  t?: string;
  /** Which occurrence in its text: consecutive tokens with the same `o` form one term. */
  o?: number;
}

/**
 * Marks the tokens of one text with the terms found in it. A word that crosses a term's edge
 * is cut there (each piece keeps the syllables of its own characters), so every term occurrence
 * is a run of whole tokens.
 */
export function markTerms(tokens: readonly Token[], matches: readonly TermMatch[]): TermToken[] {
  if (matches.length === 0) return tokens as TermToken[];
  const edges = new Set(matches.flatMap((m) => [m.start, m.end]));
  const out: TermToken[] = [];
  let at = 0;
  let next = 0; // index of the first match that may still cover a token
  for (const token of tokens) {
    const end = at + token.w.length;
    const cuts = [at];
    for (let i = at + 1; i < end; i++) if (edges.has(i)) cuts.push(i);
    cuts.push(end);
    const lengths = cuts.slice(1).map((c, i) => c - (cuts[i] ?? 0));
    const pieces = lengths.length === 1 ? [[token as TermToken]] : splitTokens([token as TermToken], lengths);
    let pieceStart = at;
    for (const [piece] of pieces) {
      if (!piece) continue;
      while (next < matches.length && (matches[next]?.end ?? 0) <= pieceStart) next++;
      const match = matches[next];
      out.push(match && match.start <= pieceStart && pieceStart < match.end ? { ...piece, t: match.headword, o: next } : piece);
      pieceStart += piece.w.length;
    }
    at = end;
  }
  return out;
}
