import { HAN } from '../text/han';
import type { BaseReader, Source } from './base-reading';
import { contextFeatures, toSentence, type Sentence } from './features';
import { lexiconVotes, type Lexicon } from './lexicon';
import { modelFeatures, predict, type PolyphoneModel, type Vote } from './model';
import { ruleReading } from './rules';
import { toSimplified } from './traditional';

export interface ReaderParts {
  base: BaseReader;
  model?: PolyphoneModel;
  lexicon?: Lexicon;
  rules?: boolean;
}

/** The word-level reading of the character at code point `at`: its syllable and source. */
export function baseAt(s: Sentence, base: BaseReader, at: number): { reading: string; source: Source } {
  const wi = s.wordAt[at] ?? 0;
  const { syllables, sources } = base.read(s.words[wi] ?? '');
  let k = 0;
  for (let i = s.starts[wi] ?? 0; i < at; i++) if (HAN.test(s.chars[i] ?? '')) k++;
  return { reading: syllables[k] ?? s.chars[at] ?? '', source: sources[k] ?? 'char' };
}

/** Everything the model weighs for one character: its votes and its features. */
export function evidence(s: Sentence, at: number, reading: string, source: Source, lexicon?: Lexicon) {
  const votes: Vote[] = [{ r: reading, kind: source }];
  if (lexicon) votes.push(...lexiconVotes(lexicon, s, at));
  return { votes, feats: modelFeatures(contextFeatures(s, at), votes) };
}

/**
 * Reads a run of segmented words: each word's base reading, then, for each character whose
 * reading the fixed list does not settle, a context rule or the polyphone model.
 */
export function readSentence(words: readonly string[], parts: ReaderParts): string[][] {
  const s = toSentence(words.map(toSimplified));
  const { base, model, lexicon, rules = true } = parts;
  return s.words.map((word, wi) => {
    const { syllables, sources } = base.read(word);
    const out = [...syllables];
    let k = 0;
    const end = (s.starts[wi] ?? 0) + Array.from(word).length;
    for (let at = s.starts[wi] ?? 0; at < end; at++) {
      const ch = s.chars[at] ?? '';
      if (!HAN.test(ch)) continue;
      const source = sources[k] ?? 'char';
      const reading = out[k] ?? ch;
      if (source !== 'fixed') {
        const ruled = rules ? ruleReading(s, at) : undefined;
        if (ruled) out[k] = ruled;
        else if (model?.chars.has(ch)) {
          const { votes, feats } = evidence(s, at, reading, source, lexicon);
          out[k] = predict(model, ch, feats, votes) ?? reading;
        }
      }
      k++;
    }
    return out;
  });
}
