import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createPinyinReader } from '@/lib/pinyin';
import { createJiebaSegmenter } from '@/lib/segment/jieba';
import { segmentVocabulary } from '@/lib/segment/vocabulary';
import { createReader } from '@/lib/reader';

const reader = createReader(createJiebaSegmenter(jieba, segmentVocabulary()), createPinyinReader());

/** The reading of `word` where it first occurs in `sentence`. */
function readingOf(sentence: string, word: string): string {
  const tokens = reader.read([sentence])[0] ?? [];
  const start = sentence.indexOf(word);
  let at = 0;
  const syllables: string[] = [];
  for (const token of tokens) {
    const py = token.py?.split(' ') ?? [];
    let k = 0;
    for (const ch of token.w) {
      if (at >= start && at < start + word.length && /\p{Script=Han}/u.test(ch)) syllables.push(py[k] ?? '?');
      if (/\p{Script=Han}/u.test(ch)) k++;
      at += ch.length;
    }
  }
  return syllables.join(' ');
}

describe('fixed word readings (the issue list)', () => {
  it.each([
    ['区长张伟在会上作报告。', '区长', 'qū zhǎng'],
    ['人社局局长刘建国说。', '局长', 'jú zhǎng'],
    ['聚力载体建设，提升产业结构。', '载体', 'zài tǐ'],
    ['在全市率先实现全面复工。', '率先', 'shuài xiān'],
    ['不断提高政治执行力。', '执行', 'zhí xíng'],
    ['确保各项工作要求落到实处。', '要求', 'yāo qiú'],
    ['由四大班子成员牵头负责。', '班子', 'bān zi'],
    ['发放城乡低保、特困供养和高龄津贴。', '供养', 'gōng yǎng'],
    ['争取更多项目纳入省市盘子。', '更多', 'gèng duō'],
    ['他的心脏不太好。', '心脏', 'xīn zàng'],
    ['依法剥夺政治权利。', '剥夺', 'bō duó'],
    ['警方依法逮捕了犯罪嫌疑人。', '逮捕', 'dài bǔ'],
    ['朝鲜半岛局势趋于缓和。', '朝鲜', 'cháo xiǎn'],
  ])('%s → %s %s', (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });
});

describe('place names with a reading of their own', () => {
  it.each([
    ['山东省单县召开乡村振兴推进会。', '单县', 'shàn xiàn'],
    ['陕西省渭南市华县发生洪涝灾害。', '华县', 'huà xiàn'],
    ['游客登上华山之巅观看日出。', '华山', 'huà shān'],
    ['湖北监利撤县设市后发展加快。', '监利', 'jiān lì'],
    ['山西洪洞县大槐树寻根祭祖园开园。', '洪洞县', 'hóng tóng xiàn'],
    ['绍兴古称会稽，是一座历史文化名城。', '会稽', 'kuài jī'],
  ])('%s → %s %s', (sentence, word, reading) => {
    expect(readingOf(sentence, word)).toBe(reading);
  });
});

describe('为: wéi "as, to be" and wèi "for"', () => {
  it.each([
    ['要以庆祝建党一百周年为契机，深入开展学习教育。', '为', 'wéi'],
    ['以新时代中国特色社会主义思想为指导。', '为', 'wéi'],
    ['补选朱晓鹏为卫东区监察委员会主任。', '为', 'wéi'],
    ['践行为民初心，增强群众获得感。', '为', 'wèi'],
    ['切实为委员履职尽责营造良好条件。', '为', 'wèi'],
    ['为高质量发展注入更多活力。', '为', 'wèi'],
  ])('%s', (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });
});

describe('particles and adverbs by syntax', () => {
  it.each([
    ['会议审议通过了工作报告。', '了', 'le'],
    ['这件事我们办不了。', '了', 'liǎo'],
    ['大家认真地学习文件。', '地', 'de'],
    ['这项工作做得很扎实。', '得', 'de'],
    ['村里的事，得踏踏实实地办。', '得', 'děi'],
    ['村里的事，得踏踏实实地办。', '地', 'de'],
    ['一步一个脚印向着目标努力。', '着', 'zhe'],
    ['苦干实干拼命干，定让家乡换新颜。', '命干', 'mìng gàn'],
    ['他还在办公室工作。', '还', 'hái'],
    ['代表们都表示赞成。', '都', 'dōu'],
    ['吸引数十位居民参加。', '数', 'shù'],
    ['当疫情基本控制后，各地有序复工。', '当', 'dāng'],
    ['我们要坚持人民至上。', '要', 'yào'],
    ['政策更加精准有效。', '更', 'gèng'],
    ['推动城市更新，提升宜居水平。', '更', 'gēng'],
    ['我们将不遗余力推进各项事业。', '将', 'jiāng'],
    ['全区上下应当团结一致。', '应', 'yīng'],
    ['相关部门要帮助企业解决难题。', '相', 'xiāng'],
    ['王迎波强调，要强化政治认同。', '调', 'diào'],
    ['积极协调解决难题。', '调', 'tiáo'],
    ['广泛开展宣传活动。', '传', 'chuán'],
    ['大家朝着共同目标前进。', '朝', 'cháo'],
    ['加强领导班子建设，重整行装再出发。', '重', 'chóng'],
    ['坚决防止重大安全生产事故发生。', '重', 'zhòng'],
    ['分行业分领域开展隐患排查。', '行', 'háng'],
    ['关于推进重点项目建设的通知。', '的', 'de'],
    ['不达目的誓不休。', '的', 'dì'],
  ])('%s', (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });
});

describe('dictionary tones, no sandhi', () => {
  it('reads 一 yī and 不 bù whatever follows', () => {
    expect(readingOf('一步一个脚印，不断前进。', '一步一个')).toBe('yī bù yī gè');
    expect(readingOf('一步一个脚印，不断前进。', '不断')).toBe('bù duàn');
  });
});

describe('Traditional text', () => {
  it.each([
    ['衛東區區長張偉在會上說。', '區長', 'qū zhǎng'],
    ['補選朱曉鵬為衛東區監察委員會主任。', '為', 'wéi'],
    ['我們還要加強團結。', '還', 'hái'],
    ['銀行行長出席會議。', '銀行行長', 'yín háng háng zhǎng'],
    ['他在宋朝官至閤門宣贊舍人。', '閤', 'gé'],
    ['白朮是一味常用的中藥。', '朮', 'zhú'],
  ])('%s', (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });
});

describe('the PinyinReader contract', () => {
  const pinyinReader = createPinyinReader();
  it('gives one syllable per Han code point and none for other words', () => {
    const words = ['王迎波', '说', '：', '2021', '年', '〇'];
    const out = pinyinReader.readWords(words);
    expect(out.map((s) => s.length)).toEqual([3, 1, 0, 0, 1, 1]);
  });
  it('takes extra fixed readings, such as the glossary gives', () => {
    const custom = createPinyinReader({ fixed: [['四个意识', 'sì gè yì shí']] });
    expect(custom.readWords(['四个意识'])).toEqual([['sì', 'gè', 'yì', 'shí']]);
  });
  it('writes the neutral tone without a mark and ü as ü', () => {
    expect(pinyinReader.readWords(['绿色', '的'])).toEqual([['lǜ', 'sè'], ['de']]);
  });
  it('reads each run on its own: a longer run before it leaves nothing behind', () => {
    const runs = [
      ['我们', '要', '切实', '加强', '团结', '，', '为', '人民', '服务', '。'],
      ['切'],
      ['为'],
      ['还', '有', '长'],
      ['數', '据', '为', '证'],
      ['行'],
    ];
    const fresh = runs.map((run) => createPinyinReader().readWords(run));
    const reused = createPinyinReader();
    expect(runs.map((run) => reused.readWords(run))).toEqual(fresh);
    expect(runs.map((run) => reused.readWords(run))).toEqual(fresh);
  });
});
