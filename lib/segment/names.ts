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
/** Characters that end a name rarely but start the next word often (张伟在, 王某说, 徐烨摄). */
const NOT_LAST = new Set(Array.from('在说为是的了和与等指强表代主出作向对将也都就又要把被从以摄'));
/** What follows a name for sure: a speech verb or the photo credit, not a particle (和, 在, 、). */
const SPEECH = /^[\s\u3000]*(指出|强调|说|表示|介绍|主持|出席|讲话|摄|要求|一行|同志|会见|调研|提出|认为|告诉|宣布|带领)/;

function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The number of words, from `wi` on, that make one name, or 0. jieba's own cut is trusted where
 * it is confident: a name never ends inside one of its words, never grows a word of three
 * characters, and takes a word of two as its given name (王 迎波) only after a title or before a
 * speech verb, since after a comma that word is far more often a word (和 经典, 向 关心).
 */
function nameWords(words: readonly string[], wi: number, afterTitle: boolean): number {
  const first = words[wi] ?? '';
  if (first.length > 2 || !SURNAMES.has(first.charCodeAt(0))) return 0;
  const second = words[wi + 1] ?? '';
  const third = words[wi + 2] ?? '';
  const rest = (n: number) => words.slice(wi + n, wi + n + 3).join('');
  const fits = (name: string, n: number) => allHan(name) && !NOT_LAST.has(name.at(-1) ?? '') && AFTER.test(rest(n));
  if (first.length === 2) return second.length === 1 && fits(first + second, 2) ? 2 : 0;
  if (second.length === 1 && third.length === 1 && fits(first + second + third, 3)) return 3;
  if (second.length === 2 && fits(first + second, 2) && (afterTitle || SPEECH.test(rest(2)))) return 2;
  if (second.length === 1 && allHan(second) && AFTER.test(rest(2))) return 2;
  return 0;
}

/** Where a name may start: at the start of a clause or after a title (区长, 记者). */
function nameAt(words: readonly string[], wi: number): number {
  const prev = wi > 0 ? (words[wi - 1] ?? '') : '';
  const afterTitle = BEFORE.test(prev);
  if (wi > 0 && !afterTitle && isHan(prev.codePointAt(prev.length - 1) ?? 0)) return 0;
  return nameWords(words, wi, afterTitle);
}

/** Re-cuts `words` so that each name found stands as one word; the text is unchanged. */
export function mergeNames(words: string[]): string[] {
  let out: string[] | undefined;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] ?? '';
    // The cheap test first: most words do not start with a surname.
    const n = SURNAMES.has(word.charCodeAt(0)) ? nameAt(words, wi) : 0;
    if (n >= 2) {
      out ??= words.slice(0, wi);
      out.push(words.slice(wi, wi + n).join(''));
      wi += n - 1;
    } else out?.push(word);
  }
  return out ?? words;
}
