/** Reading the shared benchmark corpus: labelled pages parsed with happy-dom, and THUCNews. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export interface LabelledPage {
  file: string;
  url: string;
  script: string;
  label: string;
  positive: boolean;
  borderline: boolean;
  topic: string;
}

export interface Article {
  label: string;
  text: string;
}

function tsv(path: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim());
  const columns = (head ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? '']));
  });
}

export function readLabels(corpus: string): LabelledPage[] {
  return tsv(join(corpus, 'pages', 'labels.tsv')).map((row) => ({
    file: row.file ?? '',
    url: row.url ?? '',
    script: row.script ?? '',
    label: row.label ?? '',
    positive: row.detector_expected === 'positive',
    borderline: row.borderline === 'yes',
    topic: row.topic ?? '',
  }));
}

/** A THUCNews file of `label<TAB>text` lines: the 1000 articles, or the headline splits (thucnews_titles_dev.tsv). */
export function readThucNews(corpus: string, file = 'cnews_1000_shuffled.tsv'): Article[] {
  return readFileSync(join(corpus, 'thucnews', file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: line.slice(0, tab), text: line.slice(tab + 1) };
    });
}

const window = new Window({
  url: 'https://example.invalid/',
  settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true },
});

/** A script element ends at the first `</script>`, as in a browser's tokenizer; so does a comment at `-->`. */
const SCRIPT_OR_COMMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<!--[\s\S]*?-->/gi;

/**
 * A saved page as a Document. The files are all UTF-8 whatever their meta charset says (see the
 * corpus README), so they are read as UTF-8 and handed to the parser as text. Scripts and comments
 * are dropped first: they are never page text, and happy-dom mis-parses some of them where
 * browsers do not (BBC's `<!--li …>… </li-->` swallows the rest of the body).
 */
export function parsePage(corpus: string, file: string): Document {
  const html = readFileSync(join(corpus, 'pages', file), 'utf8').replace(SCRIPT_OR_COMMENT, '');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function closeDom(): Promise<void> {
  await window.happyDOM.close();
}
