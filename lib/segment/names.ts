import * as featuresModule from '../pinyin/features';

// Module namespaces are proxies when jiti runs this (benchmarks, training): bind hot functions once.
const { isHan } = featuresModule;

/**
 * Person names in news: a surname and one or two given-name characters, recognised by what
 * stands around them (a title before, a speech verb or 摄 after), so that 王迎波 stays one word
 * whether or not jieba's HMM found it.
 */

/** Surnames by UTF-16 unit (all BMP): looked up at every word edge of a page. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
    (ch) => ch.charCodeAt(0),
  ),
);

/** Words after which a name follows: titles and bylines (区长张伟, 记者王孟鹤). */
const BEFORE = /(书记|长|主任|主席|记者|委员|代表|常委|同志|部长|经理|局长|教授|主编|编辑|通讯员|干部|党员|居民|村民|老师|补选|选举|任命|推选)$/;
/** What follows a name: speech and action verbs, the photo credit. */
const AFTER = /^[\s\u3000]*(指出|强调|说|表示|介绍|主持|出席|讲话|摄|代表|在|要求|一行|同志|等|参加|会见|调研|提出|认为|称|告诉|宣布|作|带领|率|为|和|与|、|，|,|。|）|\)|$)/;
/** Characters that end a name rarely but start the next word often (张伟在, 王某说). */
const NOT_LAST = new Set(Array.from('在说为是的了和与等指强表代主出作向对将也都就又要把被从以'));

/** The length of a name starting at code unit `at` of `text` (given names are BMP Han), or 0. */
function nameLength(text: string, at: number): number {
  if (!SURNAMES.has(text.charCodeAt(at))) return 0;
  for (const len of [3, 2]) {
    if (at + len > text.length) continue;
    let han = true;
    for (let i = at + 1; i < at + len && han; i++) han = isHan(text.charCodeAt(i));
    if (!han) continue;
    if (len === 3 && NOT_LAST.has(text[at + 2] ?? '')) continue;
    if (AFTER.test(text.slice(at + len, at + len + 4))) return len;
  }
  return 0;
}

/** Re-cuts `words` so that each name found stands as one word; the text is unchanged. */
export function mergeNames(words: string[]): string[] {
  const text = words.join('');
  const names: [number, number][] = [];
  const first = nameLength(text, 0);
  if (first > 0) names.push([0, first]);
  let start = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] ?? '';
    start += word.length;
    // The cheap test first: most places do not start with a surname.
    if (!SURNAMES.has(text.charCodeAt(start))) continue;
    const clauseStart = wi === 0 || !isHan(word.codePointAt(word.length - 1) ?? 0);
    if (!clauseStart && !BEFORE.test(word)) continue;
    const len = nameLength(text, start);
    if (len > 0) names.push([start, start + len]);
  }
  if (names.length === 0) return words;
  const cuts = new Set<number>();
  let at = 0;
  for (const w of words) cuts.add((at += w.length));
  for (const [from, to] of names) {
    for (let i = from + 1; i < to; i++) cuts.delete(i);
    cuts.add(from).add(to);
  }
  const out: string[] = [];
  let prev = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > prev) out.push(text.slice(prev, cut));
    prev = cut;
  }
  return out;
}
