/**
 * Chinese numerals as printed in news: 三十余, 一百二十万, 两千, 二〇三五, 1.2万 (digits with a
 * Chinese multiplier). Returns the value, or undefined when the text is not a number.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/** 二〇三五 → 2035: digit by digit, no unit characters. */
function parseDigitString(chars: string[]): number {
  return chars.reduce((n, ch) => n * 10 + (DIGITS[ch] ?? 0), 0);
}

/** A section below 万: 三千五百二十, 十五, 一百零八. */
function parseSection(chars: string[]): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of chars) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

function parsePure(chars: string[]): number | undefined {
  if (chars.length === 0) return undefined;
  const hasUnit = chars.some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS);
  if (!hasUnit) return chars.every((ch) => ch in DIGITS) ? parseDigitString(chars) : undefined;
  let total = 0;
  let section: string[] = [];
  for (const ch of chars) {
    if (!(ch in BIG_UNITS)) {
      section.push(ch);
      continue;
    }
    const value = section.length === 0 ? 1 : parseSection(section);
    if (value === undefined) return undefined;
    // 一亿二千万: a 万 after 亿 multiplies only what came since.
    total = ch === '亿' ? (total + value) * 1e8 : total + value * 1e4;
    section = [];
  }
  const rest = section.length === 0 ? 0 : parseSection(section);
  return rest === undefined ? undefined : total + rest;
}

/** Parses 三十余, 一百二十万, 两千, 1.2万, 3090, 5.2 (多/余 at the end are dropped). */
export function parseChineseNumber(text: string): number | undefined {
  const trimmed = text.replace(/[多余]$/u, '').replace(/[,，]/gu, '');
  const mixed = /^(\d+(?:\.\d+)?)([万亿]*)$/u.exec(trimmed);
  if (mixed) {
    const multiplier = Array.from(mixed[2] ?? '').reduce((m, ch) => m * BIG_UNITS[ch]!, 1);
    return Number(mixed[1]) * multiplier;
  }
  return parsePure(Array.from(trimmed));
}
