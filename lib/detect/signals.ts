import { NAME_TITLES, SURNAMES, type MarkerGroup } from './markers';
import { MARKER_INDEX } from './marker-index';
import { newsForms, officialVoice, sessions } from './forms';
import { countHanFast, isHanCode } from './han';
import { readHeadline, type HeadlineReading } from './headline';
import { MarkerScanner } from './scan';

/** What the verdict weighs, counted over the title and main text (already in Simplified). */
export interface Signals {
  /** Han characters in the text looked at. */
  han: number;
  markers: Map<MarkerGroup, Map<string, number>>;
  /** Officials named with their title: 区委书记王迎波. */
  namedOfficials: string[];
  /** Numbered sessions and named documents: 十四届全国人大二次会议, 《关于…的意见》. */
  sessions: string[];
  /** Bodies of state as the subject of an announcement: 卫生部通报, 国台办发言人表示. */
  officialVoice: string[];
  /** How the text shows itself as news, with the weight of each form found. */
  newsForm: Array<{ form: string; weight: number }>;
  /** How the headline reads to a model of news headlines. */
  headline: HeadlineReading;
  /** Share of the Han characters that stand in sentences (lines with 。！？), not in lists of headlines. */
  proseShare: number;
}

let scanner: MarkerScanner<MarkerGroup> | undefined;

/** What may follow an official's name: punctuation, a space, or the verb or time word that starts the clause. */
const AFTER_NAME = '，,、。在表指强主出会说参一等和与同以对到赴率陪向就称也会接视调考看听前今昨日近 \u3000（(';

/** The name after a title at `at` (区委书记|王迎波|在): a surname, one or two more Han, then AFTER_NAME. */
function nameAt(text: string, at: number): string | undefined {
  const start = text[at] === ' ' || text[at] === '\u3000' ? at + 1 : at;
  if (!SURNAMES.includes(text[start] ?? '\n')) return undefined;
  for (let len = 3; len >= 2; len--) {
    let han = true;
    for (let i = start + 1; i < start + len; i++) han &&= isHanCode(text.charCodeAt(i));
    if (han && AFTER_NAME.includes(text[start + len] ?? '\n')) return text.slice(start, start + len);
  }
  return undefined;
}

/** The body an official's title may carry in front: 区委|书记, 外交部|发言人. */
const TITLE_BODIES = ['党委', '党组', '纪委', '国务院', '外交部', '国防部', '政府'];

function bodyBefore(text: string, at: number): number {
  const body = TITLE_BODIES.find((name) => text.startsWith(name, at - name.length));
  if (!body) return '省市县区州旗镇乡'.includes(text[at - 2] ?? '\n') && text[at - 1] === '委' ? at - 2 : at;
  return body === '政府' && '省市县区'.includes(text[at - 3] ?? '\n') ? at - 3 : at - body.length;
}

/** Officials named with their title: 区委书记王迎波, 外交部发言人秦刚. */
function namedOfficials(text: string): string[] {
  const byEnd = new Map<number, string>();
  for (const title of NAME_TITLES) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
      const name = nameAt(text, at + title.length);
      if (name) byEnd.set(at + title.length + name.length, text.slice(bodyBefore(text, at), at) + title + name);
    }
  }
  return [...byEnd.values()];
}

/** Share of Han characters in lines that hold a sentence: low for tables of contents and link lists. */
function proseShare(text: string): number {
  let all = 0;
  let prose = 0;
  for (const line of text.split('\n')) {
    const han = countHanFast(line);
    all += han;
    if (line.includes('。') || line.includes('！') || line.includes('？')) prose += han;
  }
  return all === 0 ? 0 : prose / all;
}

/** Count the detector's signals in `text` and its `headline` (Simplified Chinese; map Traditional first). */
export function countSignals(text: string, headline = ''): Signals {
  scanner ??= new MarkerScanner(MARKER_INDEX);
  return {
    han: countHanFast(text),
    markers: scanner.scan(text),
    namedOfficials: namedOfficials(text),
    sessions: sessions(text),
    officialVoice: officialVoice(text),
    newsForm: newsForms(text),
    headline: readHeadline(headline),
    proseShare: proseShare(text),
  };
}
