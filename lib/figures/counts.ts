import { clauseEnd, clauseStart } from './clauses';
import type { RawFigure } from './numbers';
import { kindOf } from './units';

/**
 * What a key figure counts, as a noun phrase read from its clause: the words before the number
 * (城镇新增就业 4386人), the noun after a count (390个管控卡点), or, where the clause only says
 * how a figure changed (同比增长 7.9%), the subject of the clause before.
 */

/** Qualifiers and verbs that end the counted phrase before the number (达到, 超过, 约). */
const TRAILING = /(?:分别|同比|达到|达|为|超过|超|近|约|逾|共计|共|累计|合计|计|至|了|和|及|、|等|的)+$/u;
/** What may follow a number without being the noun it counts. */
const NOT_A_NOUN = /^(?:[到在赴来去参进深走对向从为被把将于与和同已均都共每及等是有获受]|左右|以上|以下|的|增加|减少|增长|下降|提高|达到|比|同比|占)/u;
const LEADING = /^(?:其中|全年|共|并|和|及|还|同时|此外|另外)+/u;
/** A clause that only says how something changed, what share it is or whom it reaches needs that something. */
const CHANGE_ONLY = /^(?:(?:同比|比上年|比去年|比年初|较上年|较去年|比上年同期|年均|平均|分别)*(?:增长|下降|提高|降低|增加|减少|上升|回落|增|降)?|(?:[占比较]|涉及|惠及|带动|覆盖).*)$/u;
/** A change from one value to another (从2020年的12万元增加到2021年的38万元): the rest is a year. */
const FROM_TO = /从(?:[^从到至]*?)(?:[增提]加|增长|提高|下降|减少|降低|上升)?(?:到|至)?[^从到至]*$/u;
const YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4})年/gu;
const MAX_LENGTH = 20;

function clean(phrase: string): string {
  return phrase.replace(TRAILING, '').replace(LEADING, '').trim();
}

/** The clause before the figure, other figures taken out. */
function beforeFigure(text: string, from: number, f: RawFigure, all: readonly RawFigure[]): string {
  let before = text.slice(from, f.start);
  for (const o of all) if (o.start >= from && o.end <= f.start) before = before.replace(o.asWritten, '');
  return before;
}

/** 村集体经济收入从2020年的12万元增加到2021年的38万元 → 村集体经济收入（2021年）. */
function fromTo(before: string): string | undefined {
  const m = FROM_TO.exec(before);
  if (!m || m.index === 0 || !/[到至]|^从/u.test(m[0])) return undefined;
  const year = [...m[0].matchAll(YEAR)].at(-1)?.[0];
  const subject = clean(before.slice(0, m.index));
  if (subject.length < 2) return undefined;
  return year ? `${subject}（${year}）` : subject;
}

/**
 * 城镇和农村居民人均可支配收入分别增长6.7%和9.1%: the k-th figure after 分别 counts the k-th item
 * of the list before it, each item completed with the shared head noun (城镇居民人均可支配收入).
 */
function respectively(text: string, from: number, f: RawFigure, all: readonly RawFigure[]): string | undefined {
  const clause = text.slice(from, clauseEnd(text, f.end));
  const at = clause.indexOf('分别');
  if (at < 0 || from + at > f.start) return undefined;
  const figures = all.filter((o) => o.start > from + at && o.start < from + clause.length);
  const items = clean(clause.slice(0, at)).split(/和|与|及|、/u);
  const k = figures.indexOf(f);
  if (items.length !== figures.length || k < 0 || items.some((i) => i.length === 0)) return undefined;
  const last = items.at(-1)!;
  const verb = clause.slice(at + 2, figures[0]!.start - from).replace(TRAILING, '');
  const item = items[k]!;
  // A short item shares the head noun of the last one: 城镇 + 居民人均可支配收入.
  const full = item.length < last.length && item.length <= 4 ? item + last.slice(item.length) : item;
  return `${full}${verb}`;
}

/** The subject of the clause before (全区实现地区生产总值 for a following 同比增长7.9%). */
function previousSubject(text: string, clauseFrom: number, all: readonly RawFigure[]): string {
  if (clauseFrom < 2 || !/[，,；;]/u.test(text[clauseFrom - 1] ?? '')) return '';
  const from = clauseStart(text, clauseFrom - 1);
  const figure = all.find((o) => o.start >= from && o.end <= clauseFrom - 1);
  if (!figure) return '';
  return clean(text.slice(from, figure.start));
}

/** A short verb parallel to the previous clause's (应到代表172名，实到165名) takes its noun: 实到代表. */
function withSubject(before: string, subject: string): string {
  const verbEnd = before.length === 2 ? subject.lastIndexOf(before.at(-1)!) : -1;
  if (verbEnd >= 0 && verbEnd < subject.length - 1) return before + subject.slice(verbEnd + 1);
  return `${subject}${before}`;
}

/** A long phrase keeps its last part, cut at a list comma or a modifier. */
function shorten(phrase: string): string {
  if (phrase.length <= MAX_LENGTH) return phrase;
  const parts = phrase.split(/[、的]/u).filter((p) => p.length >= 2);
  return parts.at(-1) ?? phrase.slice(-MAX_LENGTH);
}

export function countsOf(text: string, f: RawFigure, all: readonly RawFigure[]): string {
  const from = clauseStart(text, f.start);
  const to = clauseEnd(text, f.end);
  const next = all.find((o) => o.start >= f.end && o.start < to);
  const after = text.slice(f.end, next ? next.start : to).split('、')[0]!.trim();
  const kind = kindOf(f.unit);
  const raw = beforeFigure(text, from, f, all);
  const before = clean(raw);
  if ((kind === 'count' || kind === 'people') && after.length >= 2 && !NOT_A_NOUN.test(after) && before.length < 2) {
    return after.split('的')[0]!;
  }
  const listed = respectively(text, from, f, all) ?? fromTo(raw);
  if (listed) return listed;
  if ((kind === 'count' || kind === 'people') && after.length >= 2 && !NOT_A_NOUN.test(after)) return after.split('的')[0]!;
  if (before.length > 3 && !CHANGE_ONLY.test(before)) return shorten(before);
  const subject = previousSubject(text, from, all);
  return shorten(subject ? withSubject(before, subject) : before);
}
