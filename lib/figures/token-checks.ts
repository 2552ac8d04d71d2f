import type { Token } from './types';

export const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/** Tags of words that are never part of a name (verbs, adverbs, particles, numbers…). */
const NEVER_IN_NAME = new Set(['v', 'vn', 'vd', 'd', 'a', 'ad', 'an', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'f', 'm', 'q', 'y', 'e', 'k', 'l', 'i']);

/** Tags a whole-word name may carry: jieba files some famous names as nz, ns or t (周恩来/t). */
export const WHOLE_WORD_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x', 'nz', 'ns', 't', 'n', 'j', 'ng']);

/** Index of the first token that ends after `offset` (tokens are in text order). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that overlap [start, end). */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) out.push(tokens[i]!);
  return out;
}

/** The token that holds the character before `offset`. */
export function tokenBefore(tokens: readonly Token[], offset: number): Token | undefined {
  const t = tokens[firstEndingAfter(tokens, offset - 1)];
  return t && t.start < offset ? t : undefined;
}

/**
 * Whether the tagger's words allow a name at [start, end): it must start a word, not cut a
 * dictionary word in two at its end, and not be made of verbs or particles (应该说, 时表示).
 */
export function tokensAllowName(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens.length === 0) return true;
  const inside = tokensIn(tokens, start, end);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last || first.start !== start) return false;
  if (last.end !== end && !(last.tag === 'x' || last.word.length === 1)) return false;
  if (inside.length === 1) {
    if (!WHOLE_WORD_TAGS.has(first.tag)) return false;
    // Two-character common nouns and places (房东, 古巴) are words, not names.
    return !(end - start === 2 && (first.tag === 'n' || first.tag === 'ns') && first.end === end);
  }
  return inside.every((t) => t.word.length === 1 || !NEVER_IN_NAME.has(t.tag));
}
