/**
 * Benchmark of the glossary matcher on real text.
 *
 *   npm run bench:glossary -- --corpus ../shared/corpus [--readability] [--verbose]
 *
 * Prints: coverage of ../shared/glossary/terms-to-cover.tsv (each term must be an entry and be
 * matched whole), the seed article's terms (a hand-made list, below) found or missed, hits per
 * page on the political pages of pages/labels.tsv, every hit on the non-political pages (the
 * false-hit check, with and without jieba's word boundaries), and the matcher's time.
 * Page text is every text block of the body (what the content script annotates), or with
 * --readability only the main text as @mozilla/readability finds it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import * as jieba from 'jieba-wasm';
import { glossaryEntries } from '../lib/glossary/load';
import { createMatcher, wordBoundaries, type Matcher, type TermMatch } from '../lib/glossary/match';
import { createJiebaSegmenter } from '../lib/segment/jieba';
import { segmentVocabulary } from '../lib/segment/vocabulary';
import { closeDom, parsePage, readLabels } from './detect/corpus';
import { percentile } from './detect/stats';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    readability: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const corpus = values.corpus as string;
const shared = dirname(corpus);
const QUOTES = /[“”"‘’「」『』]/gu;

/**
 * The seed article's glossary-worthy terms, read by hand: as written there → headword. Every one
 * must be matched with that headword somewhere in the article.
 */
const SEED_TERMS: ReadonlyArray<[string, string]> = [
  ['十届人大七次会议', 'X届X次会议'], ['第十届人民代表大会第七次会议', 'X届X次会议'], ['人大常委会', '人大常委会'],
  ['一府两院', '一府两院'], ['国民经济和社会发展第十四个五年规划和2035年远景目标纲要', '国民经济和社会发展第十四个五年规划和2035年远景目标纲要'],
  ['国民经济和社会发展计划', '国民经济和社会发展计划'], ['区委书记', '区委书记'], ['不忘初心、牢记使命', '不忘初心、牢记使命'],
  ['资源型城市转型', '资源型城市转型'], ['六大样板区', '六大样板区'], ['任凭风浪起,稳坐钓鱼船', '任凭风浪起，稳坐钓鱼船'],
  ['政治定力', '政治定力'], ['咬定青山不放松,不达目的誓不休', '咬定青山不放松'], ['功成不必在我,功成必定有我', '功成不必在我，功成必定有我'],
  ['为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛', '三牛精神'], ['重整行装再出发', '重整行装再出发'], ['抓落实', '抓落实'],
  ['新征程', '新征程'], ['苦干实干拼命干', '苦干实干'], ['旗帜鲜明讲政治', '旗帜鲜明讲政治'],
  ['政治判断力、政治领悟力、政治执行力', '政治判断力、政治领悟力、政治执行力'], ['四个意识', '四个意识'], ['四个自信', '四个自信'],
  ['两个维护', '两个维护'], ['中国共产党成立100周年', '中国共产党成立100周年'], ['党史学习教育', '党史学习教育'], ['党中央', '党中央'],
  ['决策部署', '决策部署'], ['省市委', '省市委'], ['开局就要决战,起步就要冲刺', '开局就要决战，起步就要冲刺'], ['十四五', '十四五'],
  ['人民至上、生命至上', '人民至上、生命至上'], ['疫情防控', '疫情防控'], ['“十严”工作机制', '十严工作机制'], ['隐患排查', '隐患排查'],
  ['补短板、强弱项', '补短板、强弱项'], ['安全生产大于天', '安全生产大于天'], ['安全生产', '安全生产'],
  ['资源型城市转型发展样板区', '资源型城市转型发展样板区'], ['区长', '区长'], ['新冠肺炎疫情', '新冠肺炎'],
  ['习近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想'], ['“2+N”重点工作运行机制', '2+N重点工作运行机制'],
  ['六稳', '六稳'], ['六保', '六保'], ['“十三五”规划', '十三五'], ['收官之年', '收官之年'], ['营商环境', '营商环境'],
  ['城市更新', '城市更新'], ['宜居宜业', '宜居宜业'], ['乡村振兴', '乡村振兴'], ['城乡融合', '城乡融合'], ['生态文明', '生态文明'],
  ['社会治理', '社会治理'], ['人大常委会主任', '人大常委会主任'], ['党的十九大', '十九大'], ['十九届二中、三中、四中全会', 'X中全会'],
  ['习近平法治思想', '习近平法治思想'], ['总书记', '总书记'], ['人民代表大会制度', '人民代表大会制度'], ['八届八次全会', 'X届X次全会'],
  ['经济工作会议', '经济工作会议'], ['坚持党的领导、人民当家作主、依法治国有机统一', '坚持党的领导、人民当家作主、依法治国有机统一'],
  ['新发展理念', '新发展理念'], ['新发展格局', '新发展格局'], ['党的领导', '党的领导'], ['经济强区、和谐城区、宜居市区、生态绿区', '四区建设'],
  ['四区建设', '四区建设'], ['人大代表', '人大代表'], ['全面从严治党', '全面从严治党'], ['主体责任', '主体责任'], ['党的建设', '党的建设'],
  ['开好局、起好步', '开好局、起好步'], ['新时代', '新时代'], ['补选', '补选'], ['监察委员会', '监察委员会'], ['宪法宣誓', '宪法宣誓'],
  ['重点项目', '重点项目'], ['开工建设和投产达产', '开工建设、投产达产'], ['专班', '专班'], ['挂图作战', '挂图作战'], ['项目入库', '项目入库'],
  ['“四上”企业', '四上企业'], ['“百项千亿元”项目库', '百项千亿元项目库'], ['营商环境优化提升年', '营商环境优化提升年'],
  ['首席服务员制度', '首席服务员'], ['零就业家庭', '零就业家庭'], ['人社局', '人社局'], ['民生实事', '民生实事'], ['城镇新增就业', '城镇新增就业'],
  ['创业担保贷款', '创业担保贷款'], ['城乡低保', '低保'], ['特困供养', '特困供养'], ['高龄津贴', '高龄津贴'], ['稳岗', '稳岗'],
  ['优待金', '优待金'], ['抚恤金', '抚恤金'], ['退役军人', '退役军人'], ['惠农补贴', '惠农补贴'], ['一有七中心一站', '一有七中心一站'],
  ['普惠性民办幼儿园', '普惠性民办幼儿园'], ['义务教育优质均衡发展', '义务教育优质均衡发展'], ['健康卫东', '健康卫东'],
  ['获得感、幸福感、安全感', '获得感、幸福感、安全感'], ['创建全国文明城市', '创文'], ['创文办', '创文办'], ['文明办', '文明办'],
  ['文明单位', '文明单位'], ['督导组', '督导组'], ['社区', '社区'], ['党支部', '党支部'], ['政协', '政协'], ['九届五次会议', 'X届X次会议'],
  ['中国人民政治协商会议', '中国人民政治协商会议'], ['第九届平顶山市卫东区委员会第五次会议', 'X届X次会议'], ['提案', '提案'],
  ['重要指示', '重要指示批示'], ['稳中有进', '稳中有进'], ['新旧动能转换', '新旧动能转换'], ['政治生态', '政治生态'], ['风清气正', '风清气正'],
  ['政协委员', '政协委员'], ['参政议政', '参政议政'], ['一线工作法', '一线工作法'], ['民主监督', '民主监督'], ['委员活动之家', '委员活动之家'],
  ['社情民意联系点', '社情民意联系点'], ['界别', '界别'], ['人民政协为人民', '人民政协为人民'], ['获得感幸福感安全感', '获得感、幸福感、安全感'],
  ['最后一米', '最后一米'], ['下沉', '下沉'], ['党委', '党委'], ['政协主席', '政协主席'], ['党委有号召政协有行动', '党委有号召、政协有行动'],
  ['贯彻落实', '贯彻落实'], ['中共中央', '中共中央'], ['会议精神', '会议精神'], ['专门协商机构', '专门协商机构'], ['党的创新理论', '党的创新理论'],
  ['高质量发展', '高质量发展'], ['初心', '初心使命'], ['党的全面领导', '党的全面领导'], ['政治建设', '政治建设'],
  ['以党建高质量推动发展高质量', '以党建高质量推动发展高质量'], ['区委常委会', '区委常委会'], ['党政联席会', '党政联席会'],
  ['党员干部', '党员干部'], ['一级应急响应', '一级应急响应'], ['“十个最”战时机制', '十个最战时机制'], ['基层党组织', '基层党组织'],
  ['临时党支部', '临时党支部'], ['党员先锋岗', '党员先锋岗'], ['“七个一”工作机制', '七个一工作机制'],
  ['统筹疫情防控和经济社会发展', '统筹疫情防控和经济社会发展'], ['复工复产', '复工复产'], ['第三产业', '第三产业'], ['增加值', '增加值'],
  ['开局之年', '开局之年'], ['理论武装', '理论武装'], ['首要政治任务', '首要政治任务'], ['第一议题', '第一议题'], ['中心组', '中心组'],
  ['重要指示批示', '重要指示批示'], ['总书记有号令、卫东区见行动', '总书记有号令、党中央有部署，X见行动'], ['扫黑除恶', '扫黑除恶'],
  ['重要讲话精神', '重要讲话精神'], ['“六稳”“六保”', '六稳六保'], ['工作专班', '专班'], ['四大班子', '四大班子'],
  ['学史明理、学史增信、学史崇德、学史力行', '学史明理、学史增信、学史崇德、学史力行'],
  ['学党史、悟思想、办实事、开新局', '学党史、悟思想、办实事、开新局'], ['省委', '省委'], ['市委', '市委'], ['区委', '区委'],
];

const matcher = createMatcher(glossaryEntries());
const segmenter = createJiebaSegmenter(jieba, segmentVocabulary());
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;

function coverage(): void {
  const path = join(shared, 'glossary', 'terms-to-cover.tsv');
  const terms = readFileSync(path, 'utf8').split(/\r?\n/).slice(1).map((line) => line.split('\t')[0]?.trim() ?? '').filter(Boolean);
  // A template (X届X次会议) is an entry that patterns match: 十届人大七次会议, not the letter X.
  const missing = terms.filter((term) => {
    if (term.includes('X')) return !matcher.lookup(term);
    const bare = term.replace(QUOTES, '');
    const [only, ...rest] = matcher.match(bare);
    return !only || rest.length > 0 || only.start !== 0 || only.end !== bare.length || !matcher.lookup(only.headword);
  });
  console.log(`== Coverage of ${path} ==`);
  console.log(`  matched whole, as one entry: ${terms.length - missing.length}/${terms.length} (${pct(terms.length - missing.length, terms.length)})`);
  for (const term of missing) console.log(`  missing: ${term} → ${JSON.stringify(matcher.match(term.replace(QUOTES, '')))}`);
}

/** Matches paragraph by paragraph, as the content script sends text runs; offsets into the whole text. */
function matchParagraphs(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  let at = 0;
  for (const para of text.split('\n')) {
    for (const m of matcher.match(para)) out.push({ ...m, start: m.start + at, end: m.end + at });
    at += para.length + 1;
  }
  return out;
}

function seed(): void {
  const path = join(shared, 'seed', 'weidong-2021-02.txt');
  const text = readFileSync(path, 'utf8');
  const found = new Set(matchParagraphs(text).map((m) => `${text.slice(m.start, m.end).replace(QUOTES, '')}\t${m.headword}`));
  const missed = SEED_TERMS.filter(([surface, headword]) => !found.has(`${surface.replace(QUOTES, '')}\t${headword}`));
  console.log(`\n== Seed article ${path} ==`);
  console.log(`  terms of the hand-made list matched with their headword: ${SEED_TERMS.length - missed.length}/${SEED_TERMS.length}`);
  for (const [surface, headword] of missed) console.log(`  missed: ${surface} → ${headword}`);
  console.log(`  all matches in the article: ${found.size} distinct (occurrence → headword)`);
}

const BLOCK = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '));
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SELECT']);

/** The text blocks of an element: text across inline tags is one block, as the content script groups it. */
function blocks(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) return;
    const block = BLOCK.has((node as Element).tagName);
    if (block) flush();
    node.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

function pageBlocks(file: string): string[] {
  const doc = parsePage(corpus, file);
  if (!values.readability) return doc.body ? blocks(doc.body) : [];
  const article = new Readability(doc).parse();
  return (article?.textContent ?? '').split(/\n+/).filter((line) => line.trim());
}

/** A hit in the block `block` of a page's text blocks. */
type Hit = TermMatch & { block: number };

interface PageRun {
  file: string;
  chars: number;
  hits: Hit[];
  texts: string[];
  ms: number;
}

function runPage(file: string, m: Matcher): PageRun {
  const texts = pageBlocks(file);
  let perBlock: TermMatch[][] = [];
  let ms = Infinity;
  // The fastest of three runs: the first warms the JIT, and this machine may be busy.
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    perBlock = texts.map((t) => m.match(t));
    ms = Math.min(ms, performance.now() - start);
  }
  const hits = perBlock.flatMap((list, block) => list.map((h) => ({ ...h, block })));
  return { file, chars: texts.reduce((n, t) => n + t.length, 0), hits, texts, ms };
}

function political(runs: PageRun[]): void {
  console.log(`\n== Political pages (detector_expected = positive): ${runs.length} ==`);
  console.log('   hits  terms   chars  hits/1k  page');
  for (const r of runs) {
    const terms = new Set(r.hits.map((h) => h.headword));
    const top = [...terms].slice(0, 6).join(' ');
    console.log(`  ${String(r.hits.length).padStart(5)} ${String(terms.size).padStart(6)} ${String(r.chars).padStart(7)} ${((1000 * r.hits.length) / Math.max(r.chars, 1)).toFixed(1).padStart(7)}  ${r.file}${values.verbose ? `  ${top}` : ''}`);
  }
  const hits = runs.map((r) => r.hits.length);
  console.log(`  hits per page: median ${percentile(hits, 0.5)}, min ${percentile(hits, 0)}, max ${percentile(hits, 1)}; pages with no hit: ${hits.filter((n) => n === 0).length}`);
}

function context(text: string, h: TermMatch): string {
  return `${text.slice(Math.max(0, h.start - 6), h.start)}[${text.slice(h.start, h.end)}]${text.slice(h.end, h.end + 6)}`.replace(/\s+/g, ' ');
}

/** Hits on pages that are not political news: each is a false hit or a real term used elsewhere. */
function nonPolitical(runs: PageRun[]): void {
  let total = 0;
  let withBoundaries = 0;
  const byTerm = new Map<string, string[]>();
  for (const r of runs) {
    for (const h of r.hits) {
      const text = r.texts[h.block] ?? '';
      const list = byTerm.get(h.headword) ?? [];
      list.push(`${context(text, h)} (${r.file.split('/').pop()?.slice(0, 24)})`);
      byTerm.set(h.headword, list);
      total++;
    }
    for (const text of r.texts) withBoundaries += matcher.match(text, wordBoundaries(segmenter.cut(text))).length;
  }
  const chars = runs.reduce((n, r) => n + r.chars, 0);
  console.log(`\n== Non-political pages (detector_expected = negative): ${runs.length}, ${chars} characters ==`);
  console.log(`  hits: ${total} (${((1000 * total) / Math.max(chars, 1)).toFixed(2)} per 1k chars); with jieba word boundaries: ${withBoundaries}`);
  console.log('  every hit, by term (review: a hit inside a longer ordinary word is a false hit):');
  for (const [term, list] of [...byTerm].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${term} ×${list.length}: ${list.slice(0, values.verbose ? 50 : 3).join(' · ')}`);
  }
}

function timing(pos: PageRun[], all: PageRun[]): void {
  const text = pos.flatMap((r) => r.texts).join('\n');
  const page = text.slice(0, 20_000);
  for (let i = 0; i < 50; i++) matcher.match(page);
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    matcher.match(page);
    walls.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const build = performance.now();
  createMatcher(glossaryEntries());
  const buildMs = performance.now() - build;
  const perPage = all.map((r) => r.ms);
  const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log('\n== Matcher time (Node, this machine) ==');
  console.log(`  20,000 characters of the political pages in one text, ${matcher.match(page).length} hits: median ${percentile(walls, 0.5).toFixed(2)} ms, p90 ${percentile(walls, 0.9).toFixed(2)} ms wall; ${((cpu.user + cpu.system) / 1000 / 200).toFixed(2)} ms CPU per call (target ≤ 5 ms)`);
  console.log(`  per page, block by block: median ${percentile(perPage, 0.5).toFixed(2)} ms, max ${slowest.ms.toFixed(2)} ms (${slowest.file}, ${slowest.chars} characters)`);
  console.log(`  building the matcher (${glossaryEntries().length} entries): ${buildMs.toFixed(0)} ms`);
}

coverage();
seed();
const labels = readLabels(corpus);
const runs = labels.map((page) => ({ page, run: runPage(page.file, matcher) }));
const pos = runs.filter((r) => r.page.positive).map((r) => r.run);
political(pos);
nonPolitical(runs.filter((r) => !r.page.positive).map((r) => r.run));
timing(pos, runs.map((r) => r.run));
await closeDom();
