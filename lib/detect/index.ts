/**
 * Is this page Chinese political news? `detectDocument` for the content script (the gate on the
 * text the main-text walk read, then the verdict on the main text), `detectText` for text
 * without a page.
 */
import { gate } from './gate';
import { mainText } from './main-text';
import { countSignals } from './signals';
import { sitePrior } from './site';
import { simplifyForMarkers } from './traditional';
import { weigh, type Detection } from './verdict';

export type { Detection } from './verdict';
export { gate } from './gate';

/** The text weighed is capped: the first part of an article tells what it is about. */
const MAX_TEXT = 3_000;

function closed(reason: string): Detection {
  return { verdict: 'none', score: 0, reasons: [reason] };
}

/** Text without a title is taken to open with its headline (a corpus line: headline, then body). */
const LEAD = 30;

/** The verdict on text already past the gate. */
function judge(title: string, text: string, url: string): Detection {
  const simple = simplifyForMarkers(`${title}\n${text.slice(0, MAX_TEXT)}`);
  const headline = title.trim() ? simple.slice(0, title.length) : simple.slice(title.length + 1, title.length + 1 + LEAD);
  return weigh(countSignals(simple, headline), sitePrior(url));
}

/** The verdict on an article's title and text (no page): used on text corpora. */
export function detectText(title: string, text: string, url = ''): Detection {
  const shut = gate(`${title}\n${text.slice(0, 4000)}`);
  return shut ? closed(shut) : judge(title, text, url);
}

/** The verdict on a page. Pure: reads `doc`, changes nothing. */
export function detectDocument(doc: Document, url: string): Detection {
  const main = mainText(doc, MAX_TEXT);
  const shut = gate(main.sample);
  if (shut) return closed(shut);
  if (main.mainHan < 20) {
    const detection = judge(main.title, main.text, url);
    return { ...detection, verdict: 'chinese', reasons: ['Chinese page with little running text', ...detection.reasons.slice(1)] };
  }
  return judge(main.title, main.text, url);
}
