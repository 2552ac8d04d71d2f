import { describe, expect, it } from 'vitest';
import chars from '@/lib/figures/data/name-chars.json';
import { nameCharLevels, type NameCharsData } from '@/lib/figures/name-chars';

const data = chars as NameCharsData;

describe('the shipped name-character levels', () => {
  it('has the fields of NameCharsData', () => {
    expect(data.format).toBe(1);
    expect(data.revision).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.source).toContain('jieba');
    for (const levels of [data.surname, data.given, data.translit]) {
      expect(levels).toHaveLength(3);
      for (const s of levels) expect(s).toMatch(/^\p{Script=Han}*$/u);
    }
  });

  it('knows common surnames, given-name and transliteration characters', () => {
    const levels = nameCharLevels();
    const level = (ch: string, shift: number) => (levels[ch.charCodeAt(0)]! >> shift) & 3;
    expect(level('刘', 0)).toBeGreaterThanOrEqual(2);
    expect(level('伟', 2)).toBeGreaterThanOrEqual(2);
    expect(level('斯', 4)).toBeGreaterThanOrEqual(1);
    expect(level('的', 0) + level('的', 2) + level('的', 4)).toBe(0);
  });
});

describe('nameCharLevels', () => {
  it('puts each level in its two bits', () => {
    const levels = nameCharLevels({ ...data, surname: ['', '王', ''], given: ['', '', '伟'], translit: ['斯', '', ''] });
    expect(levels['王'.charCodeAt(0)]).toBe(2);
    expect(levels['伟'.charCodeAt(0)]).toBe(3 << 2);
    expect(levels['斯'.charCodeAt(0)]).toBe(1 << 4);
  });
});
