import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from '../../lib/figures/index';

/** One worked example: expected people and numbers of a real article. */
export interface GoldFile {
  file: string;
  source: string;
  people: { name: string; titles: string[]; role?: string }[];
  numbers: string[];
}

export interface GoldScore {
  personHit: number;
  personGold: number;
  personFound: number;
  titleHit: number;
  titleGold: number;
  numberHit: number;
  numberGold: number;
  numberFound: number;
}

interface RawGold {
  source: string;
  people: { name: string; titles: string[]; role?: string }[];
  numbers?: { text: string }[];
  figures?: { asWritten: string }[];
}

export function readGold(path: string, file: string): GoldFile {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawGold;
  const numbers = raw.numbers?.map((n) => n.text) ?? raw.figures?.map((f) => f.asWritten) ?? [];
  return { file, source: raw.source, people: raw.people, numbers };
}

export function readGoldDir(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.figures.json'))
    .sort()
    .map((f) => readGold(join(dir, f), f));
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

/** A row's titles are right when its text holds a listed title, or one of its titles is part of one. */
function titleRight(gold: readonly string[], titles: readonly string[]): boolean {
  if (gold.length === 0) return titles.length === 0;
  const row = titles.join(' ');
  return gold.some((g) => row.includes(g) || titles.some((t) => t.length >= 2 && g.includes(t)));
}

export function scoreGold(gold: GoldFile, summary: Summary): GoldScore {
  const found = new Map(summary.people.map((p) => [p.name, p]));
  const goldNumbers = new Set(gold.numbers.map(norm));
  const foundNumbers = new Set(summary.figures.map((f) => norm(f.asWritten)));
  const matched = gold.people.filter((p) => found.has(p.name));
  return {
    personHit: matched.length,
    personGold: gold.people.length,
    personFound: found.size,
    titleHit: matched.filter((p) => titleRight(p.titles, found.get(p.name)!.titles)).length,
    titleGold: matched.length,
    numberHit: [...foundNumbers].filter((n) => goldNumbers.has(n)).length,
    numberGold: goldNumbers.size,
    numberFound: foundNumbers.size,
  };
}

export function addScores(a: GoldScore, b: GoldScore): GoldScore {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof GoldScore)[]) out[k] += b[k];
  return out;
}
