import { boundaryAfter, boundaryBefore, breakBefore, strongLeftCue, strongRightCue } from './cues';
import { COMPOUND_SURNAMES, NOT_LAST, NOT_NAME_FINAL, NOT_NAMES, SURNAMES, TRANSLITERATION } from './name-data';
import { followedByPlace, isForeignShape, isHanNameShape, isJapaneseNameShape, japaneseSurnameLength, surnameLength } from './name-shape';
import { NAME_TAGS, tokenBefore, tokensAllowName, WHOLE_WORD_TAGS } from './token-checks';
import type { Token } from './types';

/** A person's name found in the text, with UTF-16 offsets. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /**
   * Set on a name that only the tagger found, with no title or verb of speech beside it, and that
   * the tagger holds weakly: the popup lists a person named once that way only with a title.
   */
  unsure?: true;
}

export interface NameOptions {
  /**
   * Also mark names inside ideology terms (邓小平 in 邓小平理论), as the People's Daily NER
   * annotation does. The popup leaves them out: a doctrine is not a person present in the news.
   */
  insideTerms?: boolean;
  /** Also mark a surname standing alone (胡 in 胡老), again as People's Daily does. */
  surnamesAlone?: boolean;
}

const IDEOLOGY = /^(.+?)(?:理论|思想|主义)$/u;
const IDEOLOGY_NAMES: Record<string, string[]> = { 马列: ['马', '列'], 马克思列宁: ['马克思', '列宁'], 马克思: ['马克思'], 列宁: ['列宁'] };
/** Characters an HMM guess often swallows after a name (郑二民为, 赵华说). */
const SWALLOWED = new Set([...NOT_LAST, ...'出来去回入给让叫']);

/** A preposition of place before a word makes it a place (在莫斯科会见). */
const PLACE_BEFORE = /[在从到赴至往飞抵经]$/u;

function span(text: string, start: number, end: number): NameSpan {
  return { start, end, name: text.slice(start, end) };
}

function hasCue(text: string, start: number, end: number): boolean {
  return strongLeftCue(text, start) || strongRightCue(text, end);
}

/** A name jieba tagged or found with its HMM, kept when its shape and context agree. */
function fromToken(text: string, tokens: readonly Token[], t: Token): NameSpan | undefined {
  const tagged = NAME_TAGS.has(t.tag) || t.tag === 'x';
  // Cheap tests first: a name has two characters or more, and a surname unless the tagger saw a name.
  if (t.word.length < 2 || (!tagged && surnameLength(t.word) === 0)) return undefined;
  // The span is this one word, which must carry a tag a whole name may have (see tokensAllowName).
  if (!WHOLE_WORD_TAGS.has(t.tag)) return undefined;
  const end = t.tag === 'x' && t.word.length >= 3 && SWALLOWED.has(t.word.at(-1)!) ? t.end - 1 : t.end;
  const name = text.slice(t.start, end);
  if (followedByPlace(text, end) || !tokensAllowName(tokens, t.start, end)) return undefined;
  if (isHanNameShape(name)) {
    if ((tagged && name.length >= 3) || hasCue(text, t.start, end)) return span(text, t.start, end);
    // An unknown two-character word standing alone in its clause position is usually a name (薛明，).
    if (t.tag === 'x' && boundaryBefore(text, t.start) && boundaryAfter(text, end)) return span(text, t.start, end);
    return undefined;
  }
  // Foreign names need a person's context: most transliterations in news are places (莫斯科).
  // A word jieba's dictionary files as a name (若斯潘/nr) needs the context alone.
  const foreign = isForeignShape(name) || (NAME_TAGS.has(t.tag) && name.length >= 3 && !NOT_NAMES.has(name) && !NOT_NAME_FINAL.has(name.at(-1)!));
  if (foreign && tagged && hasCue(text, t.start, end) && !PLACE_BEFORE.test(text.slice(t.start - 1, t.start))) {
    return span(text, t.start, end);
  }
  return undefined;
}

/** Names inside ideology terms (邓小平理论 → 邓小平), for the People's Daily convention. */
function fromTerm(text: string, t: Token): NameSpan[] {
  if (!/[论想义]/u.test(t.word.at(-1) ?? '')) return [];
  const head = IDEOLOGY.exec(t.word)?.[1] ?? '';
  const names = IDEOLOGY_NAMES[head] ?? (isHanNameShape(head) && head.length === 3 ? [head] : []);
  let at = t.start;
  return names.map((n) => span(text, at, (at += n.length)));
}

/** Foreign names joined by a middle dot (鲍里斯·贝克尔): transliteration characters around it. */
function fromDots(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(/[·・]/gu)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && TRANSLITERATION.has(text[start - 1]!) && m.index - start < 6) start--;
    while (end < text.length && (TRANSLITERATION.has(text[end]!) || /[·・]/u.test(text[end]!)) && end - m.index < 12) end++;
    if (m.index - start >= 1 && end - m.index >= 2) out.push(span(text, start, end));
  }
  return out;
}

/** Length of a Han name starting at `start` (surname and one or two characters), read from context. */
function nameLengthAt(text: string, start: number, requireEndCue = true): number {
  const sur = surnameLength(text.slice(start, start + 2));
  if (sur === 0) return 0;
  for (const len of [sur + 2, sur + 1]) {
    const name = text.slice(start, start + len);
    if (name.length < len || !isHanNameShape(name) || followedByPlace(text, start + len)) continue;
    if (len > sur + 1 && NOT_LAST.has(name.at(-1)!)) continue;
    if (!requireEndCue || boundaryAfter(text, start + len)) return len;
  }
  return 0;
}

/** After a strong cue the tagger's words decide the length (县委书记汪明|新|经常). */
function lengthFromTokens(text: string, tokens: readonly Token[], start: number): number {
  const sur = surnameLength(text.slice(start, start + 2));
  if (sur === 0 || tokens.length === 0) return 0;
  for (const len of [sur + 2, sur + 1]) {
    const name = text.slice(start, start + len);
    if (!isHanNameShape(name) || NOT_LAST.has(name.at(-1)!) || followedByPlace(text, start + len)) continue;
    if (tokensAllowName(tokens, start, start + len) && tokenBefore(tokens, start + len)?.end === start + len) return len;
  }
  return 0;
}

/** A three-character name right before 总书记 or 主席 needs no boundary before it (贯彻习近平总书记). */
function honorificAfter(text: string, start: number): boolean {
  return /^(?:总书记|主席|总理|委员长)/u.test(text.slice(start + 3, start + 6)) && nameLengthAt(text, start) === 3;
}

/** Length of a name after a title: from the tagger's words, or without them the longest that fits. */
function lengthAfterCue(text: string, tokens: readonly Token[], start: number): number {
  if (tokens.length > 0) return lengthFromTokens(text, tokens, start);
  const sur = surnameLength(text.slice(start, start + 2));
  for (const len of [sur + 2, sur + 1]) {
    const name = text.slice(start, start + len);
    if (sur > 0 && isHanNameShape(name) && !NOT_LAST.has(name.at(-1)!)) return len;
  }
  return 0;
}

/** Code units that begin a surname, single or compound. */
const SURNAME_START = new Set([...SURNAMES, ...[...COMPOUND_SURNAMES].map((s) => s[0]!)].map((ch) => ch.charCodeAt(0)));

/** Offsets where a surname begins (at word starts when there are words): the rules look only there. */
function surnamePositions(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const at = (i: number) => SURNAME_START.has(text.charCodeAt(i)) && surnameLength(text.slice(i, i + 2)) > 0;
  if (tokens.length > 0) {
    for (const t of tokens) if (at(t.start)) out.push(t.start);
  } else {
    for (let i = 0; i < text.length; i++) if (at(i)) out.push(i);
  }
  return out;
}

/** Names introduced by a title, a byline or an appointment (区长张伟, 记者王孟鹤, 补选朱晓鹏为). */
function fromCues(text: string, tokens: readonly Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const start of surnamePositions(text, tokens)) {
    const left = strongLeftCue(text, start);
    if (!left && !breakBefore(text, start) && !honorificAfter(text, start)) continue;
    const len = nameLengthAt(text, start) || (left ? lengthAfterCue(text, tokens, start) : 0);
    if (len === 0) continue;
    const s = span(text, start, start + len);
    if (!left && !strongRightCue(text, s.end)) continue;
    if (tokensAllowName(tokens, s.start, s.end)) out.push(s);
  }
  return out;
}

// A local copy: the benchmarks' loader (jiti) reads an imported binding through a proxy at every use.
const surnameAt = japaneseSurnameLength;

/** Words that end a clause's subject rather than a Japanese given name (桥本则在, 田中也说). */
const NOT_IN_GIVEN = new Set([...NOT_LAST, ...'则而但即亦乃却便又首外']);

/**
 * Japanese names next to a cue (桥本首相, 首相桥本龙太郎在, 田中真纪子表示): a family name from
 * the list and up to three characters of a given name, the shortest that a cue ends. The words
 * must end there too, unless jieba's guess ran the name into the verb (健一说).
 */
function fromJapanese(text: string, tokens: readonly Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  const wordEnds = (end: number) => {
    const t = tokenBefore(tokens, end);
    return !t || t.end === end || t.tag === 'x';
  };
  const tryAt = (start: number) => {
    const sur = surnameAt(text, start);
    if (sur === 0) return;
    const left = strongLeftCue(text, start);
    for (let len = sur; len <= sur + 3; len++) {
      const end = start + len;
      const name = text.slice(start, end);
      if (name.length < len || Array.from(name.slice(sur)).some((ch) => NOT_IN_GIVEN.has(ch))) return;
      if (!isJapaneseNameShape(name) || followedByPlace(text, end) || !wordEnds(end)) continue;
      if (strongRightCue(text, end) || (left && boundaryAfter(text, end))) {
        out.push(span(text, start, end));
        return;
      }
    }
  };
  // A family name begins a word, or anywhere without the tagger's words.
  if (tokens.length > 0) for (const t of tokens) tryAt(t.start);
  else for (let i = 0; i < text.length; i++) tryAt(i);
  return out;
}

/** Names listed next to a found one (王二庆、宋振伟、郑二民为; 马兴瑞、吴政隆参加). */
function fromLists(text: string, found: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const f of found) {
    if (/^[、\s\u3000]/u.test(text.slice(f.end, f.end + 1))) {
      const len = nameLengthAt(text, f.end + 1);
      if (len > 0) out.push(span(text, f.end + 1, f.end + 1 + len));
    }
    if (!/[、\s\u3000]$/u.test(text.slice(f.start - 1, f.start))) continue;
    for (const len of [3, 2]) {
      const start = f.start - 1 - len;
      if (start >= 0 && nameLengthAt(text, start, false) === len && boundaryBefore(text, start)) {
        out.push(span(text, start, start + len));
        break;
      }
    }
  }
  return out;
}

/** Found names by start, and which name covers each character, so that overlaps are cheap to see. */
interface Found {
  byStart: Map<number, NameSpan>;
  cover: Int32Array;
}

function overlapping(found: Found, s: NameSpan): NameSpan[] {
  const out = new Set<NameSpan>();
  for (let i = s.start; i < s.end; i++) {
    const o = found.cover[i] ? found.byStart.get(found.cover[i]! - 1) : undefined;
    if (o) out.add(o);
  }
  return [...out];
}

function setCover(found: Found, s: NameSpan, value: number): void {
  for (let i = s.start; i < s.end; i++) found.cover[i] = value;
}

function addAll(into: Found, spans: readonly NameSpan[]): boolean {
  let added = false;
  for (const s of spans) {
    const overlaps = overlapping(into, s);
    // A longer reading wins over the pieces it covers (鲍里斯·贝克尔 over 鲍里斯).
    if (overlaps.some((o) => o.end - o.start >= s.end - s.start)) continue;
    for (const o of overlaps) {
      into.byStart.delete(o.start);
      setCover(into, o, 0);
    }
    into.byStart.set(s.start, s);
    setCover(into, s, s.start + 1);
    added = true;
  }
  return added;
}

/** Later and earlier mentions of a name already found (王迎波强调 after 区委书记王迎波). */
export function repeats(text: string, found: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const name of new Set(found.map((f) => f.name))) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!followedByPlace(text, at + name.length)) out.push(span(text, at, at + name.length));
    }
  }
  return out;
}

/** Spans of several sources in order of trust: a later span replaces only shorter ones it overlaps. */
export function mergeSpans(length: number, ...groups: readonly NameSpan[][]): NameSpan[] {
  const found: Found = { byStart: new Map(), cover: new Int32Array(length) };
  for (const g of groups) addAll(found, g);
  return [...found.byStart.values()].sort((a, b) => a.start - b.start);
}

/** The names the hand-written rules find, given the tagger's words (or none). */
export function ruleNameSpans(text: string, tokens: readonly Token[], options: NameOptions = {}): NameSpan[] {
  const found: Found = { byStart: new Map(), cover: new Int32Array(text.length) };
  addAll(found, fromDots(text));
  addAll(found, fromCues(text, tokens));
  addAll(found, fromJapanese(text, tokens));
  for (const t of tokens) {
    const s = fromToken(text, tokens, t);
    if (s) addAll(found, [s]);
    if (options.insideTerms) addAll(found, fromTerm(text, t));
  }
  for (let round = 0; round < 4 && addAll(found, fromLists(text, [...found.byStart.values()])); round++);
  addAll(found, repeats(text, [...found.byStart.values()]));
  return [...found.byStart.values()].sort((a, b) => a.start - b.start);
}
