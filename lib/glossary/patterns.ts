import type { GlossaryEntry } from './types';

/**
 * Formulaic names that no word list can hold: session and plenum names with their numbers
 * (第十届人民代表大会第七次会议, 十届人大七次会议, 区委八届八次全会, 十九届二中、三中、四中全会),
 * five-year plans written out (第十四个五年规划 → 十四五), and glossary entries written as
 * templates with an X (总书记有号令、党中央有部署，X见行动).
 */
interface PatternHit {
  start: number;
  end: number;
  headword: string;
}

interface Pattern {
  regex: RegExp;
  /** The headword of a hit, or undefined to drop it. */
  headword: (match: RegExpExecArray) => string | undefined;
}

/** Ordinals as pages write them: 十九, 二十, 八, 19. */
const N = '(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})';
/** What may stand between 届 and 次 in a session name: a body, a place, no punctuation. */
const BODY = '[^\\s，。、；：,.;:！？!?“”"（）()《》届次]{0,18}?';
const CONGRESS_OR_CPPCC = /人大|人民代表|政协|政治协商|常务委员会/;

const SESSION = 'X届X次会议';
const PLENUM = 'X届X次全会';
const CENTRAL_PLENUM = 'X中全会';
/** Template headwords with a pattern of their own here, not the generic X template. */
const SPECIAL_TEMPLATES = new Set([SESSION, PLENUM, CENTRAL_PLENUM]);

function sessionPattern(): Pattern {
  const regex = new RegExp(`第?${N}届(${BODY})第?${N}次(全体会议|全会|会议)`, 'gu');
  return {
    regex,
    headword: (m) => {
      const [, body = '', kind] = m;
      if (kind === '全会') return PLENUM;
      // 第八届委员会第八次全体会议 is a Party plenum; a people's congress or CPPCC session is not.
      if (kind === '全体会议' && !CONGRESS_OR_CPPCC.test(body)) return PLENUM;
      return SESSION;
    },
  };
}

/** 五中全会, 十九届五中全会, 十九届二中、三中、四中全会. */
function centralPlenumPattern(): Pattern {
  const nth = '[一二三四五六七八九十]中';
  const regex = new RegExp(`(?:${N}届)?(?:${nth}[、，,和及])*${nth}全会`, 'gu');
  return { regex, headword: () => CENTRAL_PLENUM };
}

/** 第十四个五年规划 → 十四五, when the glossary has that plan. */
function fiveYearPlanPattern(headwords: ReadonlySet<string>): Pattern {
  const regex = /第(十[一二三四五六七八九]|[一二三四五六七八九])个五年(?:规划|计划)/gu;
  return {
    regex,
    headword: (m) => {
      const short = `${m[1] ?? ''}五`;
      return headwords.has(short) ? short : undefined;
    },
  };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PLACE = '[^\\s，。、；：,.;:！？!?“”"]{1,12}?';

/** One clause of a template as a regex: X stands for a place or unit. */
const clauseRegex = (clause: string) =>
  Array.from(clause)
    .map((ch) => (ch === 'X' ? PLACE : escapeRegex(ch)))
    .join('');

/**
 * A template such as 总书记有号令、党中央有部署，X见行动. Separators are optional, and so are the
 * middle clauses without X: pages shorten it to 总书记有号令、卫东区见行动.
 */
function templatePattern(headword: string, forms: readonly string[]): Pattern {
  const alternatives = forms.map((form) => {
    const clauses = form.replace(/[“”"]/g, '').split(/[、，,]/u);
    return clauses
      .map((clause, i) => {
        const re = clauseRegex(clause) + (i < clauses.length - 1 ? '[、，,]?' : '');
        return i === 0 || clause.includes('X') || i === clauses.length - 1 ? re : `(?:${re})?`;
      })
      .join('');
  });
  return { regex: new RegExp(alternatives.join('|'), 'gu'), headword: () => headword };
}

export interface PatternSet {
  find(simplified: string): PatternHit[];
}

/** The patterns for the glossary's template entries that exist in `entries`. */
export function createPatterns(entries: readonly GlossaryEntry[]): PatternSet {
  const headwords = new Set(entries.map((e) => e.headword));
  const patterns: Pattern[] = [fiveYearPlanPattern(headwords)];
  if (headwords.has(SESSION) || headwords.has(PLENUM)) patterns.push(sessionPattern());
  if (headwords.has(CENTRAL_PLENUM)) patterns.push(centralPlenumPattern());
  for (const entry of entries) {
    if (!entry.headword.includes('X') || SPECIAL_TEMPLATES.has(entry.headword)) continue;
    const forms = [entry.headword, ...(entry.variants ?? [])].filter((form) => form.includes('X'));
    patterns.push(templatePattern(entry.headword, forms));
  }
  // Every pattern needs one of these characters: a page without them costs one scan.
  const cues = /[届中个见]/u;
  return {
    find(simplified) {
      if (!cues.test(simplified)) return [];
      const hits: PatternHit[] = [];
      for (const { regex, headword } of patterns) {
        regex.lastIndex = 0;
        for (let m = regex.exec(simplified); m; m = regex.exec(simplified)) {
          const name = headword(m);
          if (name && headwords.has(name)) hits.push({ start: m.index, end: m.index + m[0].length, headword: name });
        }
      }
      return hits;
    },
  };
}
