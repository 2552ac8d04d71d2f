import { describe, expect, it } from 'vitest';
import { simplifyUnits } from '@/lib/glossary/keys';
import data from '@/lib/pinyin/data/traditional.json';
import { toSimplified } from '@/lib/pinyin/traditional';

/** The map's pairs, code point by code point. */
function pairs(): Map<string, string> {
  const chars = Array.from(data.map);
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) out.set(chars[i] ?? '', chars[i + 1] ?? '');
  return out;
}

describe('Traditional → Simplified map', () => {
  it.each(Array.from('么著乾吒薹徵'))('leaves the Simplified character %s out of the data', (ch) => {
    expect(pairs().has(ch)).toBe(false);
  });

  it.each(Array.from('閤朮'))('leaves %s as written: its Simplified form loses its reading', (ch) => {
    expect(pairs().has(ch)).toBe(false);
    expect(toSimplified(ch)).toBe(ch);
  });

  it.each([
    ['什么时候', '什么时候'],
    ['著名作家', '著名作家'],
    ['乾隆年间', '乾隆年间'],
    ['哪吒闹海', '哪吒闹海'],
    ['蒜薹炒肉', '蒜薹炒肉'],
    ['宫商角徵羽', '宫商角徵羽'],
    ['臺灣經濟發展', '台湾经济发展'],
    ['兩個維護', '两个维护'],
  ])('reads %s as %s, in the reader and in the glossary matcher', (text, simplified) => {
    expect(toSimplified(text)).toBe(simplified);
    expect(simplifyUnits(text)).toBe(simplified);
  });
});
