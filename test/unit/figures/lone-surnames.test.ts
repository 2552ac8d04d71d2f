import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { loneSurnames, surnameOf } from '@/lib/figures/lone-surnames';
import { tokenize } from '@/lib/figures/tokens';

const words = (text: string) => tokenize(text, { tag: (t) => jieba.tag(t, true) });
const names = (text: string) => loneSurnames(text, words(text)).map((s) => s.name);

describe('loneSurnames', () => {
  it.each([
    ['李老师看了后，微笑地对我说。', ['李']],
    ['老于的女儿要考大学了。', ['于']],
    ['本届汤尤杯赛在香港举行。', ['汤', '尤']],
    ['尤伯杯决赛将连续第三次在香港举行。', ['尤伯']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['全家人都很高兴。', '老师们辛苦了。', '全面建成小康社会。', '这是一个古老的传说。'])('finds no one in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('surnameOf', () => {
  it.each([
    ['陈小姐', '陈'],
    ['王某', '王'],
    ['老于', '于'],
    ['王迎波', undefined],
  ])('%s → %s', (name, expected) => {
    expect(surnameOf({ start: 0, end: name.length, name })?.name).toBe(expected);
  });
});
