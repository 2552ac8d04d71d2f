import { countHan, KANA } from '../text/han';
import type { Verdict } from '../messaging';

export interface Detection {
  verdict: Verdict;
  /** Political markers per thousand Han characters. */
  score: number;
  reasons: string[];
}

/** Words that mark political news: offices, bodies, meetings, the vocabulary of directives. */
const MARKERS = [
  '书记', '党委', '党组', '人大', '政协', '常委', '中央', '国务院', '政府', '习近平', '总书记',
  '部署', '贯彻', '落实', '党建', '党史', '意识', '自信', '维护', '初心', '使命', '政治',
  '会议', '全会', '代表大会', '干部', '纪委', '监委', '主席', '区长', '市长', '县长', '省长',
  '新时代', '高质量发展', '现代化', '深化改革', '精神', '重要讲话', '领导', '工作报告',
];
const MIN_HAN = 30;
const POLITICAL_SCORE = 8;

/** The cheap gate: is there enough Chinese (and no kana) to be worth a closer look? */
export function gate(text: string): { verdict: 'none'; reason: string } | null {
  if (KANA.test(text)) return { verdict: 'none', reason: 'Japanese text (kana present)' };
  const han = countHan(text);
  if (han === 0) return { verdict: 'none', reason: 'no Chinese characters' };
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (han < MIN_HAN || han < latin / 4) return { verdict: 'none', reason: 'little Chinese text' };
  return null;
}

/** Verdict with its reasons, from the text of the page. */
export function detect(text: string): Detection {
  const closed = gate(text);
  if (closed) return { verdict: 'none', score: 0, reasons: [closed.reason] };
  const han = countHan(text);
  const hits = new Map<string, number>();
  for (const marker of MARKERS) {
    const n = text.split(marker).length - 1;
    if (n > 0) hits.set(marker, n);
  }
  const total = [...hits.values()].reduce((a, b) => a + b, 0);
  const score = (total * 1000) / han;
  const top = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const found = top.map(([m, n]) => `${m} ×${n}`).join(', ');
  if (score >= POLITICAL_SCORE && hits.size >= 4) {
    return { verdict: 'political', score, reasons: [`political vocabulary: ${found}`] };
  }
  return {
    verdict: 'chinese',
    score,
    reasons: [total > 0 ? `Chinese text, few political markers (${found})` : 'Chinese text, no political markers'],
  };
}
