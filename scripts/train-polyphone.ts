/**
 * Trains the polyphone model (lib/pinyin/data/polyphone-model.json) on the CPP dev split.
 * The test split is never read here: it is kept for the final score (scripts/bench-pinyin.ts).
 *
 *   npx jiti scripts/train-polyphone.ts --corpus ../shared/corpus [--cv 5]
 *
 * With --cv K it prints K-fold cross-validated accuracy on dev instead of writing the model.
 * The lexicon it reads (lib/pinyin/data/lexicon.json) comes from scripts/build-lexicon.ts.
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { createBaseReader } from '../lib/pinyin/base-reading';
import { fixedWords } from '../lib/pinyin/fixed-words';
import { loadLexicon, type LexiconData } from '../lib/pinyin/lexicon';
import { predict, type PolyphoneModel, type PolyphoneModelData } from '../lib/pinyin/model';
import { createJiebaSegmenter } from '../lib/segment/jieba';
import { segmentVocabulary } from '../lib/segment/vocabulary';
import lexiconData from '../lib/pinyin/data/lexicon.json';
import { corpusArg, loadCpp } from './pinyin/cpp';
import { toExamples } from './pinyin/examples';
import { prune, train, type Example, type TrainOptions } from './pinyin/logit';

const OPTIONS: TrainOptions = { epochs: 10, rate: 0.1, l2: 0.001, seed: 1 };
const PRUNE = 0.05;
const OUT = 'lib/pinyin/data/polyphone-model.json';

function accuracy(model: PolyphoneModel, examples: readonly Example[]): number {
  const right = examples.filter((e) => predict(model, e.ch, e.feats, e.votes) === e.gold).length;
  return right / examples.length;
}

function crossValidate(examples: readonly Example[], k: number): void {
  let right = 0;
  for (let fold = 0; fold < k; fold++) {
    const model = prune(train(examples.filter((_, i) => i % k !== fold), OPTIONS), PRUNE);
    const held = examples.filter((_, i) => i % k === fold);
    right += accuracy(model, held) * held.length;
    if (process.argv.includes('--errors')) {
      for (const e of held) {
        const r = predict(model, e.ch, e.feats, e.votes);
        if (r !== e.gold) console.error(`${e.ch} ${r}→${e.gold} base=${e.base} ${e.votes.map((v) => v.kind + ':' + v.r).join(',')} ${e.feats.filter((f) => /^(w|l2|r2):/.test(f)).join(' ')}`);
      }
    }
  }
  console.log(`dev ${k}-fold accuracy ${((100 * right) / examples.length).toFixed(2)} %`);
}

function serialise(model: PolyphoneModel): PolyphoneModelData {
  const chars: PolyphoneModelData['chars'] = {};
  for (const [ch, cm] of [...model.chars].sort(([a], [b]) => (a < b ? -1 : 1))) {
    chars[ch] = { c: cm.c, f: Object.fromEntries(cm.f) };
  }
  return {
    format: 1,
    revision: new Date().toISOString().slice(0, 10),
    source: 'trained by scripts/train-polyphone.ts on the CPP dev split (kakaobrain/g2pM data/dev.*)',
    licence: 'Apache-2.0 (CPP data); weights derived from it',
    agree: model.agree,
    chars,
  };
}

const items = loadCpp(corpusArg(), 'dev');
const segmenter = createJiebaSegmenter(jieba, segmentVocabulary());
const base = createBaseReader(fixedWords());
const examples = toExamples(items, segmenter, base, loadLexicon(lexiconData as LexiconData));
const cvAt = process.argv.indexOf('--cv');
if (cvAt >= 0) crossValidate(examples, Number(process.argv[cvAt + 1] ?? 5));
else {
  const model = prune(train(examples, OPTIONS), PRUNE);
  writeFileSync(OUT, JSON.stringify(serialise(model)) + '\n');
  console.log(`dev accuracy (training data) ${(100 * accuracy(model, examples)).toFixed(2)} %, ${model.chars.size} characters → ${OUT}`);
}
