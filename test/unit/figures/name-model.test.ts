import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import modelData from '@/lib/figures/data/name-model.json';
import { summarize } from '@/lib/figures';
import { findNameSpans } from '@/lib/figures/name-tagger';
import { FEATURE_BITS } from '@/lib/figures/name-features';
import { tokenize } from '@/lib/figures/tokens';
import {
  B,
  constrained,
  E,
  LABELS,
  labelSpans,
  loadNameModel,
  M,
  O,
  outsideCosts,
  S,
  spanLabels,
  viterbi,
  weightTable,
  type NameModelData,
} from '@/lib/figures/name-model';

const data = modelData as unknown as NameModelData;

describe('the shipped name model', () => {
  it('has the fields and sizes of NameModelData', () => {
    expect(data.format).toBe(1);
    expect(data.revision).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.source).toContain("People's Daily");
    expect(data.licence).toMatch(/none stated/);
    expect(data.bits).toBe(FEATURE_BITS);
    expect(data.scale).toBeGreaterThan(0);
    expect(data.transitions).toHaveLength(LABELS * LABELS + LABELS);
    expect(atob(data.weights).length).toBe((1 << FEATURE_BITS) * (LABELS - 1));
  });

  it('stays under a megabyte', () => {
    expect(JSON.stringify(modelData).length).toBeLessThan(1_000_000);
  });

  it('loads', () => {
    const model = loadNameModel(data);
    expect(model.q.length).toBe((1 << FEATURE_BITS) * (LABELS - 1));
  });
});

describe('labels and spans', () => {
  it.each([
    [[], 5, [O, O, O, O, O]],
    [[[1, 4]], 5, [O, B, M, E, O]],
    [[[0, 2], [3, 4]], 5, [B, E, O, S, O]],
  ] as const)('%j in %i characters', (spans, n, labels) => {
    expect(Array.from(spanLabels(n, spans))).toEqual(labels);
    expect(labelSpans(Uint8Array.from(labels))).toEqual(spans);
  });

  it('drops a name cut off without its end', () => {
    expect(labelSpans(Uint8Array.from([B, M, O]))).toEqual([]);
  });
});

describe('viterbi', () => {
  const free = constrained(new Float64Array(LABELS * LABELS + LABELS));
  const emission = (rows: number[][]) => Float64Array.from(rows.flat());

  it('follows the emissions when they form valid BIOES', () => {
    const em = emission([
      [0, 5, 0, 0, 0],
      [0, 0, 0, 5, 0],
      [5, 0, 0, 0, 0],
    ]);
    expect(Array.from(viterbi(em, free, 3))).toEqual([B, E, O]);
  });

  it('never starts inside a name or leaves one open', () => {
    const em = emission([
      [0, 0, 5, 0, 0],
      [0, 4, 0, 0, 0],
    ]);
    const labels = Array.from(viterbi(em, free, 2));
    expect(labels[0]).not.toBe(M);
    expect([O, E, S]).toContain(labels[1]);
  });
});

describe('outsideCosts', () => {
  /** Every label sequence of length n that BIOES allows, by brute force. */
  function sequences(n: number, t: Float64Array): number[][] {
    let out: number[][] = [[]];
    for (let i = 0; i < n; i++) out = out.flatMap((seq) => [O, B, M, E, S].map((y) => [...seq, y]));
    return out.filter((seq) => [O, E, S].includes(seq.at(-1)!) && seq.every((y, i) => t[(i === 0 ? LABELS : seq[i - 1]!) * LABELS + y]! > -1e8));
  }

  it('is, per character, how much the best sequence loses when that character must be O', () => {
    const t = constrained(Float64Array.from({ length: LABELS * LABELS + LABELS }, (_, k) => ((k * 7) % 5) - 2));
    const em = Float64Array.from({ length: 4 * LABELS }, (_, k) => (k % LABELS === 0 ? 0 : ((k * 13) % 11) - 4));
    const score = (seq: number[]) => seq.reduce((sum, y, i) => sum + em[i * LABELS + y]! + t[(i === 0 ? LABELS : seq[i - 1]!) * LABELS + y]!, 0);
    const all = sequences(4, t);
    const best = Math.max(...all.map(score));
    const expected = [0, 1, 2, 3].map((i) => best - Math.max(...all.filter((seq) => seq[i] === O).map(score)));
    const costs = Array.from(outsideCosts(em, t, 4));
    costs.forEach((c, i) => expect(c).toBeCloseTo(expected[i]!, 9));
    expect(costs.some((c) => c > 0)).toBe(true);
  });
});

describe('weight table', () => {
  it('is odd and increasing', () => {
    const t = weightTable(0.5);
    expect(t[127]).toBe(0);
    for (let k = 1; k <= 127; k++) {
      expect(t[127 + k]).toBeCloseTo(-t[127 - k]!);
      expect(t[127 + k]!).toBeGreaterThan(t[126 + k]!);
    }
  });
});

describe('findNameSpans', () => {
  const words = (text: string) => tokenize(text, { tag: (t) => jieba.tag(t, true) });

  it.each([
    ['国务院副总理李岚清今天在中南海会见了美国客人。', ['李岚清']],
    ['联合国秘书长科菲·安南发表讲话。', ['科菲·安南']],
    ['坚持以人民为中心的发展思想。', []],
  ])('%s → %j', (text, names) => {
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual(names);
  });

  it('marks a name the tagger reads weakly, with nothing beside it, as unsure; the popup does not list it once', () => {
    const tap = '有的水龙头久开不关，任其哗哗自流，浪费严重。';
    expect(findNameSpans(tap, words(tap))).toEqual([{ start: 10, end: 12, name: '任其', unsure: true }]);
    expect(summarize(tap, { tag: (t) => jieba.tag(t, true) }).people).toEqual([]);
    const titled = '市长张明出席会议。';
    expect(findNameSpans(titled, words(titled)).every((s) => !s.unsure)).toBe(true);
  });

  it('never takes a country or a capital for a person', () => {
    for (const text of ['代表团昨天抵达伯尔尼，受到热烈欢迎。', '以色列的行动威胁着黎巴嫩的稳定。']) {
      expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual([]);
    }
  });

  it.each([
    ['我们要多倾听群众的意见，多提合理化建议。'],
    ['要打造向西开放的重要枢纽。'],
    ['去年，重庆、宁波、合肥等城市都开通了新航线。'],
    ['孩子们在森林里找到了一只受伤的小鹿。'],
  ])('finds no person in %s', (text) => {
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual([]);
  });

  it.each([
    ['《求是》杂志今天发表习近平总书记的重要文章。'],
    ['在这篇文章中，习近平对坚定制度自信提出明确要求。'],
  ])('keeps a full name jieba knows whole in %s', (text) => {
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual(['习近平']);
  });

  it('reads a name that jieba glued to the verb before it (胜|王磊)', () => {
    const text = '比赛中，他执白中盘胜王磊六段。';
    expect(words(text).some((t) => t.word === '胜王磊')).toBe(true);
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual(['王磊']);
  });

  it('reads a Japanese name beside a title', () => {
    const text = '日本首相桥本龙太郎表示，日本将继续推进经济改革。';
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual(['桥本龙太郎']);
  });

  it('reads a name of no Chinese shape right after a title', () => {
    const text = '泰国副总理素帕猜昨天在曼谷表示，经济已开始好转。';
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual(['素帕猜']);
  });

  it('reads a surname and its form of address as the surname, only when asked', () => {
    const text = '明节后，都会收到陈老师寄来的玉峰茶。';
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual([]);
    expect(findNameSpans(text, words(text), { surnamesAlone: true }).map((s) => s.name)).toEqual(['陈']);
  });

  it('leaves a doctrine named after a person out unless asked', () => {
    const text = '高举邓小平理论伟大旗帜。';
    expect(findNameSpans(text, words(text)).map((s) => s.name)).toEqual([]);
    expect(findNameSpans(text, words(text), { insideTerms: true }).map((s) => s.name)).toEqual(['邓小平']);
  });
});
