import { findFigures } from './numbers';
import { findPeople } from './people';
import { tokenize } from './tokens';
import type { Summary, Tagger } from './types';

export type { Figure, FigureKind, Summary, Tagger } from './types';

/**
 * Who appears in an article, in which office, and what its numbers are. Pure: the tagger (jieba's
 * `tag` in the background) is passed in; without one, names are found from their context alone.
 */
export function summarize(text: string, tagger?: Tagger): Summary {
  const tokens = tokenize(text, tagger);
  return { people: findPeople(text, tagger ? tokens : []), figures: findFigures(text) };
}
