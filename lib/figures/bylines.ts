import { isHanNameShape } from './name-shape';
import type { PersonRole } from './types';

/** A reporter, photographer or editor named in a byline or caption credit. */
export interface Byline {
  name: string;
  start: number;
  role: PersonRole;
  /** The role word shown with the name (记者, 摄影, 责任编辑). */
  title: string;
}

const NAME = String.raw`\p{Script=Han}{2,4}`;
const GAP = String.raw`[ \t\u3000]*`;
/** 记者王孟鹤, （记者 许宁）, 新华社记者邹伟、刘正学报道. */
const REPORTER = new RegExp(`(?<title>记者|通讯员)${GAP}[:：]?${GAP}(?<names>${NAME}(?:${GAP}[、 \\u3000]${GAP}${NAME})*)`, 'gu');
/** 高鸿勋 摄, （冯志强摄）, 摄影：王京普. */
const PHOTO_AFTER = new RegExp(`(?<names>${NAME})${GAP}(?<title>摄)(?!影|像|制|入|取|于)`, 'gu');
const PHOTO_BEFORE = new RegExp(`(?<title>摄影|摄)${GAP}[:：/]${GAP}(?<names>${NAME})`, 'gu');
/** 责任编辑：方志刚, 【责任编辑:王頔】. */
const EDITOR = new RegExp(`(?<title>责任编辑|责编|编辑)${GAP}[:：]${GAP}(?<names>${NAME})`, 'gu');

/** Words that end a byline name run (记者王孟鹤报道, 记者邹伟）). */
const NAME_TAIL = /(?:报道|摄影|摄|电|讯|编辑|供稿|实习生|通讯员)$/u;

function namesIn(run: string, start: number, fromEnd: boolean): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  let at = start;
  for (const part of run.split(/([、 \u3000\t]+)/u)) {
    const clean = part.replace(NAME_TAIL, '');
    // A run longer than a name: the name is its start (记者王孟鹤2月) or, before 摄, its end.
    const name = clean.length <= 3 ? clean : fromEnd ? clean.slice(-3) : clean.slice(0, 3);
    const offset = fromEnd ? at + clean.length - name.length : at;
    if (isHanNameShape(name)) out.push({ name, start: offset });
    at += part.length;
  }
  return out;
}

function collect(text: string, pattern: RegExp, role: PersonRole, fromEnd: boolean): Byline[] {
  const out: Byline[] = [];
  for (const m of text.matchAll(pattern)) {
    const names = m.groups?.names ?? '';
    const title = m.groups?.title === '摄' ? '摄影' : (m.groups?.title ?? '');
    const start = (m.index ?? 0) + m[0].indexOf(names);
    for (const n of namesIn(names, start, fromEnd)) out.push({ ...n, role, title });
  }
  return out;
}

/** Every byline credit in the text. */
export function findBylines(text: string): Byline[] {
  return [
    ...collect(text, REPORTER, 'reporter', false),
    ...collect(text, PHOTO_AFTER, 'photographer', true),
    ...collect(text, PHOTO_BEFORE, 'photographer', false),
    ...collect(text, EDITOR, 'editor', false),
  ];
}
