import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../../lib/glossary/load';
import { createMatcher, wordBoundaries, type TermMatch } from '../../../lib/glossary/match';
import type { GlossaryEntry } from '../../../lib/glossary/types';

const matcher = createMatcher(glossaryEntries());

/** The matches of a text as [occurrence, headword] pairs, which read well in a table. */
function found(text: string, boundaries?: Set<number>): Array<[string, string]> {
  return matcher.match(text, boundaries).map((m) => [text.slice(m.start, m.end), m.headword]);
}

describe('createMatcher over the shipped glossary', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['longest wins', '要加强基层党组织建设', [['基层党组织', '基层党组织']]],
    ['longest wins over a title inside a title', '他是区委书记', [['区委书记', '区委书记']]],
    ['quotes inside a term', '全力培育“四上”企业', [['“四上”企业', '四上企业']]],
    ['quotes inside a variant', '谋划“十四五”规划', [['“十四五”规划', '十四五']]],
    ['a quoted term keeps its quotes outside', '增强“四个意识”', [['四个意识', '四个意识']]],
    ['two quoted halves of one term', '扎实做好“六稳”“六保”工作', [['“六稳”“六保”', '六稳六保']]],
    ['a half-width comma inside a slogan', '以“任凭风浪起,稳坐钓鱼船”的定力', [['任凭风浪起,稳坐钓鱼船', '任凭风浪起，稳坐钓鱼船']]],
    ['a comma and a space inside a slogan', '功成不必在我, 功成必定有我', [['功成不必在我, 功成必定有我', '功成不必在我，功成必定有我']]],
    ['a slogan without its separator', '坚持党委有号召政协有行动', [['党委有号召政协有行动', '党委有号召、政协有行动']]],
    ['components in full, 、', '增强政治意识、大局意识、核心意识、看齐意识', [['政治意识、大局意识、核心意识、看齐意识', '四个意识']]],
    ['components in full, 和 before the last', '紧盯开工建设和投产达产两个节点', [['开工建设和投产达产', '开工建设、投产达产']]],
    ['components in full, an item starting with 和', '富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善', [['富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善', '社会主义核心价值观']]],
    ['some components only are not the formula', '富强、民主、文明、和谐', []],
    ['components given as variants', '为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛', [['为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛', '三牛精神']]],
    ['two short items are not a formula', '发展养老、托育服务', []],
    ['a session, written out', '市第十届人民代表大会第七次会议举行', [['第十届人民代表大会第七次会议', 'X届X次会议']]],
    ['a session, abbreviated', '区十届人大七次会议开幕', [['十届人大七次会议', 'X届X次会议']]],
    ['a CPPCC session', '政协第九届青川市委员会第五次会议召开', [['政协', '政协'], ['第九届青川市委员会第五次会议', 'X届X次会议']]],
    ['a local plenum', '落实区委八届八次全会精神', [['区委', '区委'], ['八届八次全会', 'X届X次全会']]],
    ['a central plenum with its own entry', '党的十九届五中全会', [['十九届五中全会', '十九届五中全会']]],
    ['a list of central plenums', '十九届二中、三中、四中全会精神', [['十九届二中、三中、四中全会', 'X中全会']]],
    ['a plan written out', '第十四个五年规划', [['第十四个五年规划', '十四五']]],
    ['a template slogan', '坚决做到总书记有号令、松岭区见行动', [['总书记有号令、松岭区见行动', '总书记有号令、党中央有部署，X见行动']]],
    ['Traditional → Simplified headword', '做到兩個維護', [['兩個維護', '两个维护']]],
    ['Traditional not listed as a variant', '堅持以人民為中心', [['以人民為中心', '以人民为中心']]],
    ['full-width plus', '推进互联网＋政务服务', [['互联网＋政务服务', '互联网+政务服务']]],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a weekday before 上午', '周四上午召开'],
    ['非常 before 委屈', '他感到非常委屈'],
    ['安全 before 会议', '召开安全会议'],
    ['个人 before 大事', '这是个人大事'],
    ['人 before 大吃一惊', '让人大吃一惊'],
    ['党组 inside 党组织', '这个党组织很强'],
    ['骨干 before 部分', '骨干部分'],
    ['降低 before 保费', '降低保费'],
    ['a quote that opens inside', '上海市‘长护险’'],
    ['a court clerk', '他当过书记员'],
  ])('no false hit inside a longer word: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('with word boundaries, a short term must be a word of its own', () => {
    const text = '凯尔特人大胜步行者，区人大召开会议';
    const words = ['凯尔特人', '大胜', '步行者', '，', '区', '人大', '召开', '会议'];
    expect(found(text, wordBoundaries(words))).toEqual([['人大', '人大']]);
  });

  it('wordBoundaries gives the offsets between words', () => {
    expect([...wordBoundaries(['区', '人大', '召开'])]).toEqual([0, 1, 3, 5]);
  });

  it('lookup gives the entry of a headword', () => {
    expect(matcher.lookup('四个意识')?.components).toContain('看齐意识');
    expect(matcher.lookup('not a term')).toBeUndefined();
  });

  it('a big text: sorted, non-overlapping, every span spelling its term', () => {
    const paragraph = '区委书记指出，要增强“四个意识”、坚定“四个自信”、做到“两个维护”，全力培育“四上”企业，推动高质量发展。';
    const text = paragraph.repeat(600);
    const matches = matcher.match(text);
    expect(matches).toHaveLength(600 * 6);
    matches.forEach((m: TermMatch, i) => {
      expect(m.end).toBeGreaterThan(m.start);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((matches[i - 1] as TermMatch).end);
    });
    expect(new Set(matches.map((m) => m.headword))).toEqual(new Set(['区委书记', '四个意识', '四个自信', '两个维护', '四上企业', '高质量发展']));
  });
});

describe('createMatcher over given entries', () => {
  const entry = (headword: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
    headword, pinyin: '', english: '', englishKind: 'descriptive', explanation: '', category: 'party', ...more,
  });

  it('prefers the headword over another entry\'s variant of the same spelling', () => {
    const m = createMatcher([entry('党组', { variants: ['党委'] }), entry('党委')]);
    expect(m.match('党委').map((x) => x.headword)).toEqual(['党委']);
  });

  it('matches nothing in text without terms', () => {
    expect(createMatcher([entry('四风')]).match('今天天气很好。')).toEqual([]);
  });
});

/**
 * The sample article's glossary-worthy terms (test/fixtures/sample-article.html), as written →
 * headword; each must be matched in the article's text.
 */
const SAMPLE_TERMS: Array<[string, string]> = [
  ['第十届人民代表大会第二次会议', 'X届X次会议'], ['习近平新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想'],
  ['政府工作报告', '政府工作报告'], ['国民经济和社会发展计划', '国民经济和社会发展计划'], ['人大常委会', '人大常委会'],
  ['人民法院', '人民法院'], ['人民检察院', '人民检察院'], ['区委书记', '区委书记'], ['副书记', '副书记'], ['区长', '区长'],
  ['政协主席', '政协主席'], ['人大常委会主任', '人大常委会主任'], ['补选', '补选'], ['宪法宣誓', '宪法宣誓'],
  ['以人民为中心', '以人民为中心'], ['统筹疫情防控和经济社会发展', '统筹疫情防控和经济社会发展'], ['十四五', '十四五'],
  ['“十四五”规划', '十四五'], ['城镇新增就业', '城镇新增就业'], ['“四上”企业', '四上企业'], ['总书记', '总书记'],
  ['十九届六中全会', '十九届六中全会'], ['两个确立', '两个确立'], ['新时代', '新时代'], ['党员干部', '党员干部'],
  ['四个意识', '四个意识'], ['四个自信', '四个自信'], ['两个维护', '两个维护'],
  ['以习近平同志为核心的党中央', '以习近平同志为核心的党中央'], ['党中央', '党中央'], ['决策部署', '决策部署'], ['省委', '省委'],
  ['市委', '市委'], ['党的二十大', '二十大'], ['党史学习教育', '党史学习教育'], ['不忘初心、牢记使命', '不忘初心、牢记使命'],
  ['新发展理念', '新发展理念'], ['新发展格局', '新发展格局'], ['六稳六保', '六稳六保'], ['城市更新', '城市更新'],
  ['高质量发展', '高质量发展'], ['“放管服”改革', '放管服'], ['营商环境', '营商环境'], ['乡村振兴', '乡村振兴'],
  ['人民至上、生命至上', '人民至上、生命至上'], ['常态化疫情防控', '常态化疫情防控'], ['网格化管理', '网格化管理'],
  ['河长制', '河长制'], ['安全生产', '安全生产'], ['共同富裕', '共同富裕'], ['人民代表大会制度', '人民代表大会制度'],
  ['全过程人民民主', '全过程人民民主'], ['人大', '人大'], ['一府两院', '一府两院'], ['政协', '政协'], ['领导干部', '领导干部'],
  ['钉钉子精神', '钉钉子精神'], ['人大代表', '人大代表'], ['民生实事', '民生实事'], ['城乡低保', '低保'], ['特困供养', '特困供养'],
  ['重点项目', '重点项目'], ['首席服务员', '首席服务员'], ['“首席服务员”制度', '首席服务员'], ['市场监管局', '市场监管局'],
  ['招商引资', '招商引资'], ['一网通办', '一网通办'], ['党建引领', '党建引领'], ['宣传部', '宣传部'], ['党工委', '党工委'],
  ['移风易俗', '移风易俗'], ['我为群众办实事', '我为群众办实事'], ['村党支部书记', '村党支部书记'], ['村集体经济', '集体经济'],
  ['街道办事处', '街道办事处'], ['老旧小区改造', '老旧小区改造'], ['区委常委会', '区委常委会'], ['网格员', '网格员'], ['社区', '社区'],
];

describe('the sample article', () => {
  const html = readFileSync(fileURLToPath(new URL('../../fixtures/sample-article.html', import.meta.url)), 'utf8');
  const doc = new new Window().DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, textarea, [contenteditable]').forEach((el) => el.remove());
  // Block by block, with inline tags joined, as the content script sends text (<b>四个</b>意识).
  const blocks = [...doc.querySelectorAll('p, h1, h2, h3, li, figcaption')].map((el) => el.textContent ?? '');
  const seen = new Set(blocks.flatMap((text) => found(text).map(([occurrence, headword]) => `${occurrence} → ${headword}`)));

  it.each(SAMPLE_TERMS)('%s is matched as %s', (occurrence, headword) => {
    expect(seen).toContain(`${occurrence} → ${headword}`);
  });

  it('every matched headword has an entry to explain it', () => {
    for (const item of seen) expect(matcher.lookup(item.split(' → ')[1] ?? '')).toBeDefined();
  });
});
