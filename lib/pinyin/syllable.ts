/**
 * Pinyin syllables in two spellings: with tone marks (`zhǎng`, `lǜ`, neutral `de`), as Tifa shows
 * them, and with a tone number (`zhang3`, `lu:4`, `de5`), as the CPP benchmark labels them.
 */

const MARKED: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

const UNMARK = new Map<string, [string, number]>();
for (const [vowel, forms] of Object.entries(MARKED)) {
  forms.forEach((form, i) => UNMARK.set(form, [vowel, i + 1]));
}

/** `zhǎng` → `zhang3`, `lǜ` → `lu:4`, `de` → `de5`. */
export function toNumbered(syllable: string): string {
  let tone = 5;
  let plain = '';
  for (const ch of syllable.normalize('NFC')) {
    const hit = UNMARK.get(ch);
    if (hit) {
      plain += hit[0];
      tone = hit[1];
    } else plain += ch;
  }
  return plain.replace(/ü/g, 'u:') + String(tone);
}

/** The vowel that carries the mark: a or e first, o in `ou`, else the last vowel. */
function markIndex(plain: string): number {
  for (const v of ['a', 'e']) {
    const at = plain.indexOf(v);
    if (at >= 0) return at;
  }
  const ou = plain.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = plain.length - 1; i >= 0; i--) if ('iouü'.includes(plain[i] ?? '')) return i;
  return -1;
}

/** `zhang3` → `zhǎng`, `lu:4` or `lv4` → `lǜ`, `de5` → `de`. */
export function toMarked(numbered: string): string {
  const match = /^([a-zü:]+?)([1-5])?$/.exec(numbered.toLowerCase().replace(/u:|v/g, 'ü'));
  if (!match) return numbered;
  const plain = match[1] ?? '';
  const tone = Number(match[2] ?? '5');
  const at = markIndex(plain);
  if (tone === 5 || at < 0) return plain;
  const vowel = plain[at] ?? '';
  const form = MARKED[vowel]?.[tone - 1] ?? vowel;
  return plain.slice(0, at) + form + plain.slice(at + 1);
}
