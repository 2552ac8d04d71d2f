import data from './data/traditional.json';

interface Table {
  map: Map<string, string>;
  /** Per UTF-16 unit: 1 when it is a Traditional character or a lead surrogate, so that most text is let through unread. */
  maybe: Uint8Array;
}

let table: Table | undefined;

function traditionalTable(): Table {
  if (table) return table;
  const map = new Map<string, string>();
  const maybe = new Uint8Array(0x10000);
  const chars = Array.from(data.map);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    // Standard Simplified characters (么, 著, 乾 …) are not in the map: scripts/build-traditional.ts.
    const trad = chars[i] ?? '';
    map.set(trad, chars[i + 1] ?? '');
    maybe[trad.charCodeAt(0)] = 1;
  }
  return (table = { map, maybe });
}

/**
 * The text with each Traditional character replaced by its Simplified form, code point for code
 * point and UTF-16 unit for unit, so that offsets into the result are offsets into the input.
 * Taiwan and Hong Kong pages are read (and segmented) through this.
 */
export function toSimplified(text: string): string {
  const { map, maybe } = traditionalTable();
  let i = 0;
  while (i < text.length && maybe[text.charCodeAt(i)] !== 1) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let changed = false;
  for (const ch of text.slice(i)) {
    const simp = map.get(ch);
    if (simp) changed = true;
    out += simp ?? ch;
  }
  return changed ? out : text;
}
