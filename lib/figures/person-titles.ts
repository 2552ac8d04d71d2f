import { clauseStart, CLAUSE_END } from './clauses';
import type { NameSpan } from './names';
import { endsWithPost, TITLE_STOP, TITLE_STOP_EXCEPTIONS, TITLE_STOP_TAGS } from './titles';
import { tokenBefore } from './token-checks';
import type { Token } from './types';

const MAX_TITLE = 24;
/** Titles written right after a name (习近平总书记). */
const TITLE_AFTER = /^(?:总书记|委员长|副主席|主席|副总理|总理|总统|副总统|首相|院士|教授)/u;
/** Verbs that appoint the names after them to the post after 为 (补选朱晓鹏为卫东区监察委员会主任). */
const APPOINT = /(?:补选|增补|增选|选举|推选|任命|决定任命|当选)$/u;

/** Where the organisation prefix of a post ending at `end` begins, read right to left. */
function titleStart(text: string, tokens: readonly Token[], from: number, end: number): number {
  let at = end;
  while (at > from) {
    const exception = TITLE_STOP_EXCEPTIONS.find((w) => text.slice(at - w.length, at) === w);
    if (exception) {
      at -= exception.length;
      continue;
    }
    if (TITLE_STOP.test(text[at - 1]!)) break;
    const token = tokenBefore(tokens, at);
    if (token && token.word.length > 1 && TITLE_STOP_TAGS.has(token.tag) && !endsWithPost(token.word) && token.end <= end) break;
    at--;
  }
  return at;
}

/** Titles standing before a name, chained with 、 (区委副书记、区长陈思远). */
function titlesBefore(text: string, tokens: readonly Token[], start: number): string[] {
  const out: string[] = [];
  let end = start;
  while (end > 0) {
    const from = Math.max(clauseStart(text, end), text.lastIndexOf('、', end - 1) + 1, end - MAX_TITLE);
    const segment = text.slice(from, end);
    if (!endsWithPost(segment)) break;
    const at = titleStart(text, tokens, from, end);
    if (at >= end) break;
    out.unshift(text.slice(at, end));
    if (at !== from || text[from - 1] !== '、') break;
    end = from - 1;
  }
  return out;
}

/** Span of the list of names that `s` belongs to (李文涛、王丽、赵永刚). */
function listAround(text: string, s: NameSpan, all: readonly NameSpan[]): [number, number] {
  let [start, end] = [s.start, s.end];
  for (let prev = all.find((o) => o.end === start - 1); prev && text[start - 1] === '、'; prev = all.find((o) => o.end === start - 1)) start = prev.start;
  for (let next = all.find((o) => o.start === end + 1); next && text[end] === '、'; next = all.find((o) => o.start === end + 1)) end = next.end;
  return [start, end];
}

/** The post named in an appointment (补选X、Y为T; X当选为T). */
function appointedTitle(text: string, s: NameSpan, all: readonly NameSpan[]): string | undefined {
  const [start, end] = listAround(text, s, all);
  const after = text.slice(end, end + 40);
  const m = /^(?:当选)?为([^，。；,;、：:！？\n]+)/u.exec(after);
  if (!m || !(APPOINT.test(text.slice(Math.max(0, start - 4), start)) || after.startsWith('当选'))) return undefined;
  return endsWithPost(m[1]!) ? m[1] : undefined;
}

/** A title said of the person later in the clause (李博灏是…的一名博士). */
function predicateTitle(text: string, s: NameSpan): string | undefined {
  if (text[s.end] !== '是') return undefined;
  let to = s.end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  const m = /(?:一名|一位|一个)([^的]{2,12})$/u.exec(text.slice(s.end, to));
  return m && endsWithPost(m[1]!) ? m[1] : undefined;
}

/** Every title the text gives at one mention of a name. */
export function titlesAt(text: string, tokens: readonly Token[], s: NameSpan, all: readonly NameSpan[]): string[] {
  const titles = titlesBefore(text, tokens, s.start);
  const after = TITLE_AFTER.exec(text.slice(s.end, s.end + 4));
  if (after) titles.push(after[0]);
  const appointed = appointedTitle(text, s, all);
  if (appointed) titles.push(appointed);
  const predicate = predicateTitle(text, s);
  if (predicate) titles.push(predicate);
  return titles;
}
