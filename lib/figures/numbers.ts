import { clauseEnd, inShortQuote } from './clauses';
import { countsOf } from './counts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals';
import type { Figure } from './types';
import { ALL_UNITS, baseUnit, kindOf } from './units';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const HAN_NUMBER = `[${CHINESE_NUMERAL_CHARS}]+`;
const DIGIT_NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

/** A number, 多/余, a multiplier (万, 亿) and a unit: 3090万元, 120余家, 三十余人, 5.2%. */
const FIGURE = new RegExp(
  `(?<number>${DIGIT_NUMBER}|${HAN_NUMBER})(?<approx>[多余])?(?<mult>[万亿]{0,2})(?<approx2>[多余])?` +
    `(?<unit>${ALL_UNITS.map(escape).join('|')})`,
  'gu',
);

/** Before a number: an ordinal (第十届), a vague amount (数十位, 几百人), or more of a number. */
const BAD_BEFORE = /[第数几若每\d.．A-Za-z〇零一二两三四五六七八九十百千万亿-]$/u;
/** Elections name their seats (补选6名委员): the members, not a statistic. */
const ELECTION_BEFORE = /(?:补选|增选|选举|选出)$/u;
/** After a unit: the number names a thing, not a quantity (六大, 个人, 次会议). */
const BAD_AFTER = /^(?:会议|全会|会|届|周年|年|月|日|号|岁|以来|之|大)/u;
export interface RawFigure {
  asWritten: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  han: boolean;
}

function toRaw(m: RegExpMatchArray): RawFigure | undefined {
  const g = m.groups ?? {};
  const number = g.number ?? '';
  const han = !/\d/u.test(number);
  const parsed = parseChineseNumber(number.replace(/,/gu, '') + (g.mult ?? ''));
  if (parsed === undefined) return undefined;
  // 9.8亿 is 980000000.0000001 in binary floating point: round to what was printed.
  const value = Number(parsed.toPrecision(12));
  const start = m.index ?? 0;
  return { asWritten: m[0], start, end: start + m[0].length, value, unit: baseUnit(g.unit ?? ''), han };
}

/** Dates, ordinals, names and slogans are not key figures. */
function isKeyFigure(text: string, f: RawFigure): boolean {
  if (BAD_BEFORE.test(text.slice(Math.max(0, f.start - 1), f.start))) return false;
  if (ELECTION_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start))) return false;
  if (BAD_AFTER.test(text.slice(f.end, f.end + 2))) return false;
  if (inShortQuote(text, f.start)) return false;
  // Small amounts in Chinese numerals are phrasing (一处, 七个方面, 两个维护), not statistics.
  if (f.han && f.value < 10 && !/[多余]/u.test(f.asWritten)) return false;
  // A bare 百/千/万 is phrasing (百家争鸣, 千家万户) unless an amount is approximate (十余家).
  if (f.han && !/[一二两三四五六七八九〇零]|[多余]/u.test(f.asWritten)) return false;
  return true;
}

/**
 * A count that only qualifies the subject of a money figure in the same clause
 * (11家企业发放补贴303万元) is part of that figure's description, not a figure of its own.
 */
function qualifiesMoney(text: string, f: RawFigure, all: readonly RawFigure[]): boolean {
  if (kindOf(f.unit) === 'money' || !/^\p{Script=Han}/u.test(text.slice(f.end, f.end + 1))) return false;
  const to = clauseEnd(text, f.end);
  return all.some((o) => o.start > f.end && o.end <= to && kindOf(o.unit) === 'money');
}

/** Every key figure of the text, once per way of writing it, in text order. */
export function findFigures(text: string): Figure[] {
  const raw = Array.from(text.matchAll(FIGURE), toRaw).filter((f): f is RawFigure => f !== undefined);
  const kept = raw.filter((f) => isKeyFigure(text, f));
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const f of kept) {
    const key = f.asWritten.normalize('NFKC');
    if (seen.has(key) || qualifiesMoney(text, f, kept)) continue;
    seen.add(key);
    const counts = countsOf(text, f, kept);
    out.push({ asWritten: f.asWritten, counts, value: f.value, unit: f.unit, kind: kindOf(f.unit), firstIndex: f.start });
  }
  return out;
}
