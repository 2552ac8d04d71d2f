import { describe, expect, it } from 'vitest';
import data from '@/lib/detect/data/headline-model.json';
import { detectText } from '@/lib/detect';
import { headlineBigrams, readHeadline, type HeadlineModel } from '@/lib/detect/headline';

describe('readHeadline', () => {
  it.each([
    ['温家宝与韩国总统李明博会谈', true],
    ['巴基斯坦西北部发生自杀式袭击', true],
    ['沪指收盘大涨 基金净值普涨', false],
    ['湖人加时击败国王 拜纳姆伤情无碍', false],
    ['北京高考录取分数线公布', false],
  ])('reads %s as current affairs: %s', (headline, political) => {
    const reading = readHeadline(headline);
    expect(reading.logit > 0).toBe(political);
    expect(reading.telling.length).toBeGreaterThan(0);
  });

  it('knows nothing of a headline without Han bigrams', () => {
    expect(readHeadline('NBA 2K')).toEqual({ logit: data.prior, known: 0, telling: [] });
  });

  it('counts each bigram once', () => {
    expect(headlineBigrams('会谈会谈 A会谈')).toEqual(['会谈', '谈会']);
  });

  it('reads a model passed to it', () => {
    const model: HeadlineModel = { ...(data as HeadlineModel), prior: 0, low: 0, step: 1, bigrams: '会谈总统', weights: '23' };
    expect(readHeadline('总统会谈', model)).toEqual({ logit: 5, known: 2, telling: ['总统', '会谈'] });
  });
});

describe('the headline model data', () => {
  const model = data as HeadlineModel;

  it('is a sorted list of bigrams with one weight each', () => {
    expect(model.format).toBe(1);
    expect(model.licence).toBe('MIT');
    expect(model.bigrams.length).toBe(2 * model.weights.length);
    const pairs = model.bigrams.match(/../gu) ?? [];
    expect(pairs.every((bigram, i) => i === 0 || (pairs[i - 1] as string) < bigram)).toBe(true);
    expect([...model.weights].every((c) => c >= '0' && c < '\\')).toBe(true);
  });
});

describe('the telling words of a headline', () => {
  it('never name a bigram that straddles a weightier one', () => {
    for (const headline of ['秋季书展开幕 三万册新书等你来读', '外交部发言人就朝鲜半岛局势答记者问', '沪指收盘大涨 基金净值普涨']) {
      const { telling } = readHeadline(headline);
      expect(telling.length).toBeGreaterThan(0);
      const spans = telling.map((bigram) => headline.indexOf(bigram));
      for (const a of spans) for (const b of spans) if (a !== b) expect(Math.abs(a - b)).toBeGreaterThan(1);
    }
  });
});

describe('the headline in the verdict', () => {
  it('names the words of a headline that reads as current affairs', () => {
    const text = '外交部发言人就朝鲜半岛局势答记者问\n外交部发言人表示，中方呼吁有关各方保持冷静克制。';
    expect(detectText('', text).reasons.join('\n')).toMatch(/headline reads as current affairs \(.+\)/);
  });

  it('reads the title when there is one', () => {
    const reasons = detectText('沪指收盘大涨 基金净值普涨', '外交部发言人表示，中方呼吁有关各方保持冷静克制。').reasons.join('\n');
    expect(reasons).toMatch(/against: headline reads as another subject/);
  });
});
