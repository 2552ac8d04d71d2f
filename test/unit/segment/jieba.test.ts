import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from '@/lib/segment/jieba';
import { mergeNames } from '@/lib/segment/names';
import { segmentVocabulary } from '@/lib/segment/vocabulary';

const withHmm = createJiebaSegmenter(jieba, segmentVocabulary(['两个维护']));
const withoutHmm = createJiebaSegmenter(jieba, [], { hmm: false });

describe('political vocabulary stays whole', () => {
  it.each([
    ['卫东区人大常委会主任朱孝哲在会上说。', '人大常委会主任'],
    ['卫东区委书记王迎波指出。', '区委书记'],
    ['增强“四个意识”、坚定“四个自信”、做到“两个维护”。', '四个意识'],
    ['增强“四个意识”、坚定“四个自信”、做到“两个维护”。', '两个维护'],
    ['卫东区人社局局长刘建国说。', '人社局'],
    ['会议审议了“一府两院”工作报告。', '一府两院'],
  ])('%s keeps %s', (text, word) => {
    expect(withHmm.cut(text)).toContain(word);
  });
});

describe('person names stay whole, with or without HMM', () => {
  it.each([
    ['卫东区委书记王迎波指出，全区上下要不忘初心。', '王迎波'],
    ['本报讯(记者王孟鹤)2月23日', '王孟鹤'],
    ['卫东区区长张伟在代表区政府作报告时说。', '张伟'],
    ['陈永斌指出，要坚持党的领导。', '陈永斌'],
    ['会议现场 高鸿勋 摄', '高鸿勋'],
  ])('%s keeps %s', (text, name) => {
    expect(withHmm.cut(text)).toContain(name);
    expect(withoutHmm.cut(text)).toContain(name);
  });

  it('leaves the text unchanged', () => {
    const words = ['记者', '王', '孟', '鹤', ')', '2', '月'];
    expect(mergeNames(words).join('')).toBe(words.join(''));
    expect(mergeNames(words)).toContain('王孟鹤');
  });
});

describe('Traditional text is cut through its Simplified form and given back as written', () => {
  it('keeps the original characters and the names', () => {
    const text = '補選朱曉鵬為衛東區監察委員會主任。';
    const words = withHmm.cut(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('朱曉鵬');
  });
});
