/**
 * The forms of news and of state documents, found from literal anchors (日电, 记者, 《, 次会议)
 * with a short look around each: no regular expressions, which a content script would compile
 * again on every page. The look-arounds follow the shapes of Xinhua and People's Daily copy.
 */
import { isHanCode } from './han';

const NUMERALS = '0123456789０１２３４５６７８９一二三四五六七八九十百〇零两';
const AGENCIES = [
  '新华社', '新华网', '中新社', '中新网', '人民网', '央视网', '中广网', '国际在线', '中国台湾网',
  '中国日报网', '光明网', '本报', '本台', '央视新闻', '总台', '台海网', '中国网', '澎湃新闻',
];
const WIRES = ['据新华社', '据中新社', '据人民日报', '据央视新闻', '据中央社'];
const DOCUMENT_KINDS = [
  '意见', '通知', '决定', '条例', '规划', '纲要', '方案', '办法', '规定', '白皮书', '工作报告', '公报', '决议',
];
const SESSION_KINDS = ['全体会议', '常务会议', '主任会议', '党代会', '党代表大会', '代表大会', '会议', '全会'];
/** The first characters of SESSION_KINDS: most 次 are followed by none of them. */
const SESSION_STARTS = '全常主党代会';
/** How many occurrences of an anchor are looked at: the form, when there, comes early. */
const MAX_ANCHORS = 8;

function isNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && NUMERALS.includes(ch);
}

/*
 * Small string tests written out rather than as regular expressions: each expression is compiled
 * on its first use, and in a content script every use is a first use.
 */

/** The first position of `a` or `b` in `text`, or -1. */
function firstIndex(text: string, a: string, b: string): number {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

/** 1990–2099 and the like: four ASCII digits starting 19 or 20. */
function isYear(text: string): boolean {
  if (text.length !== 4 || !(text.startsWith('19') || text.startsWith('20'))) return false;
  return text[2]! >= '0' && text[2]! <= '9' && text[3]! >= '0' && text[3]! <= '9';
}

/** What follows the last clause break (，。：、 or a space) of `text`, or the first line break. */
function afterBreak(text: string): string {
  const line = text.indexOf('\n');
  if (line >= 0) return text.slice(line + 1);
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if ('，。：、'.includes(ch) || ch.trim() === '') return text.slice(i + 1);
  }
  return text;
}

/** Start of the run of numerals that ends just before `end`, or `end` when there is none. */
function numeralsBefore(text: string, end: number, max = 4): number {
  let i = end;
  while (i > 0 && end - i < max && isNumeral(text[i - 1])) i--;
  return i;
}

/** Positions of `anchor` in `text`, the first few (a plain array: a generator is slow in code that runs cold). */
function occurrences(text: string, anchor: string, max = MAX_ANCHORS): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(anchor); at >= 0 && found.length < max; at = text.indexOf(anchor, at + anchor.length)) found.push(at);
  return found;
}

/** 新华社北京7月26日电: an agency, a place, a date, then 电/讯/消息. */
function dateline(text: string): string | undefined {
  for (const end of ['日电', '日讯', '日消息']) {
    for (const at of occurrences(text, end)) {
      const day = numeralsBefore(text, at);
      if (day === at || text[day - 1] !== '月') continue;
      const month = numeralsBefore(text, day - 1, 2);
      if (month === day - 1) continue;
      const before = text.slice(Math.max(0, month - 14), month);
      const agency = AGENCIES.find((name) => before.includes(name));
      if (agency) return text.slice(month - before.length + before.indexOf(agency), at + end.length);
    }
  }
  return undefined;
}

/** 据新华社电, 据人民日报报道. */
function wireCredit(text: string): string | undefined {
  for (const wire of WIRES) {
    const at = text.indexOf(wire);
    if (at < 0) continue;
    const after = text.slice(at + wire.length, at + wire.length + 8);
    if (after.includes('电') || after.includes('报道') || after.includes('消息')) return text.slice(at, at + wire.length + 4);
  }
  return undefined;
}

/** (记者 胡笑红), 记者张三报道. */
function reporterByline(text: string): string | undefined {
  for (const at of occurrences(text, '记者')) {
    const open = text.slice(Math.max(0, at - 3), at).trimEnd();
    if (open.endsWith('（') || open.endsWith('(')) {
      const close = firstIndex(text.slice(at, at + 34), '）', ')');
      if (close > 3) return text.slice(at, at + close);
    }
    let i = at + 2;
    if (text[i] === ' ') i++;
    let name = 0;
    while (name < 3 && isHanCode(text.charCodeAt(i + name))) name++;
    for (let len = name; len >= 2; len--) {
      let j = i + len;
      if (text[j] === ' ') j++;
      if (text.startsWith('报道', j) || text.startsWith('摄', j) || text.startsWith('采写', j)) return text.slice(at, j + 2);
    }
  }
  return undefined;
}

/** 据《文汇报》报道: a report credited to someone, within one clause. */
function attributedReport(text: string): string | undefined {
  for (const at of occurrences(text, '报道')) {
    const clause = text.slice(Math.max(0, at - 26), at);
    const start = clause.lastIndexOf('据');
    if (start < 0 || at - (clause.length - start) < 0) continue;
    const source = clause.slice(start + 1);
    if (source.length >= 2 && !source.includes('。') && !source.includes('，') && !source.includes('\n')) return `据${source}报道`;
  }
  return undefined;
}

function editorCredit(text: string): string | undefined {
  for (const credit of ['责任编辑', '责编']) {
    const at = text.indexOf(credit);
    const next = text[at + credit.length];
    if (at >= 0 && (next === '：' || next === ':' || next === ' ' || next === '\u3000')) return credit;
  }
  return undefined;
}

function opening(text: string): string | undefined {
  return ['本报讯', '本刊讯', '本网讯'].find((form) => text.includes(form));
}

/** News forms, strongest first: an agency dateline says "news" more surely than an editor's name. */
const NEWS_FORMS: Array<[(text: string) => string | undefined, string, number]> = [
  [opening, 'opening', 6],
  [dateline, 'dateline', 6],
  [wireCredit, 'wire credit', 6],
  [reporterByline, 'reporter byline', 3],
  [attributedReport, 'attributed report', 2],
  [editorCredit, "editor's credit", 2],
];

/** How the text shows itself as news, with the weight of each form found. */
export function newsForms(text: string): Array<{ form: string; weight: number }> {
  const found: Array<{ form: string; weight: number }> = [];
  for (const [find, name, weight] of NEWS_FORMS) {
    const match = find(text);
    if (match) found.push({ form: `${name} (${match.trim().slice(0, 16)})`, weight });
  }
  return found;
}

/** 十四届全国人大二次会议, 第十二次常务会议: numerals, 次, then the kind of session. */
function numberedSessions(text: string, found: string[]): void {
  for (const at of occurrences(text, '次', 64)) {
    if (!SESSION_STARTS.includes(text[at + 1] ?? '\n')) continue;
    const kind = SESSION_KINDS.find((k) => text.startsWith(k, at + 1));
    const count = numeralsBefore(text, at);
    if (!kind || count === at) continue;
    const end = at + 1 + kind.length;
    const plain = kind === '会议' || kind === '全会' || kind === '全体会议';
    if (text[count - 1] === '第' && kind !== '会议' && kind !== '全会') {
      found.push(text.slice(count - 1, end));
      continue;
    }
    const term = text.lastIndexOf('届', count);
    if (!plain || term < 0 || count - term > 6 || numeralsBefore(text, term) === term) continue;
    const body = text.slice(term + 1, count);
    if (['', '全国人大', '人大', '政协', '中央委员会', '中央'].includes(body)) found.push(text.slice(numeralsBefore(text, term), end));
  }
}

/** 《关于…的意见》: a named document of state. */
function namedDocuments(text: string, found: string[]): void {
  for (const at of occurrences(text, '《', 64)) {
    const close = text.indexOf('》', at);
    if (close < 0 || close - at > 41) continue;
    const name = text.slice(at + 1, close);
    if (name.includes('\n')) continue;
    const kind = DOCUMENT_KINDS.find((k) => name.endsWith(k));
    if (kind && name.length - kind.length >= 2) found.push(text.slice(at, close + 1));
  }
}

/** Numbered sessions and named documents: 十四届全国人大二次会议, 三中全会, 《…的意见》, 国发〔2024〕. */
export function sessions(text: string): string[] {
  const found: string[] = [];
  numberedSessions(text, found);
  for (const at of occurrences(text, '中全会', 64)) {
    if (isNumeral(text[at - 1])) found.push(text.slice(numeralsBefore(text, at), at + 3));
  }
  namedDocuments(text, found);
  for (const at of occurrences(text, '〔', 64)) {
    const issuer = text.slice(at - 2, at);
    const year = text.slice(at + 1, at + 5);
    if (['国发', '国办', '中发', '中办'].includes(issuer) && isYear(year)) found.push(text.slice(at - 2, at + 6));
  }
  return found;
}

/** Verbs of an official announcement or statement, the predicate of a body of state. */
const ANNOUNCE = [
  '通报', '发布', '表示', '宣布', '称', '要求', '印发', '公布', '指出', '强调', '透露', '批准', '下发',
  '发出', '通知', '证实', '确认', '回应', '重申', '谴责', '呼吁', '敦促', '决定', '部署',
];
/** Words that may stand between the subject and the verb: 卫生部|昨天|通报, 外交部发言人|17日|表示. */
const BETWEEN = ['日前', '近日', '昨天', '今天', '昨日', '今日', '前日', '日', '正式', '再次', '也', '已', '有关负责人', '负责人', '发言人'];
/** How a body of state ends: 卫生部, 发改委, 国台办, 地震局, 海关总署, 特区政府, 台当局. */
const BODY_ENDS = ['部', '委', '办', '局', '署', '厅', '政府', '当局', '委员会', '防总', '国务院', '法院', '检察院', '军方'];
/** The last characters of BETWEEN and BODY_ENDS: a verb after any other character has no body of state before it. */
const SUBJECT_ENDS = '前天日式次也已人部委办局署厅府会总院方';
/** Words ending like a body that are not one: 俱乐部 (a club), 格局, 举办, 餐厅. */
const NOT_BODIES = [
  '全部', '内部', '局部', '干部', '总部', '俱乐部', '东部', '南部', '西部', '北部', '中部', '外部', '头部', '底部', '腹部',
  '格局', '结局', '布局', '大局', '开局', '棋局', '僵局', '赛局', '举办', '创办', '承办', '主办', '开办', '合办', '协办',
  '签署', '餐厅', '客厅', '大厅', '展厅', '球委', '评委', '乐部',
];

/** The subject before `at`, past the words that may stand between: the end of a body of state, or undefined. */
function bodyBefore(text: string, at: number): string | undefined {
  let end = at;
  for (let step = 0; step < 3; step++) {
    const word = BETWEEN.find((w) => text.startsWith(w, end - w.length));
    if (!word) break;
    end -= word.length;
    end = numeralsBefore(text, end);
  }
  const ending = BODY_ENDS.find((e) => text.startsWith(e, end - e.length));
  if (!ending || !isHanCode(text.charCodeAt(end - ending.length - 1))) return undefined;
  if (NOT_BODIES.some((w) => text.startsWith(w, end - w.length))) return undefined;
  return afterBreak(text.slice(Math.max(0, end - ending.length - 3), end));
}

/**
 * A body of state as the subject of an announcement: 卫生部通报, 国台办发言人表示, 教育部称,
 * and the headline form 国家防总：…. Each different statement once.
 */
export function officialVoice(text: string): string[] {
  const found = new Set<string>();
  for (const verb of ANNOUNCE) {
    for (const at of occurrences(text, verb, 16)) {
      if (!SUBJECT_ENDS.includes(text[at - 1] ?? '\n')) continue;
      const subject = bodyBefore(text, at);
      if (subject) found.add(subject + verb);
    }
  }
  for (const at of occurrences(text, '：', 4)) {
    if (at > 12) break;
    const subject = bodyBefore(text, at);
    if (subject) found.add(`${subject}：`);
  }
  return [...found];
}
