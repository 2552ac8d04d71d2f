import { readFileSync } from 'node:fs';
import { FIXTURES } from '../../test/e2e/support/server';

const HAN = /\p{Script=Han}/gu;

/** The sample article's <main> repeated until the page holds at least `minHan` Han characters. */
export function bigChinesePage(minHan = 20_000): string {
  const html = readFileSync(`${FIXTURES}/sample-article.html`, 'utf8');
  const open = /<main[^>]*>/.exec(html);
  const close = html.indexOf('</main>');
  if (!open || close < 0) throw new Error('sample-article.html has no <main>');
  const start = open.index + open[0].length;
  const main = html.slice(start, close);
  const perCopy = (main.match(HAN) ?? []).length;
  const copies = Math.ceil(minHan / perCopy);
  return html.slice(0, start) + main.repeat(copies) + html.slice(close);
}

/** The English fixture's article repeated to about `chars` characters of text. */
export function bigEnglishPage(chars: number): string {
  const html = readFileSync(`${FIXTURES}/english-article.html`, 'utf8');
  const [head, rest] = html.split('<body>') as [string, string];
  const [body, tail] = rest.split('</body>') as [string, string];
  const text = body.replace(/<[^>]+>/g, '').length;
  return `${head}<body>${body.repeat(Math.ceil(chars / text))}</body>${tail}`;
}

export function hanCount(html: string): number {
  return (html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').match(HAN) ?? []).length;
}
