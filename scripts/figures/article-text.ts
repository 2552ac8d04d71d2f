import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';

/** The editor credit that pages print below the article body, outside what Readability keeps. */
const EDITOR_LINE = /[【[]?(?:责任编辑|责编)\s*[:：]\s*\p{Script=Han}{2,4}[】\]]?/u;

/** The article text of a saved page (Readability over happy-dom), or a text file as it is. */
export function articleText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (!/\.html?$/u.test(path)) return raw;
  const window = new Window({ url: 'https://example.org/' });
  window.document.write(raw);
  for (const el of window.document.querySelectorAll('script, style, noscript')) el.remove();
  const body = window.document.body.textContent ?? '';
  const article = new Readability(window.document as unknown as Document).parse();
  const text = article?.textContent ?? body;
  const editor = EDITOR_LINE.exec(body)?.[0];
  void window.happyDOM.close();
  return editor && !text.includes(editor) ? `${text}\n${editor}` : text;
}

/** The text of a project fixture page: the whole body minus what is not article text. */
export function fixtureText(path: string): string {
  const window = new Window({ url: 'https://example.org/' });
  window.document.write(readFileSync(path, 'utf8'));
  const skip = 'script, style, textarea, input, [contenteditable], nav, aside, footer';
  for (const el of window.document.querySelectorAll(skip)) el.remove();
  const text = window.document.body.textContent ?? '';
  void window.happyDOM.close();
  return text;
}
