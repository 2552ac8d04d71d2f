import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/figures/index';

const figure = (text: string, asWritten: string) => summarize(text).figures.find((f) => f.asWritten === asWritten);

describe('key figures', () => {
  it.each([
    ['去年全县城镇新增就业8521人，失业人员再就业2310人。', '8521人', '城镇新增就业', 8521, '人', 'people'],
    ['全年发放创业担保贷款2650万元。', '2650万元', '发放创业担保贷款', 26_500_000, '元', 'money'],
    ['全市地区生产总值达到1.6亿元，同比增长5.2%。', '5.2%', '全市地区生产总值同比增长', 5.2, '%', 'percent'],
    ['市长带领相关部门负责人二十余人到现场办公。', '二十余人', '相关部门负责人', 20, '人', 'people'],
    ['该区共设立215个便民服务站、48个志愿服务队。', '215个', '便民服务站', 215, '个', 'count'],
    ['此次行动共清理河道18公里，清除垃圾130余吨。', '130余吨', '清除垃圾', 130, '吨', 'other'],
    ['建设文化广场投资一百二十万元。', '一百二十万元', '建设文化广场投资', 1_200_000, '元', 'money'],
    ['截至6月末，全县累计完成造林3.5万亩。', '3.5万亩', '全县累计完成造林', 35_000, '亩', 'other'],
  ])('%s → %s', (text, asWritten, counts, value, unit, kind) => {
    const f = figure(text, asWritten);
    expect(f).toBeDefined();
    expect(f?.counts).toContain(counts);
    expect(f?.value).toBe(value);
    expect(f?.unit).toBe(unit);
    expect(f?.kind).toBe(kind);
    expect(text.slice(f!.firstIndex, f!.firstIndex + asWritten.length)).toBe(asWritten);
  });

  it('drops a leading qualifier and keeps 多/余', () => {
    const asWritten = summarize('近3000名群众参加活动，超过500多户受益。').figures.map((f) => f.asWritten);
    expect(asWritten).toEqual(['3000名', '500多户']);
  });

  it.each([
    ['2021年3月15日上午，会议在区行政中心召开。', 'dates'],
    ['今年58岁的村党支部书记张国庆说。', 'an age'],
    ['咨询电话0371-6543210。', 'a phone number'],
    ['根据《关于进一步优化营商环境的通知》（平政〔2021〕12号）要求。', 'a document number'],
    ['全面落实“十四五”规划，增强“四个意识”，实现“三区一园”目标。', 'numbers inside names and slogans'],
    ['区第十二届人民代表大会第三次会议开幕。', 'ordinals'],
    ['每到一处，他都仔细察看，一步一个脚印。', 'small Chinese numerals in phrasing'],
    ['吸引数十位居民参加，场面热闹。', 'vague amounts'],
    ['热烈庆祝中国共产党成立100周年。', 'anniversaries'],
    ['在国外学习生活了将近10年。', 'durations'],
  ])('%s has no key figure (%s)', (text) => {
    expect(summarize(text).figures).toEqual([]);
  });

  it('lists a count that only describes the payer of a sum under that sum', () => {
    const figures = summarize('全年12家企业发放稳岗补贴286万元。').figures.map((f) => f.asWritten);
    expect(figures).toEqual(['286万元']);
  });

  it.each([
    ['村集体经济收入从2020年的12万元增加到2021年的38万元。', '12万元', '村集体经济收入（2020年）'],
    ['村集体经济收入从2020年的12万元增加到2021年的38万元。', '38万元', '村集体经济收入（2021年）'],
    ['城镇和农村居民人均可支配收入分别增长6.7%和9.1%。', '6.7%', '城镇居民人均可支配收入增长'],
    ['城镇和农村居民人均可支配收入分别增长6.7%和9.1%。', '9.1%', '农村居民人均可支配收入增长'],
    ['会议应到代表172名，实到165名。', '165名', '实到代表'],
    ['贷款余额36.2亿元，比年初增长4.6%。', '4.6%', '贷款余额比年初增长'],
    ['累计完成投资4.8亿元，占年度计划的7.1%。', '7.1%', '累计完成投资占年度计划'],
    ['全区计划改造老旧小区31个，涉及居民2860户。', '2860户', '全区计划改造老旧小区涉及居民'],
    ['新建中小学7所，新增学位3150个。', '3150个', '新增学位'],
    ['发放优待金、抚恤金、退役军人“两金”等1436万元。', '1436万元', '发放优待金、抚恤金、退役军人“两金”'],
  ])('%s: %s counts %s', (text, asWritten, counts) => {
    expect(figure(text, asWritten)?.counts).toBe(counts);
  });
});
