import type { PageSummary } from '../messaging';

const escapeMd = (text: string) => text.replace(/([|\\*_`])/g, '\\$1');

/** The summary as Markdown: three sections of bullet lists. */
export function toMarkdown(summary: PageSummary, title = ''): string {
  const lines: string[] = [];
  if (title) lines.push(`# ${escapeMd(title)}`, '');
  lines.push('## People', '');
  for (const p of summary.people) lines.push(`- **${escapeMd(p.name)}**${p.titles.length ? ` — ${escapeMd(p.titles.join('、'))}` : ''}`);
  lines.push('', '## Key numbers', '');
  for (const f of summary.figures) lines.push(`- **${escapeMd(f.asWritten)}** — ${escapeMd(f.counts)}`);
  lines.push('', '## Terms', '');
  for (const t of summary.terms) lines.push(`- **${escapeMd(t.headword)}** (${t.pinyin}) — ${escapeMd(t.english)} ×${t.count}`);
  return `${lines.join('\n')}\n`;
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The summary as CSV, one row per item: section, item, detail, value. */
export function toCsv(summary: PageSummary): string {
  const rows: (string | number)[][] = [['section', 'item', 'detail', 'value']];
  for (const p of summary.people) rows.push(['person', p.name, p.titles.join('、'), p.mentions]);
  for (const f of summary.figures) rows.push(['number', f.asWritten, f.counts, f.value]);
  for (const t of summary.terms) rows.push(['term', t.headword, t.english, t.count]);
  return `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;
}
