import { describe, expect, it } from 'vitest';
import { reveal } from '@/entrypoints/content-main/reveal';

describe('reveal', () => {
  it('selects text that is split over inline elements', () => {
    document.body.innerHTML = '<p>城镇新增就业<b>10439</b>人，同比增长</p>';
    Element.prototype.scrollIntoView = () => undefined;
    expect(reveal(document, '10439人')).toBe(true);
    expect(getSelection()?.toString()).toBe('10439人');
  });

  it('says so when the text is not on the page', () => {
    document.body.innerHTML = '<p>没有</p>';
    expect(reveal(document, '王迎波')).toBe(false);
  });
});
