import data from './data/traditional.json';

let table: Map<string, string> | undefined;

function traditionalTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const chars = Array.from(data.map);
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i] ?? '', chars[i + 1] ?? '');
  return table;
}

/**
 * The text with each Traditional character replaced by its Simplified form, code point for code
 * point and UTF-16 unit for unit, so that offsets into the result are offsets into the input.
 * Taiwan and Hong Kong pages are read (and segmented) through this.
 */
export function toSimplified(text: string): string {
  const map = traditionalTable();
  let out = '';
  let changed = false;
  for (const ch of text) {
    const simp = map.get(ch);
    if (simp) changed = true;
    out += simp ?? ch;
  }
  return changed ? out : text;
}
