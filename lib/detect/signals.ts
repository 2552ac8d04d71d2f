import { MARKER_GROUPS, NAME_TITLES, SURNAMES, type MarkerGroup } from './markers';
import { countHanFast } from './han';
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
  /** How the text shows itself as news, with the weight of each form found. */
  newsForm: Array<{ form: string; weight: number }>;
  /** Share of the Han characters that stand in sentences (lines with 。！？), not in lists of headlines. */
  proseShare: number;
}

let scanner: MarkerScanner<MarkerGroup> | undefined;

const NUM = '[0-9０-９一二三四五六七八九十百〇零两]';
const NAMED_OFFICIAL = new RegExp(
  `(?:[省市县区州旗镇乡]委|[省市县区]政府|党委|党组|纪委|国务院|外交部|国防部)?(?:${NAME_TITLES.join('|')})[ \\u3000]?([${SURNAMES}]\\p{Script=Han}{1,2})` +
    '(?=[，,、。在表指强主出会说参一等和与同以对到赴率陪向就称也会接视调考看听前今昨日近]|[ \\u3000（(])',
  'gu',
);
const SESSION = new RegExp(
  `${NUM}+届(?:全国人大|人大|政协|中央委员会|中央)?${NUM}+次(?:全体)?(?:会议|全会)` +
    `|第${NUM}+次(?:全体会议|常务会议|主任会议|党代会|党代表大会|代表大会)` +
    `|${NUM}+中全会` +
    '|《[^》\\n]{2,40}(?:意见|通知|决定|条例|规划|纲要|方案|办法|规定|白皮书|工作报告|公报|决议)》' +
    '|[国中][发办]〔(?:19|20)\\d\\d〕',
  'gu',
);
const AGENCY = '(?:新华社|新华网|中新社|中新网|人民网|央视网|中广网|国际在线|中国台湾网|中国日报网|光明网|本报|本台|央视新闻|总台)';
const PLACE = '\\p{Script=Han}{0,8}?';
const DATE = `(?:${NUM}{1,2}月${NUM}{1,3}日)`;
/** News forms, strongest first: an agency dateline says "news" more surely than an editor's name. */
const NEWS_FORM: Array<[RegExp, string, number]> = [
  [/本报讯|本刊讯|本网讯/u, 'opening', 6],
  [new RegExp(`${AGENCY}${PLACE}${DATE}(?:电|消息|讯)`, 'u'), 'dateline', 6],
  [/据(?:新华社|中新社|人民日报|央视新闻)[^。]{0,6}(?:电|报道|消息)/u, 'wire credit', 6],
  [/[（(]\s*记者[\s\p{Script=Han}、 ]{2,30}[）)]|记者\s?[\p{Script=Han}]{2,3}\s?(?:报道|摄|采写)/u, 'reporter byline', 3],
  [/据[^。，\n]{2,24}报道/u, 'attributed report', 2],
  [/(?:责任编辑|责编)[：:\s]/u, "editor's credit", 2],
];
const SENTENCE_END = /[。！？]/;

/** Share of Han characters in lines that hold a sentence: low for tables of contents and link lists. */
function proseShare(text: string): number {
  let all = 0;
  let prose = 0;
  for (const line of text.split('\n')) {
    const han = countHanFast(line);
    all += han;
    if (SENTENCE_END.test(line)) prose += han;
  }
  return all === 0 ? 0 : prose / all;
}

/** Count the detector's signals in `text` (Simplified Chinese; map Traditional first). */
export function countSignals(text: string): Signals {
  scanner ??= new MarkerScanner(MARKER_GROUPS);
  const newsForm: Signals['newsForm'] = [];
  for (const [pattern, name, weight] of NEWS_FORM) {
    const match = pattern.exec(text);
    if (match) newsForm.push({ form: `${name} (${match[0].trim().slice(0, 16)})`, weight });
  }
  return {
    han: countHanFast(text),
    markers: scanner.scan(text),
    namedOfficials: [...text.matchAll(NAMED_OFFICIAL)].map((m) => m[0]),
    sessions: [...text.matchAll(SESSION)].map((m) => m[0]),
    newsForm,
    proseShare: proseShare(text),
  };
}
