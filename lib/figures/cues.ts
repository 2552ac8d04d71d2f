import { HONORIFIC_AFTER, VERB_AFTER } from './name-data';
import { endsWithPost, endsWithWord, startsWithPost, wordSet } from './titles';

/** Words before a name that introduce a person: bylines, appointments, meetings. */
const PERSON_BEFORE = wordSet('记者|编辑|摄影|通讯员|补选|增补|选举|推选|任命|当选|会见|会晤|接见|看望|慰问|陪同|授予|同志|先生|女士|选手|队员|教练|主帅|球星|名将|作家|诗人|画家|演员|歌手|导演|农民|村民|居民|工人|学生|律师|医生|老人|老汉|大娘|大爷|师傅|夫妇|之子|之女|妻子|丈夫|儿子|女儿|父亲|母亲'.split('|'));

/** Where a list or a clause begins, or a modifier ends (留学的卢宇表示). */
const BOUNDARY_BEFORE = /(?:^|[\s、，,。；;：:！!？?“”"（(）)《》【】]|的)$/u;

/** A strong sign, in the clause before `start`, that a person's name begins there. */
export function strongLeftCue(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  let end = start;
  while (end > from && SPACE_OR_COLON.test(text[end - 1]!)) end--;
  if (end === from) return false;
  const before = text.slice(from, end);
  return endsWithPost(before) || endsWithWord(before, PERSON_BEFORE);
}

const SPACE_OR_COLON = /[\s:：]/u;

/** A strong sign, right after `end`, that a person's name ended there. */
export function strongRightCue(text: string, end: number): boolean {
  const after = text.slice(end, end + 6).replace(/^[ \u3000]+/u, '');
  return VERB_AFTER.test(after) || HONORIFIC_AFTER.test(after) || startsWithPost(after);
}

/** Whether the character before `start` ends a clause, a list item or a modifier (or there is none). */
export function breakBefore(text: string, start: number): boolean {
  return BOUNDARY_BEFORE.test(text.slice(Math.max(0, start - 1), start));
}

/** Whether a name may begin at `start`: a clause or list boundary, or a strong cue. */
export function boundaryBefore(text: string, start: number): boolean {
  return breakBefore(text, start) || strongLeftCue(text, start);
}

/** Whether a name may end at `end`: punctuation, a list comma, or a strong cue. */
export function boundaryAfter(text: string, end: number): boolean {
  const next = text.slice(end, end + 1);
  return end >= text.length || /^[\s、，,。；;：:！!？?”"）)为]/u.test(next) || strongRightCue(text, end);
}
