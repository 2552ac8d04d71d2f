import * as hanModule from '../text/han';
import * as featuresModule from './features';
import type { Sentence } from './features';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { isHan } = featuresModule;
const { HAN } = hanModule;

/**
 * Context rules for characters whose reading follows syntax, not the word: they fire only when
 * the character stands as a word of its own (作为, 行为, 要求 are words and read as such), and
 * return undefined where the context says nothing sure, leaving the choice to the model.
 */

type Rule = (c: RuleContext) => string | undefined;

interface RuleContext {
  /** Word before and after (`''` at the edges), and the words of the clause before. */
  prev: string;
  next: string;
  clauseBefore: readonly string[];
  /** First character of the next word, last of the previous one. */
  nextChar: string;
  prevChar: string;
}

/** A membership test for a space-separated list, built once per list (rules call it inline). */
const TESTS = new Map<string, (word: string) => boolean>();
const has = (list: string) => {
  let test = TESTS.get(list);
  if (!test) {
    const set = new Set(list.split(' '));
    TESTS.set(list, (test = (word: string) => set.has(word)));
  }
  return test;
};

/** 为 wéi "to be, as" after 以 (以…为契机), after naming verbs (补选X为主任), before 期/首/主/止. */
const NAMING = has('补选 选举 选 推选 任命 聘任 聘 评 评选 命名 认定 确定 定 列 列入 视 称 改 变 转化 分 划分 选为 作');
const WEI4_BEFORE = has('民 人民 群众 企业 基层 委员 大家 国家 社会 老百姓 百姓 家乡 祖国 孩子 他人 自己 群众办实事');
const WEI4_AFTER = has('切实 积极 努力 全力 主动 专门 真正 更好 共同 不断 竭诚 一心 愿 要 将 不 都 也 还 又 就 专');
const WEI2_NEXT = has('期 首 主 止 数 难 荣 伍 准 重 宜 多 少');
const wei: Rule = (c) => {
  if (c.clauseBefore.some((w) => w === '以' || (w.startsWith('以') && w.length === 2 && w !== '以来'))) return 'wéi';
  if (c.clauseBefore.slice(-3).some(NAMING)) return 'wéi';
  if (WEI2_NEXT(c.next)) return 'wéi';
  if (WEI4_BEFORE(c.next) || c.nextChar === '民' || WEI4_AFTER(c.prev)) return 'wèi';
  if (c.clauseBefore.length === 0) return 'wèi';
  return undefined;
};

/** 了 liǎo in potential complements (办不了, 受得了), else the particle le. */
const le: Rule = (c) => (c.prev === '不' || c.prev === '得' ? 'liǎo' : 'le');

/** Structural particles after a word of two or more characters: 积极地 de, 做得好 de, 看着 zhe. */
/** A word of two characters or more (a surrogate pair is one). */
const twoOrMore = (w: string): boolean => w.length > 2 || (w.length === 2 && (w.codePointAt(0) ?? 0) <= 0xffff);
const afterWord = (reading: string): Rule => (c) => (twoOrMore(c.prev) || HAN.test(c.prev) ? reading : undefined);
const di: Rule = (c) => (twoOrMore(c.prev) && HAN.test(c.nextChar) && !has('上 下 里 中 方 区')(c.next) ? 'de' : undefined);
/** 得 de after a verb (做得好); děi "must" opening a clause before what must be done (，得踏踏实实地办). */
const de: Rule = (c) =>
  HAN.test(c.prev) && c.prev !== '不' && HAN.test(c.nextChar) ? 'de' : c.clauseBefore.length === 0 && HAN.test(c.nextChar) && !DE2_NEXT(c.next) ? 'děi' : undefined;
/** Words after a clause-opening 得 that make it dé "to get": 得分, 得票. */
const DE2_NEXT = has('分 票 奖 益 利 病 罪 手 名 失 知 悉 到 以');

/** 长 zhǎng after a unit (人社局长, 村长): the head of it. */
const HEADED = new Set(Array.from('省市县区镇乡村州局科部厅院校所站队组班团会社署司馆庭股处室委'));
const zhang: Rule = (c) => (HEADED.has(c.prevChar) ? 'zhǎng' : undefined);

/** 重 chóng "again" before a verb of doing anew: 重整, 重建, 重新. */
const chong: Rule = (c) => (has('新 建 组 申 复 返 整 温 塑 振 构 演 修 启 写')(c.next) || has('整 建 组 申 返 温 塑 振 构 修 启')(c.nextChar) ? 'chóng' : undefined);

/** 还 hái "still, also", except before what is given back: 还款, 还贷, 还给. */
const hai: Rule = (c) => (has('款 钱 债 贷 本 给 原 清 乡 俗 礼 手 击')(c.nextChar) ? 'huán' : 'hái');

/** 数 shù before a round number (数十位), shǔ before 不/得 (数不清). */
const shu: Rule = (c) => (/^[十百千万亿]/.test(c.next) ? 'shù' : c.next === '不' || c.next === '得' ? 'shǔ' : undefined);

/** 处 chǔ "to be in, to handle" before 于/在/理; chù "place" after a numeral or 各/此/多. */
const chu: Rule = (c) =>
  has('于 在 理 置 事 世')(c.nextChar) ? 'chǔ' : /[一二三四五六七八九十两几多各此何某0-9]$/.test(c.prev) ? 'chù' : undefined;

/** 当 dāng at the head of a clause (当疫情…时) or before 时/前. */
const dang: Rule = (c) => (c.clauseBefore.length === 0 || has('时 前 下 中')(c.next) ? 'dāng' : undefined);

/** 干 gàn "to do, to work" after a manner word: 拼命干, 实干, 大干, 一起干. */
const gan: Rule = (c) => (has('拼命 苦 实 大 硬 巧 蛮 就 带头 一起 抓紧 马上 要 敢 肯 能 会 想 继续 接着 撸起袖子 加油 埋头 真抓 实实在在')(c.prev) ? 'gàn' : undefined);

/** 更 gēng before change (更新, 更换), else the adverb gèng. */
const geng: Rule = (c) => (has('新 换 改 正 替 迭 衣 名 生')(c.nextChar) ? 'gēng' : 'gèng');

/** 应 yìng before response words (应对, 应急 when cut apart), else yīng "should". */
const ying: Rule = (c) => (has('对 急 用 邀 届 战 变 声 考 聘 征 运 试')(c.nextChar) ? 'yìng' : 'yīng');

/** 调 diào "to move, to investigate" vs tiáo "to adjust". */
const diao: Rule = (c) =>
  has('研 查 度 动 任 往 离 入 配 派 阅 头 包 档')(c.nextChar) ? 'diào' : has('整 解 控 节 和 理 剂 试 味 价 适')(c.nextChar) ? 'tiáo' : undefined;

/** Words of one character whose reading, standing alone, no context changes. */
const CONSTANT = new Map(Object.entries({ 都: 'dōu', 要: 'yào', 供: 'gōng', 将: 'jiāng', 相: 'xiāng', 传: 'chuán', 朝: 'cháo', 和: 'hé' }));

const RULES: Record<string, Rule> = {
  ...Object.fromEntries([...CONSTANT].map(([ch, reading]): [string, Rule] => [ch, () => reading])),
  为: wei,
  了: le,
  地: di,
  得: de,
  着: afterWord('zhe'),
  长: zhang,
  重: chong,
  还: hai,
  数: shu,
  处: chu,
  当: dang,
  干: gan,
  更: geng,
  应: ying,
  调: diao,
};

/** Punctuation that ends a clause: 以 … 为 does not reach across it. */
const CLAUSE_END = /^[，。；：！？,.;:!?\n]/;

function clauseBefore(s: Sentence, wi: number): string[] {
  const out: string[] = [];
  for (let i = wi - 1; i >= 0 && out.length < 20; i--) {
    const w = s.words[i] ?? '';
    if (CLAUSE_END.test(w)) break;
    if (w.trim()) out.unshift(w);
  }
  return out;
}

/** The first and last character of a word, surrogate pairs kept whole (no array built: rules run often). */
const firstChar = (w: string): string => w.slice(0, (w.codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
const lastChar = (w: string): string => {
  const c = w.charCodeAt(w.length - 1);
  return w.slice(c >= 0xdc00 && c <= 0xdfff ? -2 : -1);
};

function contextOf(s: Sentence, wi: number): RuleContext {
  const prev = s.words[wi - 1] ?? '';
  const next = s.words[wi + 1] ?? '';
  let clause: string[] | undefined;
  return {
    prev,
    next,
    // Only 为 and 当 look at the clause: build it on demand.
    get clauseBefore() {
      return (clause ??= clauseBefore(s, wi));
    },
    nextChar: firstChar(next),
    prevChar: lastChar(prev),
  };
}

const QIE = 0x5207; // 切
const SHI = 0x5b9e; // 实
const LE = 0x4e86; // 了
const BU = 0x4e0d; // 不
const DI = 0x5730; // 地
const RULE_CPS = new Set([QIE, LE, ...Object.keys(RULES).map((ch) => ch.codePointAt(0) ?? 0)]);
/** Rules by code point: a word from the segmenter is a fresh string, slow as a property key. */
const RULE_BY_CP = new Map(Object.entries(RULES).map(([ch, rule]) => [ch.codePointAt(0) ?? 0, rule]));

/** An AABB word: 踏踏实实, 认认真真. */
const doubled = (w: string): boolean => w.length === 4 && w[0] === w[1] && w[2] === w[3];

/**
 * The reading of a word of one character that a rule settles whatever stands around it (和, 要,
 * 都 …), so that the reader can fix it once per word rather than once per occurrence.
 */
export function constantReading(word: string): string | undefined {
  return CONSTANT.get(word);
}

/** Whether a rule may settle this character. */
export function hasRule(cp: number): boolean {
  return RULE_CPS.has(cp);
}

/** Context rules: a reading fixed by syntax, or undefined to leave the choice to the model. */
export function ruleReading(s: Sentence, at: number): string | undefined {
  const cp = s.cps[at] ?? 0;
  // 切实 qièshí heads many jieba words (切实增强, 切实加强) that no list can hold.
  if (cp === QIE && at + 1 < s.n && s.cps[at + 1] === SHI) return 'qiè';
  // V不了 "cannot V" (办不了, 少不了) is often one jieba word.
  if (cp === LE && at >= 2 && s.cps[at - 1] === BU && isHan(s.cps[at - 2] ?? 0)) return 'liǎo';
  const wi = s.wordAt[at] ?? 0;
  // 地 de after a doubled adverb, even where jieba glued it to the verb (踏踏实实 地办).
  if (cp === DI && at === s.starts[wi] && doubled(s.words[wi - 1] ?? '')) return 'de';
  if ((s.starts[wi + 1] ?? 0) - (s.starts[wi] ?? 0) !== 1) return undefined;
  const rule = RULE_BY_CP.get(cp);
  return rule ? rule(contextOf(s, wi)) : undefined;
}
