import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_FILES, glossaryEntries } from '../../../lib/glossary/load';
import { GLOSSARY_CATEGORIES, type EnglishKind, type GlossaryCategory } from '../../../lib/glossary/types';

const DATA_DIR = fileURLToPath(new URL('../../../lib/glossary/data/', import.meta.url));
const HAN = /\p{Script=Han}/u;

/** Every toneless syllable of Mandarin (without interjections such as hm, ng). */
const SYLLABLES = new Set(
  [
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao',
    'ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui',
    'chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die',
    'ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan',
    'gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen',
    'heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju',
    'juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai',
    'lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe',
    'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne',
    'nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe o ou pa pai pan pang',
    'pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu',
    'qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se',
    'sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun',
    'shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou',
    'tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu',
    'xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze',
    'zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang',
    'zhui zhun zhuo zi zong zou zu zuan zui zun zuo',
  ]
    .join(' ')
    .split(' '),
);
const TONES: Record<string, [string, number]> = {};
for (const [base, marked] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['ü', 'ǖǘǚǜ']] as const) {
  Array.from(marked).forEach((ch, i) => (TONES[ch] = [base, i + 1]));
}

/** Where the tone mark goes: on a or e, on the o of ou, else on the last vowel. */
function markSyllable(base: string, tone: number): string {
  if (tone === 0) return base;
  const at = base.includes('a') ? base.indexOf('a')
    : base.includes('e') ? base.indexOf('e')
    : base.includes('ou') ? base.indexOf('o')
    : Math.max(...['i', 'o', 'u', 'ü'].map((v) => base.lastIndexOf(v)));
  const vowel = base[at] as keyof typeof TONES;
  const marked = Object.entries(TONES).find(([, [b, t]]) => b === vowel && t === tone)?.[0] ?? '?';
  return base.slice(0, at) + marked + base.slice(at + 1);
}

function syllableProblem(syllable: string): string | undefined {
  let base = '';
  let tone = 0;
  for (const ch of syllable) {
    const mark = TONES[ch];
    if (mark && tone) return 'two tone marks';
    if (mark) [base, tone] = [base + mark[0], mark[1]];
    else base += ch;
  }
  if (!SYLLABLES.has(base)) return 'not a Mandarin syllable';
  if (markSyllable(base, tone) !== syllable) return 'tone mark misplaced';
  return undefined;
}

const ENGLISH_KINDS: readonly EnglishKind[] = ['official', 'descriptive'];
const isCategory = (v: unknown): v is GlossaryCategory => (GLOSSARY_CATEGORIES as readonly unknown[]).includes(v);

const KEYS = new Set(['headword', 'variants', 'pinyin', 'english', 'englishKind', 'englishSource', 'explanation',
  'components', 'category', 'year', 'origin', 'related']);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() === v && v.length > 0;
const isTextList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every(isText) && new Set(v).size === v.length;

/** A rough sentence count: a full stop, question or exclamation mark followed by a capital or quote. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=["“(A-Z0-9])/u).length;

/** Problems of one entry taken on its own, as readable strings (empty when it is valid). */
function entryProblems(e: Record<string, unknown>): string[] {
  const p: string[] = [];
  for (const key of Object.keys(e)) if (!KEYS.has(key)) p.push(`unknown field ${key}`);
  const { headword, pinyin } = e;
  if (!isText(headword) || !HAN.test(headword)) return [...p, 'headword missing or without Han'];
  if (/[“”"‘’'《》\s]/u.test(headword)) p.push('headword has quotes or spaces');
  if (!isText(pinyin)) p.push('pinyin missing');
  else {
    const syllables = pinyin.split(' ');
    const han = Array.from(headword).filter((ch) => HAN.test(ch)).length;
    if (syllables.length !== han) p.push(`pinyin has ${syllables.length} syllables for ${han} Han characters`);
    for (const s of syllables) {
      const problem = syllableProblem(s);
      if (problem) p.push(`pinyin "${s}": ${problem}`);
    }
  }
  if (e.variants !== undefined && (!isTextList(e.variants) || e.variants.includes(headword))) p.push('bad variants');
  if (!isText(e.english)) p.push('english missing');
  if (e.englishKind === 'official' && !isText(e.englishSource)) p.push('official english without source');
  if (e.englishKind === 'descriptive' && e.englishSource !== undefined) p.push('descriptive english with a source');
  if (!(ENGLISH_KINDS as readonly unknown[]).includes(e.englishKind)) p.push('bad englishKind');
  if (!isText(e.explanation) || e.explanation.length < 40 || e.explanation.length > 600) p.push('explanation length');
  else if (sentences(e.explanation) > 3) p.push('explanation over three sentences');
  if (!isCategory(e.category)) p.push(`bad category ${String(e.category)}`);
  if (e.components !== undefined && (!isTextList(e.components) || e.components.length < 2)) p.push('bad components');
  if (e.related !== undefined && (!isTextList(e.related) || e.related.includes(headword))) p.push('bad related');
  if (e.year !== undefined && !(Number.isInteger(e.year) && (e.year as number) >= 1900 && (e.year as number) <= 2100)) p.push('bad year');
  if (e.origin !== undefined && !isText(e.origin)) p.push('bad origin');
  if (JSON.stringify(e).includes('<')) p.push('contains "<"');
  return p.map((problem) => `${headword}: ${problem}`);
}

const fileNames = readdirSync(DATA_DIR).filter((name) => name.endsWith('.json')).sort();
const entries = glossaryEntries() as unknown as Record<string, unknown>[];

describe('glossary data files', () => {
  it('are all loaded by load.ts', () => {
    expect(Object.keys(GLOSSARY_FILES).map((name) => `${name}.json`).sort()).toEqual(fileNames);
  });

  it.each(fileNames)('%s has format, revision and entries', (name) => {
    const file = JSON.parse(readFileSync(DATA_DIR + name, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['entries', 'format', 'revision']);
    expect(file.format).toBe(1);
    expect(file.revision).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(file.entries) && file.entries.length > 0).toBe(true);
    expect(file).toEqual(GLOSSARY_FILES[name.replace(/\.json$/, '')]);
  });
});

describe('glossary entries', () => {
  it('number at least 500', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
  });

  it('are each well-formed', () => {
    expect(entries.flatMap(entryProblems)).toEqual([]);
  });

  it('have unique headwords and variants', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const form of [e.headword, ...((e.variants as string[] | undefined) ?? [])] as string[]) {
        const owner = seen.get(form);
        if (owner !== undefined) clashes.push(`${form} (${owner} / ${String(e.headword)})`);
        seen.set(form, e.headword as string);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relate only to existing headwords', () => {
    const headwords = new Set(entries.map((e) => e.headword));
    const dangling = entries.flatMap((e) =>
      ((e.related as string[] | undefined) ?? []).filter((r) => !headwords.has(r)).map((r) => `${String(e.headword)} → ${r}`),
    );
    expect(dangling).toEqual([]);
  });
});
