import { describe, expect, it } from 'vitest';
import charClasses from '@/lib/pinyin/data/char-classes.json';
import lexicon from '@/lib/pinyin/data/lexicon.json';
import model from '@/lib/pinyin/data/polyphone-model.json';
import readings from '@/lib/pinyin/data/readings.json';
import traditional from '@/lib/pinyin/data/traditional.json';
import type { CharClassesData } from '@/lib/pinyin/features';
import { VOTE_KINDS, type PolyphoneModelData } from '@/lib/pinyin/model';

/** `key:w,w`: a base-36 key, one integer weight per candidate. */
const ENTRY = /^[0-9a-z]+:-?\d+(,-?\d+)*$/;

describe('shipped pinyin data', () => {
  it.each([
    ['lexicon', lexicon],
    ['readings', readings],
    ['traditional', traditional],
    ['polyphone-model', model],
    ['char-classes', charClasses],
  ])('%s has format, revision, source and licence', (_, data) => {
    expect(data).toMatchObject({ revision: expect.any(String), source: expect.any(String), licence: expect.any(String) });
    expect(typeof data.format).toBe('number');
  });

  it('the polyphone model is the format the reader parses: one weight per candidate for every key', () => {
    const data = model as PolyphoneModelData;
    expect(data.format).toBe(3);
    expect(data.agree).toHaveLength(VOTE_KINDS.length);
    const bad: string[] = [];
    for (const [ch, text] of Object.entries(data.chars)) {
      const [candidates = '', table = ''] = text.split('|');
      const n = candidates.split(' ').length;
      if (Array.from(ch).length !== 1) bad.push(ch);
      for (const entry of table ? table.split(';') : []) {
        const key = parseInt(entry.slice(0, entry.indexOf(':')), 36);
        const weights = entry.slice(entry.indexOf(':') + 1).split(',').map(Number);
        // The reader holds stored weights in bytes.
        const inByte = weights.every((x) => x >= -128 && x <= 127);
        if (!ENTRY.test(entry) || key >= 2 ** data.keyBits || weights.length !== n || !inByte) bad.push(`${ch} ${entry}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('char classes are `class:characters` groups of single BMP Han characters, each in one group', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const group of (charClasses as CharClassesData).classes.split('|')) {
      const [cls = '', chars = ''] = group.split(':');
      if (!/^\d+$/.test(cls) || Number(cls) > 254) bad.push(group.slice(0, 8));
      for (const ch of chars) {
        if (ch.length !== 1 || !/\p{Script=Han}/u.test(ch) || seen.has(ch)) bad.push(ch);
        seen.add(ch);
      }
    }
    expect(bad).toEqual([]);
  });

  it('stays under 3 MB in all', () => {
    const size = [lexicon, readings, traditional, model, charClasses].reduce((n, d) => n + JSON.stringify(d).length, 0);
    expect(size).toBeLessThan(3_000_000);
  });
});
