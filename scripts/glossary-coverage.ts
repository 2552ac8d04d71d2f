/**
 * Reports how much of a term list the glossary covers: a term counts when it is a headword or a
 * variant once quotation marks are removed (pages write “四上”企业, the headword is 四上企业).
 *
 *   npx jiti scripts/glossary-coverage.ts [--tsv] ../shared/glossary/terms-to-cover.tsv
 *
 * The list is a TSV whose first column is the term and whose first line is a header.
 * Exits with 1 when a term is missing.
 */
import { readFileSync } from 'node:fs';
import { glossaryEntries } from '../lib/glossary/load';

const QUOTES = /[“”"‘’「」『』]/gu;
const normalize = (term: string) => term.replace(QUOTES, '').trim();

function readTerms(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  return lines.map((line) => normalize(line.split('\t')[0] ?? '')).filter((term) => term !== '');
}

function main(args: string[]): number {
  const path = args.filter((arg) => arg !== '--tsv')[0] ?? '../shared/glossary/terms-to-cover.tsv';
  const terms = readTerms(path);
  const headwords = new Set<string>();
  const variants = new Map<string, string>();
  for (const entry of glossaryEntries()) {
    headwords.add(entry.headword);
    for (const variant of entry.variants ?? []) variants.set(normalize(variant), entry.headword);
  }
  const byVariant = terms.filter((t) => !headwords.has(t) && variants.has(t));
  const missing = terms.filter((t) => !headwords.has(t) && !variants.has(t));
  const covered = terms.length - missing.length;
  const percent = terms.length === 0 ? 100 : (100 * covered) / terms.length;
  console.log(`glossary: ${headwords.size} entries`);
  console.log(`coverage of ${path}: ${covered}/${terms.length} (${percent.toFixed(1)}%)`);
  for (const t of byVariant) console.log(`  via variant: ${t} → ${variants.get(t) ?? ''}`);
  for (const t of missing) console.log(`  missing: ${t}`);
  return missing.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
