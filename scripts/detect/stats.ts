/** Confusion matrices and percentiles for the detection benchmark. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** From [expected, predicted] pairs. */
export function confusion(pairs: Array<[boolean, boolean]>): Confusion {
  const m: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [expected, predicted] of pairs) {
    if (expected && predicted) m.tp++;
    else if (predicted) m.fp++;
    else if (expected) m.fn++;
    else m.tn++;
  }
  return m;
}

export function ratio(a: number, b: number): string {
  return b === 0 ? 'n/a' : (a / b).toFixed(3);
}

export function formatConfusion(name: string, m: Confusion): string {
  return [
    `  ${name}:`,
    `                 called political   not political`,
    `    expected +   ${String(m.tp).padStart(8)}   ${String(m.fn).padStart(14)}`,
    `    expected −   ${String(m.fp).padStart(8)}   ${String(m.tn).padStart(14)}`,
    `    precision ${ratio(m.tp, m.tp + m.fp)}, recall ${ratio(m.tp, m.tp + m.fn)}`,
  ].join('\n');
}

export function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
