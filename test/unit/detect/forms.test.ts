import { describe, expect, it } from 'vitest';
import { newsForms, officialVoice, sessions } from '@/lib/detect/forms';
import { indexMarkers, MarkerScanner } from '@/lib/detect/scan';

describe('newsForms', () => {
  it.each([
    ['新华社北京7月26日电 据国家地震台网测定', 'dateline (新华社北京7月26日电)'],
    ['中新网5月28日电 据“中央社”报道', 'dateline (中新网5月28日电)'],
    ['据新华社电 昨天，国家禁毒委员会发布消息', 'wire credit (据新华社电 昨天)'],
    ['本报讯(记者胡笑红) 昨天，中国贸促会', 'opening (本报讯)'],
    ['本报讯(记者胡笑红) 昨天，中国贸促会', 'reporter byline (记者胡笑红)'],
    ['据香港《文汇报》报道，香港出现首宗个案。', 'attributed report (据香港《文汇报》报道)'],
    ['（完）责任编辑：方志刚', "editor's credit (责任编辑)"],
  ])('finds the form in %s', (text, form) => {
    expect(newsForms(text).map((f) => f.form)).toContain(form);
  });

  it.each([['他在7月26日电话里说'], ['记者会上，他说'], ['据说很好，报道不多']])('finds no form in %s', (text) => {
    expect(newsForms(text).filter((f) => f.weight >= 3)).toEqual([]);
  });
});

describe('sessions', () => {
  it.each([
    ['十四届全国人大二次会议在京开幕', '十四届全国人大二次会议'],
    ['市政府第十二次常务会议审议', '第十二次常务会议'],
    ['党的二十届三中全会精神', '三中全会'],
    ['印发《关于加强基层治理的意见》', '《关于加强基层治理的意见》'],
    ['国发〔2024〕12号', '国发〔2024〕'],
  ])('finds %s', (text, found) => {
    expect(sessions(text)).toContain(found);
  });

  it.each([['他第三次参加比赛'], ['《三体》是一部小说'], ['这次会议很短']])('finds nothing in %s', (text) => {
    expect(sessions(text)).toEqual([]);
  });
});

describe('officialVoice', () => {
  it.each([
    ['我国内地报告33例流感。卫生部通报，6月17日', '卫生部通报'],
    ['外交部发言人17日表示', '外交部表示'],
    ['教育部称大三学生可应征入伍', '教育部称'],
    ['国家防总：极端气候增多', '国家防总：'],
  ])('hears a body of state in %s', (text, voice) => {
    expect(officialVoice(text)).toContain(voice);
  });

  it.each([['俱乐部表示将续约'], ['公司总部表示'], ['他在餐厅表示满意'], ['球迷称赞球队']])('hears none in %s', (text) => {
    expect(officialVoice(text)).toEqual([]);
  });
});

describe('MarkerScanner', () => {
  const scanner = new MarkerScanner(indexMarkers({ title: ['书记', '区委书记', '市长'], body: ['区委', '国务院'] }));

  it('takes the longest marker at each position and counts repeats', () => {
    const found = scanner.scan('区委书记王迎波和市长在国务院；区委开会，市长到场');
    expect(found.get('title')).toEqual(new Map([['区委书记', 1], ['市长', 2]]));
    expect(found.get('body')).toEqual(new Map([['国务院', 1], ['区委', 1]]));
  });

  it('finds a marker at the very end of the text', () => {
    expect(scanner.scan('新任市长').get('title')).toEqual(new Map([['市长', 1]]));
  });
});
