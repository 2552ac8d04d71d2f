import type { FigureKind } from './types';

/**
 * Measure words and units that make a number a statistic, longest first within each kind.
 * Time units (年, 月, 日, 天, 小时), ages (岁) and ordinals (届, 期, 号) are left out on purpose:
 * dates, durations, ages and document numbers get no row.
 */
const UNITS: Record<FigureKind, string[]> = {
  money: ['美元', '欧元', '港元', '日元', '英镑', '元'],
  people: ['人次', '人', '名', '位'],
  percent: ['个百分点', '%', '％', '‰'],
  count: [
    '个', '项', '家', '件', '所', '户', '座', '条', '处', '场', '台', '辆', '套', '间', '批',
    '支', '只', '头', '株', '棵', '张', '份', '篇', '部', '种', '宗', '起', '栋', '幢', '例',
    '次', '艘', '架', '款', '门',
  ],
  other: [
    '平方公里', '平方米', '立方米', '千瓦时', '公里', '千米', '千瓦', '公顷', '公斤', '千克',
    '万千瓦', '吨', '亩', '米', '倍', '斤', '标箱',
  ],
};

const KIND_OF = new Map<string, FigureKind>(
  (Object.entries(UNITS) as [FigureKind, string[]][]).flatMap(([kind, units]) =>
    units.map((unit) => [unit, kind] as const),
  ),
);

/** Every unit, longest first, for building the figure pattern. */
export const ALL_UNITS = [...KIND_OF.keys()].sort((a, b) => b.length - a.length);

export function kindOf(unit: string): FigureKind {
  return KIND_OF.get(unit) ?? 'other';
}

/** The unit as stored on a figure: full-width forms folded (％ → %). */
export function baseUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}
