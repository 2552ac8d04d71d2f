/**
 * Trains the polyphone model (lib/pinyin/data/polyphone-model.json) on the CPP dev split.
 * The test split is never read here: it is kept for the final score (scripts/bench-pinyin.ts).
 *
 *   npx jiti scripts/train-polyphone.ts --corpus ../shared/corpus [--cv 5]
 *
 * With --cv K it prints K-fold cross-validated accuracy on dev instead of writing the model.
 * The lexicon it reads (lib/pinyin/data/lexicon.json) comes from scripts/build-lexicon.ts, the
 * word-level readings (lib/pinyin/data/readings.json) from scripts/build-pinyin-table.ts.
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { readerFixedWords } from '../lib/pinyin';
import { createBaseReader } from '../lib/pinyin/base-reading';
import lexiconData from '../lib/pinyin/data/lexicon.json';
import { loadLexicon, type LexiconData } from '../lib/pinyin/lexicon';
import { predict, type PolyphoneModel, type PolyphoneModelData } from '../lib/pinyin/model';
import { createJiebaSegmenter } from '../lib/segment/jieba';
import { segmentVocabulary } from '../lib/segment/vocabulary';
import { corpusArg, loadCpp } from './pinyin/cpp';
import { toExamples } from './pinyin/examples';
import { prune, train, type Example, type TrainOptions } from './pinyin/logit';

const numberArg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const OPTIONS: TrainOptions = { epochs: numberArg('--epochs', 10), rate: numberArg('--rate', 0.1), l2: numberArg('--l2', 0.001), seed: 1 };
const PRUNE = numberArg('--prune', 0.05);
const SCALE = 100;
const OUT = 'lib/pinyin/data/polyphone-model.json';

/** Accuracy of the reader: fixed words and rules first, as at run time, then the model. */
function accuracy(model: PolyphoneModel, examples: readonly Example[]): number {
  const right = examples.filter((e) => {
    const cm = model.chars.get(e.cp);
    return (e.settled ?? (cm ? predict(model, cm, e.feats, e.votes) : e.base)) === e.gold;
  }).length;
  return right / examples.length;
}

function crossValidate(examples: readonly Example[], k: number): void {
  let right = 0;
  for (let fold = 0; fold < k; fold++) {
    const model = prune(train(examples.filter((_, i) => i % k !== fold), OPTIONS), PRUNE);
    const held = examples.filter((_, i) => i % k === fold);
    right += accuracy(model, held) * held.length;
  }
  console.log(`dev ${k}-fold accuracy ${((100 * right) / examples.length).toFixed(2)} %`);
}

function serialise(model: PolyphoneModel): PolyphoneModelData {
  const chars: PolyphoneModelData['chars'] = {};
  for (const [cp, cm] of [...model.chars].sort(([a], [b]) => a - b)) {
    const entries = [...cm.f]
      .sort(([a], [b]) => a - b)
      .map(([f, w]) => `${f.toString(36)}:${w.map((x) => Math.round(x * SCALE)).join(',')}`);
    chars[String.fromCodePoint(cp)] = `${cm.c.join(' ')}|${entries.join(';')}`;
  }
  return {
    format: 2,
    revision: new Date().toISOString().slice(0, 10),
    source: 'trained by scripts/train-polyphone.ts on the CPP dev split (kakaobrain/g2pM data/dev.*)',
    licence: 'Apache-2.0 (CPP data); weights derived from it',
    agree: model.agree.map((w) => Math.round(w * 1000) / 1000),
    scale: SCALE,
    chars,
  };
}

const items = loadCpp(corpusArg(), 'dev');
const segmenter = createJiebaSegmenter(jieba, segmentVocabulary());
const base = createBaseReader(readerFixedWords());
const examples = toExamples(items, segmenter, base, loadLexicon(lexiconData as LexiconData));
const cvAt = process.argv.indexOf('--cv');
if (cvAt >= 0) crossValidate(examples, Number(process.argv[cvAt + 1] ?? 5));
else {
  const model = prune(train(examples, OPTIONS), PRUNE);
  writeFileSync(OUT, JSON.stringify(serialise(model)) + '\n');
  console.log(`dev accuracy (training data) ${(100 * accuracy(model, examples)).toFixed(2)} %, ${model.chars.size} characters → ${OUT}`);
}
