import type { Sentence } from './features';

/** Context rules: a reading fixed by syntax, or undefined to leave the choice to the model. */
export function ruleReading(_s: Sentence, _at: number): string | undefined {
  return undefined;
}
