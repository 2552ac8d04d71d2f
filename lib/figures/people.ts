import { findBylines, type Byline } from './bylines';
import { findNameSpans } from './name-tagger';
import type { NameSpan } from './names';
import { titlesAt } from './person-titles';
import { splitTitle } from './titles';
import type { Person, Token } from './types';

/** Photo credits outrank reporter lines for the same name (新华社记者 李学仁 摄). */
const ROLE_RANK = { reporter: 1, editor: 2, photographer: 3 } as const;

function addUnique(list: string[], items: readonly string[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

function newPerson(name: string, start: number): Person {
  return { name, titles: [], mentions: 0, firstIndex: start };
}

function applyByline(person: Person, b: Byline): void {
  if (!person.role || ROLE_RANK[b.role] > ROLE_RANK[person.role]) person.role = b.role;
  addUnique(person.titles, [b.title]);
  person.firstIndex = Math.min(person.firstIndex, b.start);
}

/** Byline names the name finder missed (rare characters such as 王頔) become mentions too. */
function withBylines(text: string, spans: readonly NameSpan[], bylines: readonly Byline[]): NameSpan[] {
  const out = [...spans];
  for (const b of bylines) {
    if (out.some((s) => s.start === b.start && s.name === b.name)) continue;
    out.push({ start: b.start, end: b.start + b.name.length, name: b.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function organisationOf(titles: readonly string[]): string | undefined {
  for (const title of titles) {
    const { organisation } = splitTitle(title);
    if (organisation.length >= 2) return organisation;
  }
  return undefined;
}

/** Everyone named in the text, with titles, byline role and mention count, in order of first mention. */
export function findPeople(text: string, tokens: readonly Token[]): Person[] {
  const bylines = findBylines(text);
  const spans = withBylines(text, findNameSpans(text, tokens), bylines);
  const people = new Map<string, Person>();
  const sure = new Set<string>();
  for (const s of spans) {
    const person = people.get(s.name) ?? newPerson(s.name, s.start);
    people.set(s.name, person);
    person.mentions++;
    if (!s.unsure) sure.add(s.name);
    addUnique(person.titles, titlesAt(text, tokens, s, spans));
  }
  for (const b of bylines) applyByline(people.get(b.name)!, b);
  for (const person of people.values()) {
    const organisation = organisationOf(person.titles);
    if (organisation) person.organisation = organisation;
  }
  // A name the tagger read weakly, once, with no title: more often a word (黄金周, 马路边) than a person.
  const shown = (p: Person) => p.mentions > 1 || p.titles.length > 0 || sure.has(p.name);
  return [...people.values()].filter(shown).sort((a, b) => a.firstIndex - b.firstIndex);
}
