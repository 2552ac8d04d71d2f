import { TRADITIONAL_PAIRS } from './traditional-map';

/** Simplified code unit for each Traditional one, 0 for the rest. */
let table: Uint16Array | undefined;

/**
 * The text with Traditional characters replaced by Simplified ones, for the characters the
 * markers use (enough to recognise them, not a general converter). Simplified text, the common
 * case, is scanned once and returned as it is.
 */
export function simplifyForMarkers(text: string): string {
  if (!table) {
    table = new Uint16Array(65536);
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
      table[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
    }
  }
  let out: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const simp = table[text.charCodeAt(i)] as number;
    if (simp === 0) continue;
    if (!out) {
      out = new Uint16Array(text.length);
      for (let j = 0; j < text.length; j++) out[j] = text.charCodeAt(j);
    }
    out[i] = simp;
  }
  if (!out) return text;
  let result = '';
  for (let i = 0; i < out.length; i += 4096) result += String.fromCharCode(...out.subarray(i, i + 4096));
  return result;
}
