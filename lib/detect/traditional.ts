import { TRADITIONAL_PAIRS } from './traditional-map';

/** Any of the Traditional characters the markers need; built on first use. */
let traditional: RegExp | undefined;

/** The Simplified character paired with a Traditional one. */
function simplified(ch: string): string {
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
    if (TRADITIONAL_PAIRS[i] === ch) return TRADITIONAL_PAIRS[i + 1] as string;
  }
  return ch;
}

/**
 * The text with Traditional characters replaced by Simplified ones, for the characters the
 * markers use (enough to recognise them, not a general converter). One native regexp pass: on
 * Simplified text, the common case, nothing else runs.
 */
export function simplifyForMarkers(text: string): string {
  if (!traditional) {
    let chars = '';
    for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) chars += TRADITIONAL_PAIRS[i];
    traditional = new RegExp(`[${chars}]`, 'g');
  }
  traditional.lastIndex = 0;
  if (!traditional.test(text)) return text;
  const memo = new Map<string, string>();
  return text.replace(traditional, (ch) => {
    let simp = memo.get(ch);
    if (simp === undefined) memo.set(ch, (simp = simplified(ch)));
    return simp;
  });
}
