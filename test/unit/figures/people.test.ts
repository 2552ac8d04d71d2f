import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { summarize, type Tagger } from '@/lib/figures/index';

const tagger: Tagger = { tag: (text) => jieba.tag(text, true) };
const taggers = [
  ['with jieba', tagger],
  ['without a tagger', undefined],
] as const;

const person = (text: string, name: string, t?: Tagger) => summarize(text, t).people.find((p) => p.name === name);

describe.each(taggers)('people %s', (_, t) => {
  it.each([
    ['平城县委书记李建华主持会议并讲话。', '李建华', ['平城县委书记']],
    ['县委副书记、县长赵海涛作政府工作报告。', '赵海涛', ['县委副书记', '县长']],
    ['市委常委、政法委书记孙立群出席会议。', '孙立群', ['市委常委', '政法委书记']],
    ['市人社局局长郭明辉介绍，今年就业形势总体稳定。', '郭明辉', ['市人社局局长']],
    ['今年52岁的东湖村党支部书记何春生，在村里干了二十多年。', '何春生', ['东湖村党支部书记']],
    ['会议补选刘德胜为县人大常委会副主任。', '刘德胜', ['县人大常委会副主任']],
    ['深入学习贯彻习近平总书记重要讲话精神。', '习近平', ['总书记']],
  ])('%s → %s %j', (text, name, titles) => {
    expect(person(text, name, t)?.titles).toEqual(titles);
  });

  it('shares one title among a list of appointed names', () => {
    const text = '大会补选陈永利、杨桂芳、周德明为县第九届人民代表大会常务委员会委员。';
    for (const name of ['陈永利', '杨桂芳', '周德明']) {
      expect(person(text, name, t)?.titles).toEqual(['县第九届人民代表大会常务委员会委员']);
    }
  });

  it.each([
    ['本报讯（记者 黄文静）3月2日，全县春耕生产现场会召开。', '黄文静', 'reporter', '记者'],
    ['本报讯(记者刘振宇)近日，该区召开会议。', '刘振宇', 'reporter', '记者'],
    ['群众在广场观看文艺演出。　郑光明 摄', '郑光明', 'photographer', '摄影'],
    ['摄影：何晓东', '何晓东', 'photographer', '摄影'],
    ['责任编辑：宋晓梅', '宋晓梅', 'editor', '责任编辑'],
    ['【责任编辑:王頔】', '王頔', 'editor', '责任编辑'],
  ])('%s → %s as %s', (text, name, role, title) => {
    const p = person(text, name, t);
    expect(p?.role).toBe(role);
    expect(p?.titles).toContain(title);
  });

  it('counts mentions and keeps the first offset and the organisation', () => {
    const text = '县人社局局长郭明辉介绍了情况。郭明辉表示，将继续做好就业工作。郭明辉说。';
    const p = person(text, '郭明辉', t);
    expect(p?.mentions).toBe(3);
    expect(p?.firstIndex).toBe(text.indexOf('郭明辉'));
    expect(p?.organisation).toBe('县人社局');
  });

  it.each([
    ['卫东区召开全区经济工作会议，东安路街道办事处作交流发言。'],
    ['坚持以人民为中心，不断增强群众的获得感、幸福感、安全感。'],
    ['大力弘扬雷锋精神，扎实开展学雷锋志愿服务活动。'],
  ])('%s has no person', (text) => {
    expect(summarize(text, t).people.map((p) => p.name)).toEqual([]);
  });
});

describe('people with jieba', () => {
  it('finds names jieba does not know, after a title or before a speech verb', () => {
    const text = '县长邝志远强调，要抓好春耕。在外求学的黎晓彤表示，家乡变化很大。';
    const names = summarize(text, tagger).people.map((p) => p.name);
    expect(names).toEqual(['邝志远', '黎晓彤']);
  });

  it('reads names listed without titles next to a known one', () => {
    const names = summarize('李强主持会议。丁薛祥、何立峰参加调研。', tagger).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['李强', '丁薛祥', '何立峰']));
  });
});
