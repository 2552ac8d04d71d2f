import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { ruleNameSpans } from '@/lib/figures/names';
import { isJapaneseNameShape, japaneseSurnameLength } from '@/lib/figures/name-shape';
import { tokenize } from '@/lib/figures/tokens';

const words = (text: string) => tokenize(text, { tag: (t) => jieba.tag(t, true) });
const names = (text: string) => ruleNameSpans(text, words(text)).map((s) => s.name);

describe('Japanese names', () => {
  it('knows a family name and the shape of a whole name', () => {
    expect(japaneseSurnameLength('长谷川先生')).toBe(3);
    expect(japaneseSurnameLength('铃木一郎')).toBe(2);
    expect(japaneseSurnameLength('王建国')).toBe(0);
    expect(isJapaneseNameShape('桥本龙太郎')).toBe(true);
    expect(isJapaneseNameShape('铃木')).toBe(true);
    expect(isJapaneseNameShape('铃木一郎太郎')).toBe(false);
  });

  it.each([
    ['日本首相桥本龙太郎表示，日本将继续推进经济改革。', '桥本龙太郎'],
    ['铃木先生表示，两国合作的前景十分广阔。', '铃木'],
    ['渡边健一说，这次访问很成功。', '渡边健一'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('needs a cue and leaves places alone', () => {
    expect(names('他在石井村住了三年。')).toEqual([]);
    expect(names('清水变得浑浊了。')).toEqual([]);
  });
});

describe('Japanese names without the tagger words', () => {
  it('are found at their offsets, past a character outside the basic plane too', () => {
    const text = '🎉渡边先生说，这次访问很成功。';
    const found = ruleNameSpans(text, []).find((s) => s.name === '渡边');
    expect(found && text.slice(found.start, found.end)).toBe('渡边');
  });
});
