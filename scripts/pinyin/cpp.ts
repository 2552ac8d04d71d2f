/**
 * The CPP polyphone benchmark (kakaobrain/g2pM, Apache-2.0): one sentence per line with the
 * target character between ▁ marks, and its reading with a tone number in the `.lb` file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMarked } from '../../lib/pinyin/syllable';

export interface CppItem {
  text: string;
  /** Code point index of the target character. */
  at: number;
  char: string;
  /** Gold reading with a tone number, as labelled (`zhang3`, `lu:4`). */
  label: string;
  /** The same with tone marks. */
  reading: string;
}

export function loadCpp(corpus: string, split: 'dev' | 'test'): CppItem[] {
  const dir = join(corpus, 'polyphone', 'g2pM_CPP');
  const sents = readFileSync(join(dir, `${split}.sent`), 'utf8').split('\n');
  const labels = readFileSync(join(dir, `${split}.lb`), 'utf8').split('\n');
  const items: CppItem[] = [];
  sents.forEach((line, i) => {
    const [before = '', char = '', after = ''] = line.split('▁');
    const label = labels[i]?.trim() ?? '';
    if (!char || !label) return;
    items.push({ text: before + char + after, at: Array.from(before).length, char, label, reading: toMarked(label) });
  });
  return items;
}

export function corpusArg(): string {
  const at = process.argv.indexOf('--corpus');
  return (at >= 0 ? process.argv[at + 1] : undefined) ?? '../shared/corpus';
}
