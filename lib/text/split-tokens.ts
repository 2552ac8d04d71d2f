import type { Token } from '../reader';
import { HAN } from './han';

/**
 * Cuts the tokens of one text into the pieces of its parts, given the parts' lengths in UTF-16
 * units. A word that crosses a boundary (<b>四个</b>意识 read as 四个意识) is cut there, each
 * piece keeping the syllables of its own Han characters and the token's other fields.
 */
export function splitTokens<T extends Token>(tokens: readonly T[], lengths: readonly number[]): T[][] {
  const out: T[][] = lengths.map(() => []);
  let part = 0;
  let room = lengths[0] ?? 0;
  for (const token of tokens) {
    const syllables = token.py ? token.py.split(' ') : [];
    let rest = token.w;
    while (rest.length > 0) {
      while (room === 0 && part < lengths.length - 1) room = lengths[++part] ?? 0;
      const take = rest.length <= room ? rest.length : safeCut(rest, room);
      const piece = rest.slice(0, take);
      const han = Array.from(piece).filter((ch) => HAN.test(ch)).length;
      const py = syllables.splice(0, han).join(' ');
      // Other fields (the glossary term a word belongs to) go with every piece.
      const { py: _whole, ...fields } = token;
      out[part]?.push((py ? { ...fields, w: piece, py } : { ...fields, w: piece }) as T);
      rest = rest.slice(take);
      room -= take;
    }
  }
  return out;
}

/** A cut at `at` that does not split a surrogate pair (a node boundary never does). */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}
