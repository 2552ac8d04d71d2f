import type { NameSpan } from './names';
import { surnameLength } from './name-shape';
import type { Token } from './types';

/**
 * A surname standing for a person (李老师, 王某, 老于, 胡老): People's Daily marks the surname alone
 * as a name, the popup shows no such half-names. The trained tagger reads 李老师 as one name of
 * three characters; these rules give People's Daily's reading instead.
 */

/** Words after a surname that make it a person: forms of address, offices, 某 and 家. */
const ADDRESS = new Set(
  (
    '先生|女士|小姐|太太|夫人|老师|教授|博士|师傅|大夫|医生|大娘|大妈|大爷|大伯|大姐|大嫂|大哥|阿姨|老汉|老太|某|家|老|' +
    '局长|副局长|市长|副市长|县长|副县长|区长|省长|乡长|镇长|村长|厂长|校长|院长|所长|处长|科长|部长|主任|书记|经理|' +
    '董事长|总经理|主席|外长|总理|总统|委员|大使|教练|指导|队长|司令|将军|同志'
  ).split('|'),
);

/** Surnames that with 家 or 老 make an ordinary word (全家, 成家, 管家, 农家, 古老). */
const WORD_BEFORE = { 家: new Set('全成管农商万安'), 老: new Set('古') } as Record<string, Set<string>>;

/** Names in the names of cups (汤杯 and 尤杯 after Thomas and Uber, 尤伯杯). */
const CUP = /(汤姆斯|尤伯|汤|尤)(?=尤?杯)/gu;

function isAddress(surname: string, rest: string): boolean {
  return ADDRESS.has(rest) && !WORD_BEFORE[rest]?.has(surname);
}

/** The surname of a tagger's span that is a surname and a form of address (李老师 → 李), else undefined. */
export function surnameOf(span: NameSpan): NameSpan | undefined {
  const { name, start } = span;
  if (/^[老小]/u.test(name) && name.length === 2 && surnameLength(name.slice(1)) === 1) {
    return { start: start + 1, end: start + 2, name: name[1]! };
  }
  if (surnameLength(name) === 1 && isAddress(name[0]!, name.slice(1))) return { start, end: start + 1, name: name[0]! };
  return undefined;
}

/** Tags jieba gives a surname or a surname and its address when it reads them as a person. */
const PERSON_TAGS = new Set(['nr', 'nrfg', 'x']);
/** Tags of 王家, 李老师 read as one word. */
const WORD_TAGS = new Set(['nr', 'nrfg', 'x', 'n', 'nz']);

/** Surnames standing alone, read from the tagger's words (李/nr 老师, 李老师/nr, 老于/x), and cup names. */
export function loneSurnames(text: string, tokens: readonly Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  tokens.forEach((t, k) => {
    const first = t.word[0]!;
    const alone = t.word.length === 1 && PERSON_TAGS.has(t.tag) && isAddress(first, tokens[k + 1]?.word ?? '');
    const joined = t.word.length > 1 && WORD_TAGS.has(t.tag) && isAddress(first, t.word.slice(1));
    if ((alone || joined) && surnameLength(first) === 1) out.push({ start: t.start, end: t.start + 1, name: first });
    // 老于, 小王: jieba knows 老师, 小时 and 小康 as words with their own tags.
    if (t.word.length === 2 && /^[老小]/u.test(t.word) && PERSON_TAGS.has(t.tag) && surnameLength(t.word[1]!) === 1) {
      out.push({ start: t.start + 1, end: t.end, name: t.word[1]! });
    }
  });
  for (const m of text.matchAll(CUP)) out.push({ start: m.index, end: m.index + m[1]!.length, name: m[1]! });
  return out;
}
