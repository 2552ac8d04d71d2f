import modelData from './data/name-model.json';
import { charContext } from './name-features';
import { emissions, labelSpans, loadNameModel, viterbi, type NameModel, type NameModelData } from './name-model';
import { isForeignShape, isHanNameShape } from './name-shape';
import { mergeSpans, repeats, ruleNameSpans, type NameOptions, type NameSpan } from './names';
import type { Token } from './types';

let model: NameModel | undefined;

/** A doctrine named after a person (邓小平理论): People's Daily marks the name, the popup does not. */
const TERM_AFTER = /^(?:理论|思想|主义)/u;

/** Whether a span the tagger proposes looks like a name: a Han name, a transliteration, or dotted. */
function nameLike(name: string, options: NameOptions): boolean {
  if (name.length === 1) return options.surnamesAlone === true && isHanNameShape(`${name}某`);
  return isHanNameShape(name) || isForeignShape(name) || /^\p{Script=Han}+[·・]\p{Script=Han}+/u.test(name);
}

/**
 * Every mention of a person's name in `text`, given the tagger's words (or none): the trained
 * character tagger decides, reading the rules' names as one of its features; then every other
 * mention of a name found once.
 */
export function findNameSpans(text: string, tokens: readonly Token[], options: NameOptions = {}): NameSpan[] {
  model ??= loadNameModel(modelData as unknown as NameModelData);
  const rules = ruleNameSpans(text, tokens, { insideTerms: true });
  const ctx = charContext(text, tokens, rules);
  const labels = viterbi(emissions(ctx, model), model.t, ctx.length);
  const ruleKeys = new Set(rules.map((r) => `${r.start}:${r.end}`));
  const tagged: NameSpan[] = [];
  for (const [start, end] of labelSpans(labels)) {
    const name = text.slice(start, end);
    if (!options.insideTerms && TERM_AFTER.test(text.slice(end, end + 2))) continue;
    if (ruleKeys.has(`${start}:${end}`) || nameLike(name, options)) tagged.push({ start, end, name });
  }
  const again = repeats(text, tagged.filter((s) => s.end - s.start >= 2));
  return mergeSpans(text.length, tagged, again);
}
