/** Punctuation that ends a clause, full-width and ASCII (some pages print ASCII commas). */
export const CLAUSE_END = /[，,。；;：:！!？?\n（(）)【】]/u;

/** Start offset of the clause that holds `at`. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return 0;
}

/** End offset (exclusive) of the clause that holds `at`. */
export function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return text.length;
}

/**
 * Whether `at` sits inside a short quoted phrase (“十四五”, “1+N”, “百项千亿元”): a slogan or
 * a name, whose numbers are not statistics. Long quotations are speech and keep their numbers.
 */
export function inShortQuote(text: string, at: number, maxLength = 12): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0) return false;
  const closeBefore = text.lastIndexOf('”', at);
  if (closeBefore > open) return false;
  const close = text.indexOf('”', at);
  return close >= 0 && close - open - 1 <= maxLength;
}
