import { readFileSync } from 'node:fs';

/** One sentence of a character-level BIO file: its text and the person-name spans. */
export interface NerSentence {
  text: string;
  persons: Set<string>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function personSpans(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    let j = i + 1;
    while (tags[j] === 'I-PER') j++;
    out.add(`${i}:${j}`);
    i = j - 1;
  }
  return out;
}

/** Reads `char TAG` lines with blank lines between sentences (People's Daily 1998, MSRA). */
export function readBio(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (chars.length > 0) sentences.push({ text: chars.join(''), persons: personSpans(tags) });
    chars = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [ch, tag] = line.trim().split(/\s+/u);
    if (!ch) flush();
    else {
      chars.push(ch);
      tags.push(tag ?? 'O');
    }
  }
  flush();
  return sentences;
}

/** Exact-span scoring; spans are `start:end` in characters of the sentence (one BMP char each). */
export function scoreSpans(sentences: readonly NerSentence[], predict: (text: string) => Set<string>): Score {
  const score: Score = { tp: 0, fp: 0, fn: 0 };
  for (const s of sentences) {
    const predicted = predict(s.text);
    for (const p of predicted) {
      if (s.persons.has(p)) score.tp++;
      else score.fp++;
    }
    for (const g of s.persons) if (!predicted.has(g)) score.fn++;
  }
  return score;
}

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
