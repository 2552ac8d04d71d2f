/**
 * People and key figures against the worked examples in ../shared/gold, and person names against
 * the People's Daily 1998 NER test set next to plain jieba `nr` tagging.
 *
 *   npm run bench:figures -- --corpus ../shared/corpus
 */
import * as jieba from 'jieba-wasm';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { summarize, type Summary, type Tagger } from '../lib/figures/index';
import { findNameSpans } from '../lib/figures/name-tagger';
import { ruleNameSpans } from '../lib/figures/names';
import { tokenize } from '../lib/figures/tokens';
import { articleText, fixtureText } from './figures/article-text';
import { addScores, readGold, readGoldDir, scoreGold, type GoldFile, type GoldScore } from './figures/gold';
import { precision, readBio, recall, scoreSpans, type Score } from './figures/pd-ner';
import { timeSummary } from './figures/timing';

const tagger: Tagger = { tag: (text) => jieba.tag(text, true) };

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const ratio = (hit: number, total: number) => (total === 0 ? '  -  ' : (hit / total).toFixed(3));

function row(label: string, s: GoldScore): string {
  return [
    label.padEnd(34),
    `person R ${ratio(s.personHit, s.personGold)} P ${ratio(s.personHit, s.personFound)}`,
    `titles ${ratio(s.titleHit, s.titleGold)}`,
    `numbers R ${ratio(s.numberHit, s.numberGold)} P ${ratio(s.numberHit, s.numberFound)}`,
  ].join('  ');
}

function sourcePath(shared: string, gold: GoldFile): string {
  if (gold.source.startsWith('seed/')) return join(shared, gold.source);
  return join(shared, 'corpus', 'pages', gold.source);
}

function misses(gold: GoldFile, summary: Summary): string {
  const names = new Set(gold.people.map((p) => p.name));
  const numbers = new Set(gold.numbers.map((n) => n.normalize('NFKC')));
  const missed = gold.people.filter((p) => !summary.people.some((q) => q.name === p.name)).map((p) => p.name);
  const extra = summary.people.filter((p) => !names.has(p.name)).map((p) => p.name);
  const extraNumbers = summary.figures.filter((f) => !numbers.has(f.asWritten.normalize('NFKC'))).map((f) => f.asWritten);
  const missedNumbers = [...numbers].filter((n) => !summary.figures.some((f) => f.asWritten.normalize('NFKC') === n));
  const parts = [['missed', missed], ['extra', extra], ['missed numbers', missedNumbers], ['extra numbers', extraNumbers]] as const;
  return parts.filter(([, list]) => list.length > 0).map(([k, list]) => `    ${k}: ${list.join(' ')}`).join('\n');
}

function benchGold(shared: string): void {
  const files = readGoldDir(join(shared, 'gold'));
  let total: GoldScore | undefined;
  console.log('Worked examples (shared/gold)');
  for (const gold of files) {
    const summary = summarize(articleText(sourcePath(shared, gold)), tagger);
    const score = scoreGold(gold, summary);
    total = total ? addScores(total, score) : score;
    console.log(row(gold.file, score));
    const detail = misses(gold, summary);
    if (detail) console.log(detail);
  }
  if (total) console.log(row('TOTAL', total));
  const fixture = resolve('test/fixtures/sample-article.html');
  const expected = readGold(resolve('test/fixtures/expected-readings.json'), 'sample-article (fixture)');
  const summary = summarize(fixtureText(fixture), tagger);
  console.log(row(expected.file, scoreGold(expected, summary)));
  const detail = misses(expected, summary);
  if (detail) console.log(detail);
}

function seedCheck(shared: string): void {
  const summary = summarize(articleText(join(shared, 'seed', 'weidong-2021-02.txt')), tagger);
  const wang = summary.people.find((p) => p.name === '王迎波');
  const jobs = summary.figures.find((f) => f.asWritten === '10439人');
  console.log(`\nSeed: 王迎波 ${JSON.stringify(wang?.titles)} → 区委书记 ${wang?.titles.some((t) => t.includes('区委书记')) ? 'yes' : 'NO'}`);
  console.log(`Seed: 10439人 counts "${jobs?.counts}" → 城镇新增就业 ${jobs?.counts.includes('城镇新增就业') ? 'yes' : 'NO'}`);
}

function pdRow(label: string, s: Score): string {
  return `${label.padEnd(36)}  recall ${recall(s).toFixed(3)}  precision ${precision(s).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

const spanSet = (spans: readonly { start: number; end: number }[]) => new Set(spans.map((s) => `${s.start}:${s.end}`));

function plainJieba(text: string): Set<string> {
  return spanSet(tokenize(text, tagger).filter((t) => ['nr', 'nrfg', 'nrt'].includes(t.tag)));
}

function benchPeoplesDaily(corpus: string): void {
  const path = join(corpus, 'ner', 'peoples_daily_1998_ner', 'example.test');
  if (!existsSync(path)) return console.log(`\n(no ${path})`);
  const sentences = readBio(path);
  console.log(`\nPeople's Daily 1998 NER test (${sentences.length} sentences), person names, exact spans`);
  console.log(pdRow('plain jieba nr/nrfg/nrt', scoreSpans(sentences, plainJieba)));
  const ours = (pd: boolean) => (text: string) =>
    spanSet(findNameSpans(text, tokenize(text, tagger), { insideTerms: pd, surnamesAlone: pd }));
  const rules = (text: string) => spanSet(ruleNameSpans(text, tokenize(text, tagger), { insideTerms: true }));
  console.log(pdRow('rules alone, in terms too', scoreSpans(sentences, rules)));
  console.log(pdRow('lib/figures names, PD convention', scoreSpans(sentences, ours(true))));
  console.log(pdRow('lib/figures names, popup convention', scoreSpans(sentences, ours(false))));
  console.log(
    "  (headline: the PD convention row, the test set's own annotation, which also marks names inside doctrines\n" +
      '   (邓小平理论 → 邓小平), surnames standing for a person (李老师 → 李, 老于 → 于) and names of cups (汤尤杯);\n' +
      '   the popup shows none of those as people, and its row counts them as missed)',
  );
}

const corpus = resolve(argument('corpus', '../shared/corpus'));
const shared = dirname(corpus);
benchGold(shared);
seedCheck(shared);
benchPeoplesDaily(corpus);
timeSummary(articleText(join(shared, 'seed', 'weidong-2021-02.txt')), tagger);
