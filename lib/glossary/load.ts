import type { GlossaryEntry, GlossaryFile } from './types';
import discipline from './data/discipline.json';
import economy from './data/economy.json';
import foreign from './data/foreign.json';
import governance from './data/governance.json';
import ideology from './data/ideology.json';
import institutions from './data/institutions.json';
import local from './data/local.json';
import party from './data/party.json';
import rural from './data/rural.json';
import slogans from './data/slogans.json';
import society from './data/society.json';
import titles from './data/titles.json';

/**
 * The shipped data files by name. JSON imports are typed loosely (`category: string`), so the cast
 * is checked at run time instead, by test/unit/glossary/data.test.ts.
 */
export const GLOSSARY_FILES = {
  discipline,
  economy,
  foreign,
  governance,
  ideology,
  institutions,
  local,
  party,
  rural,
  slogans,
  society,
  titles,
} as unknown as Record<string, GlossaryFile>;

/** Every glossary entry, in file order. */
export function glossaryEntries(): GlossaryEntry[] {
  return Object.values(GLOSSARY_FILES).flatMap((file) => file.entries);
}
