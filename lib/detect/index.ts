/**
 * Is this page Chinese political news? `detectDocument` for the content script (the gate on a
 * sample of the text, then the verdict on the main text), `detectText` for text without a page.
 */
import { gate, sampleText } from './gate';
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

/** The verdict on an article's title and text (no page): used on text corpora and by detectDocument. */
export function detectText(title: string, text: string, url = ''): Detection {
  const shut = gate(`${title}\n${text.slice(0, 4000)}`);
  if (shut) return closed(shut);
  const signals = countSignals(simplifyForMarkers(`${title}\n${text.slice(0, MAX_TEXT)}`));
  return weigh(signals, sitePrior(url));
}

/** The verdict on a page. Pure: reads `doc`, changes nothing. */
export function detectDocument(doc: Document, url: string): Detection {
  const shut = gate(sampleText(doc));
  if (shut) return closed(shut);
  const main = mainText(doc);
  if (main.mainHan < 20) {
    const detection = detectText(main.title, main.text, url);
    if (detection.verdict === 'none') return { ...detection, verdict: 'chinese', reasons: ['Chinese page with little running text'] };
    return { ...detection, verdict: 'chinese', reasons: ['Chinese page with little running text', ...detection.reasons.slice(1)] };
  }
  return detectText(main.title, main.text, url);
}
