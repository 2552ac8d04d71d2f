import type { Tagger, Token } from './types';

/** Runs of Han characters, of Latin letters and digits, and single other characters. */
const FALLBACK = /\p{Script=Han}|[A-Za-z0-9０-９.．%％]+|\s+|./gsu;

/**
 * The text as tagged words with offsets. Without a tagger each Han character is a word of its
 * own tagged `x`, so the rules that read context still work, only with less evidence.
 */
export function tokenize(text: string, tagger?: Tagger): Token[] {
  const tagged = tagger ? tagger.tag(text) : fallbackTags(text);
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}

function fallbackTags(text: string): { word: string; tag: string }[] {
  return Array.from(text.matchAll(FALLBACK), (m) => ({ word: m[0], tag: 'x' }));
}
