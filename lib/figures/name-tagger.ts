import { boundaryAfter, strongLeftCue, strongRightCue } from './cues';
import modelData from './data/name-model.json';
import { charContext } from './name-features';
import { emissions, labelSpans, loadNameModel, outsideCosts, viterbi, type NameModel, type NameModelData } from './name-model';
import { shippedNameCharLevels } from './name-chars';
import { loneSurnames, surnameOf } from './lone-surnames';
import { HONORIFIC_AFTER, NOT_LAST, NOT_NAMES, PLACE_FINAL, TRANSLITERATION, WORLD_PLACES } from './name-data';
import { followedByPlace, isHanNameShape, isJapaneseNameShape } from './name-shape';
import { mergeSpans, repeats, ruleNameSpans, type NameOptions, type NameSpan } from './names';
import { tokenBefore } from './token-checks';
import type { Token } from './types';

let shipped: NameModel | undefined;

/**
 * Below this cost of reading a character as no name (outsideCosts), a name only the tagger found
 * is unsure. On the held-out People's Daily folds, tagger-only names without a cue that cost less
 * than this were 9 right and 22 wrong; above it, 184 right and 50 wrong.
 */
const UNSURE = 16;

function shippedModel(): NameModel {
  shipped ??= loadNameModel(modelData as unknown as NameModelData);
  return shipped;
}

/** A doctrine named after a person (邓小平理论): People's Daily marks the name, the popup does not. */
const TERM_AFTER = /^(?:理论|思想|主义)/u;

/** A transliteration: two characters or more, each a usual one or one jieba's foreign names use. */
function transliterated(name: string): boolean {
  const levels = shippedNameCharLevels();
  if (name.length < 2 || NOT_NAMES.has(name) || PLACE_FINAL.has(name.at(-1)!)) return false;
  for (let i = 0; i < name.length; i++) {
    if (!TRANSLITERATION.has(name[i]!) && levels[name.charCodeAt(i)]! >> 4 === 0) return false;
  }
  return true;
}

/** Whether a span the tagger proposes looks like a name: a Han, Japanese or transliterated name, or dotted. */
function nameLike(name: string, options: NameOptions): boolean {
  if (name.length === 1) return options.surnamesAlone === true && isHanNameShape(`${name}某`);
  return isHanNameShape(name, PLACE_FINAL) || isJapaneseNameShape(name, PLACE_FINAL) || transliterated(name) || /^\p{Script=Han}+[·・]\p{Script=Han}+/u.test(name);
}

/**
 * A span the tagger proposes right after a title or before a verb of speech (前总理差瓦立,
 * 素林外长, 考斯曼先生) needs only to be of Han characters: Thai, Arabic or Japanese names
 * fit none of the shapes above.
 */
function cueBacked(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > 6 || NOT_NAMES.has(name) || PLACE_FINAL.has(name.at(-1)!)) return false;
  if (!/^\p{Script=Han}+(?:[·・]\p{Script=Han}+)*$/u.test(name) || followedByPlace(text, end)) return false;
  return strongLeftCue(text, start) || strongRightCue(text, end);
}

/**
 * Adverbs and prepositions that begin no name in news without a title or a verb of speech beside
 * it (多提合理化建议, 打造向西开放的桥头堡), though 向 is also a surname.
 */
const NOT_FIRST = new Set('多少再更很太都也又还才就只共向往朝对把被让从在给');

function adverbFirst(text: string, start: number, end: number): boolean {
  return NOT_FIRST.has(text[start]!) && !strongLeftCue(text, start) && !strongRightCue(text, end);
}

/**
 * Whether jieba reads the span as a word and a localiser (森林|里, 马路|边) or as a place listed
 * among places (重庆、宁波、合肥): without a title or a verb of speech beside it, that is no name.
 * A place word alone is not enough: jieba files some names as places (罗干, 巴拉克).
 */
function placeWords(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokenBefore(tokens, end);
  if (!last || last.end !== end || strongLeftCue(text, start) || strongRightCue(text, end)) return false;
  if (last.tag === 'f' && last.end - last.start === 1 && last.start > start) return true;
  if (last.tag !== 'ns' || last.start !== start) return false;
  const before = text[start - 1] === '、' ? tokenBefore(tokens, start - 1) : undefined;
  const after = text[end] === '、' ? tokenBefore(tokens, end + 2) : undefined;
  return before?.tag === 'ns' || (after?.tag === 'ns' && after.start === end + 1);
}

/**
 * Function words and verbs that jieba's guesses glue to the name after them (对陶|汉明,
 * 胜王磊, 致牟小东): a guessed word may begin one of these characters before a name.
 */
const GLUED_BEFORE = new Set('对但当胜致和与同给让向把被由请叫是在从及或将为');

function glued(text: string, word: Token | undefined, start: number): boolean {
  return word !== undefined && word.tag === 'x' && word.start === start - 1 && GLUED_BEFORE.has(text[start - 1]!);
}

/**
 * A name the rules did not find must not start inside a word (but for a glued function word) nor
 * run into a place (卫东区).
 */
function fitsWords(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  if (followedByPlace(text, end)) return false;
  if (tokens.length === 0) return true;
  // It may end inside a word only where the word goes on with a function word (诗丽婉到), not
  // inside a set phrase (成之惟艰).
  const last = tokenBefore(tokens, end);
  const cut = last !== undefined && last.end > end && !NOT_LAST.has(text[end]!);
  const first = tokenBefore(tokens, start + 1);
  return !cut && (first?.start === start || glued(text, first, start));
}

/** A rule's name of three characters or more that is one word jieba files as a full name (习近平/nrfg). */
function fullNameWord(tokens: readonly Token[], r: NameSpan): boolean {
  if (r.end - r.start < 3) return false;
  const t = tokenBefore(tokens, r.end);
  return t !== undefined && t.start === r.start && t.end === r.end && t.tag === 'nrfg';
}

/** A word the text also writes as a place (卫东 of 卫东区) is that place wherever it stands alone. */
function usedAsPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (followedByPlace(text, at + name.length)) return true;
  }
  return false;
}

/** Function words that end no three-character name (周恩来 and 张志和 do end in 来 and 和). */
const FUNCTION_LAST = new Set('在说为是的了与等向对将也都就又要把被从以到并及或已还着');

/** A three-character Han name ending in a function word is two characters (吕钦对, 叶挺及). */
function trimmed(text: string, start: number, end: number): number {
  return end - start === 3 && FUNCTION_LAST.has(text[end - 1]!) && isHanNameShape(text.slice(start, end - 1), PLACE_FINAL) ? end - 1 : end;
}

/**
 * A name that runs one character past a name found elsewhere in the text is that name
 * (李强充分肯定 after 李强指出): the text names a person the same way throughout.
 */
function consistent(spans: readonly NameSpan[]): NameSpan[] {
  const names = new Set(spans.map((s) => s.name));
  return spans.map((s) => {
    const shorter = s.name.slice(0, -1);
    return s.name.length >= 3 && names.has(shorter) ? { start: s.start, end: s.end - 1, name: shorter } : s;
  });
}

/**
 * Every mention of a person's name in `text`, given the tagger's words (or none): the trained
 * character tagger decides, reading the rules' names as one of its features; then every other
 * mention of a name found once.
 */
export function findNameSpans(text: string, tokens: readonly Token[], options: NameOptions = {}, model = shippedModel()): NameSpan[] {
  const rules = ruleNameSpans(text, tokens, { insideTerms: true });
  const ctx = charContext(text, tokens, rules);
  const em = emissions(ctx, model);
  const labels = viterbi(em, model.t, ctx.length);
  const ruleKeys = new Set(rules.map((r) => `${r.start}:${r.end}`));
  let costs: Float64Array | undefined;
  const weak = (start: number, end: number) => {
    costs ??= outsideCosts(em, model.t, ctx.length);
    for (let i = start; i < end; i++) if (costs[i]! < UNSURE) return true;
    return false;
  };
  const tagged: NameSpan[] = [];
  for (const [start, cut] of labelSpans(labels)) {
    const lone = surnameOf({ start, end: cut, name: text.slice(start, cut) });
    if (lone) {
      if (options.surnamesAlone) tagged.push(lone);
      continue;
    }
    const end = trimmed(text, start, cut);
    const name = text.slice(start, end);
    if (!options.insideTerms && TERM_AFTER.test(text.slice(end, end + 2))) continue;
    // A country or a capital is never a person, whatever its context (破坏黎巴嫩的稳定).
    if (WORLD_PLACES.has(name)) continue;
    // Without the tagger's words a name of its own must also end where a name may end (学雷锋志愿).
    const ends = tokens.length > 0 || boundaryAfter(text, end);
    const fits = ends && ((nameLike(name, options) && fitsWords(text, tokens, start, end)) || cueBacked(text, start, end));
    if (ruleKeys.has(`${start}:${end}`)) tagged.push({ start, end, name });
    else if (fits && !adverbFirst(text, start, end) && !placeWords(text, tokens, start, end)) {
      const cued = strongLeftCue(text, start) || strongRightCue(text, end);
      tagged.push(!cued && weak(start, end) ? { start, end, name, unsure: true } : { start, end, name });
    }
  }
  const kept = consistent(tagged.filter((s) => ruleKeys.has(`${s.start}:${s.end}`) || !usedAsPlace(text, s.name)));
  const again = repeats(text, kept.filter((s) => s.end - s.start >= 2));
  const covered = mergeSpans(text.length, kept, again);
  // The rules' names before an honorific, or that jieba's dictionary files as a full name
  // (习近平/nrfg), fill the gaps the tagger left or replace the shorter names it read inside them
  // (发表习近平总书记: 近平); they never cut the tagger's own names.
  const free = (r: NameSpan) => covered.every((s) => s.end <= r.start || r.end <= s.start || (r.start <= s.start && s.end <= r.end && s.end - s.start < r.end - r.start));
  const gaps = rules.filter((r) => (HONORIFIC_AFTER.test(text.slice(r.end, r.end + 3)) || fullNameWord(tokens, r)) && free(r));
  return mergeSpans(text.length, covered, gaps, options.surnamesAlone ? loneSurnames(text, tokens) : []);
}
