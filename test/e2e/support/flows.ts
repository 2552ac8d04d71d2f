import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, Tab } from './driver';
import { waitFor } from './driver';
import { glossaryEntries } from '../../../lib/glossary/load';
import {
  cardRightAfterPointer,
  cardState,
  checkReadings,
  focusTerm,
  termHeadwords,
  leftovers,
  liveState,
  pageState,
  pristineSerialization,
  rememberTextNodes,
  type Reading,
  rubyStyle,
  sameTextNodes,
  summaryRows,
  selectText,
  serialization,
} from './page-probes';
import { FIXTURES, serveFixtures, type FixtureServer } from './server';

const expected = JSON.parse(readFileSync(`${FIXTURES}/expected-readings.json`, 'utf8')) as {
  readings: Reading[];
  people: { name: string; titles: string[] }[];
  figures: { asWritten: string; counts: string }[];
};

/** Whether a row's text names one of the titles, or a piece of two or more characters of one. */
function hasTitle(row: string, titles: readonly string[]): boolean {
  return titles.some((title) => {
    for (let len = Math.min(title.length, 6); len >= 2; len--) {
      for (let i = 0; i + len <= title.length; i++) if (row.includes(title.slice(i, i + len))) return true;
    }
    return false;
  });
}

/** Glossary terms the sample article uses; each must be marked and explained. */
const SAMPLE_TERMS = ['四个意识', '两个维护', '十四五', '四上企业', '首席服务员', '乡村振兴', '营商环境', '一府两院', '共同富裕', '高质量发展'];
const english = new Map(glossaryEntries().map((e) => [e.headword, e.english]));

/** Words whose reading the foundation slice already gets right in context. */
const KNOWN = ['区长', '局长', '部长', '增长', '地区', '数据', '传统', '一府两院', '乡村振兴', '营商环境'];

const done = (s: ReturnType<typeof pageState>) => s.progress === 'done';

async function popupReady(popup: Tab) {
  return waitFor(
    popup,
    () => document.querySelector('[data-tifa-popup]')?.getAttribute('data-tifa-popup'),
    (s) => s === 'ready' || s === 'error',
    'the popup to be ready',
  );
}

/** The user's flows of the foundation, through the contract's hooks only. */
export function flowsWith(launch: () => Promise<Driver>): void {
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  describe('the sample article', () => {
    let tab: Tab;
    beforeAll(async () => {
      tab = await driver.open(server.url('sample-article.html'));
    });

    it('is recognised as political news and annotated on load', async () => {
      const state = await waitFor(tab, pageState, done, 'data-tifa-progress=done');
      expect(state.page).toBe('political');
      expect(state.words).toBeGreaterThan(1000);
      expect(state.nested).toBe(0);
    });

    it('reads known words right in context', async () => {
      const readings = expected.readings.filter((r) => KNOWN.includes(r.word));
      expect(readings.length).toBe(KNOWN.length);
      expect(await tab.evaluate(checkReadings, readings)).toEqual([]);
    });

    it('leaves no pinyin in selected text', async () => {
      const { selected, original } = await tab.evaluate(selectText, 'article p');
      expect(original).toMatch(/\p{Script=Han}/u);
      expect(selected.replace(/\s+/g, '')).toBe(original.replace(/\s+/g, ''));
      expect(selected).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    });

    it('leaves the textarea, inputs, editable regions and scripts alone', async () => {
      const inside = await tab.evaluate(
        () => document.querySelectorAll('textarea [data-tifa-py], [contenteditable] [data-tifa-py], script [data-tifa-py]').length,
      );
      expect(inside).toBe(0);
      const editable = await tab.evaluate(() => document.querySelector('[contenteditable]')?.innerHTML ?? '');
      expect(editable).not.toContain('tifa');
    });

    it('marks the glossary terms it uses', async () => {
      const marked = await tab.evaluate(termHeadwords);
      expect(marked).toEqual(expect.arrayContaining(SAMPLE_TERMS));
    });

    it('opens a term’s card on hover, with its explanation, and closes it with Escape', async () => {
      await tab.hover('[data-tifa-term="四个意识"]');
      const card = await waitFor(tab, cardState, (c) => c.open, 'the card');
      expect(card.text).toContain('四个意识');
      expect(card.text).toContain(english.get('四个意识'));
      expect(card.describedBy).toBe('四个意识');
      await tab.press('Escape');
      await waitFor(tab, cardState, (c) => !c.open, 'the card to close');
    });

    it('opens the card in the same task as the pointer event', async () => {
      expect(await tab.evaluate(cardRightAfterPointer, '两个维护')).toEqual({ found: true, openAtOnce: true });
    });

    it('opens the card on keyboard focus and closes it on blur', async () => {
      expect(await tab.evaluate(focusTerm, '乡村振兴')).toBe(true);
      const card = await waitFor(tab, cardState, (c) => c.open && c.text.includes('乡村振兴'), 'the card on focus');
      expect(card.text).toContain(english.get('乡村振兴'));
      await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await waitFor(tab, cardState, (c) => !c.open, 'the card to close on blur');
    });

    it('shows its state in the popup and reverts exactly, then annotates again', async () => {
      const popup = await driver.popupFor(tab);
      expect(await popupReady(popup)).toBe('ready');
      const text = await popup.evaluate(() => document.querySelector('[data-tifa-popup]')?.textContent ?? '');
      expect(text).toMatch(/Chinese political news|中文时政新闻/);

      // The summary: the officials with their titles, the statistics with what they count.
      const rows = await popup.evaluate(summaryRows);
      const people = expected.people.filter((p) => rows.people[p.name] !== undefined);
      expect(people.length / expected.people.length).toBeGreaterThanOrEqual(0.95);
      const titled = people.filter((p) => hasTitle(rows.people[p.name] ?? '', p.titles));
      expect(titled.length / people.length).toBeGreaterThanOrEqual(0.9);
      expect(rows.people['周立明']).toContain('区委书记');
      const figures = expected.figures.filter((f) => rows.figures[f.asWritten] !== undefined);
      expect(figures.length / expected.figures.length).toBeGreaterThanOrEqual(0.9);
      const counted = figures.filter((f) => hasTitle(rows.figures[f.asWritten] ?? '', [f.counts]));
      expect(counted.length / figures.length).toBeGreaterThanOrEqual(0.9);
      expect(Object.keys(rows.terms)).toEqual(expect.arrayContaining(['四个意识', '两个维护']));

      await popup.click('[data-tifa-action="toggle"]');
      const reverted = await waitFor(tab, pageState, (s) => s.words === 0 && s.progress === null, 'revert');
      expect(reverted.page).toBe('political');
      const pristine = await tab.evaluate(pristineSerialization);
      expect(await tab.evaluate(serialization)).toBe(pristine);

      await popup.click('[data-tifa-action="toggle"]');
      const again = await waitFor(tab, pageState, (s) => done(s) && s.words > 1000, 'annotation again');
      expect(again.nested).toBe(0);
    });
  });

  /** Opens a page that must get the verdict `chinese` and stay unannotated after it settles. */
  async function openChinesePage(file: string): Promise<Tab> {
    const tab = await driver.open(server.url(file));
    await waitFor(tab, pageState, (s) => s.page !== null, 'a verdict');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await tab.evaluate(pageState)).toMatchObject({ page: 'chinese', progress: null, words: 0 });
    return tab;
  }

  describe('a Chinese sports page', () => {
    it('is not annotated on load; the popup annotates it and revert restores the same nodes', async () => {
      const tab = await openChinesePage('sports-article.html');
      const before = await tab.evaluate(serialization);
      expect(await tab.evaluate(rememberTextNodes)).toBeGreaterThan(10);

      const popup = await driver.popupFor(tab);
      expect(await popupReady(popup)).toBe('ready');
      await popup.click('[data-tifa-action="annotate"]');
      await waitFor(tab, pageState, (s) => done(s) && s.words > 100, 'annotation');

      await popup.click('[data-tifa-action="toggle"]');
      await waitFor(tab, pageState, (s) => s.words === 0 && s.progress === null, 'revert');
      expect(await tab.evaluate(sameTextNodes)).toBe(true);
      expect(await tab.evaluate(serialization)).toBe(before);
      await tab.close();
    });
  });

  describe('a Chinese page that only looks political at a glance', () => {
    it('is left exactly as served once detection says it is not political news', async () => {
      // Its sample has the gate's hint words (会议, 主任, 委员会): the gate asks for its first
      // words and lays paragraphs out near the viewport only, until detection says otherwise.
      const tab = await openChinesePage('culture-article.html');
      const pristine = await tab.evaluate(pristineSerialization);
      expect(await tab.evaluate(serialization)).toBe(pristine);
      await tab.close();
    });
  });

  describe('a live page', () => {
    it('follows infinite scroll, SPA navigation and rewritten text, leaves the editable note alone, reverts exactly', async () => {
      const url = server.url('live-feed.html');
      const tab = await driver.open(url);
      // A twin tab gets the same page changes without annotation: revert must give its DOM.
      const twin = await driver.open(url);
      await waitFor(tab, pageState, (s) => s.page !== null, 'a verdict');
      expect((await tab.evaluate(pageState)).page).toBe('chinese');
      const popup = await driver.popupFor(tab);
      expect(await popupReady(popup)).toBe('ready');
      await popup.click('[data-tifa-action="annotate"]');
      await waitFor(tab, pageState, done, 'annotation');
      const settled = async () => {
        await waitFor(tab, liveState, (s) => s.progress === 'done' && s.left === 0, 'new content annotated');
      };
      const act = async (script: string) => {
        for (const t of [tab, twin]) await t.evaluate((code) => new Function(code)(), script);
      };

      await act('loadMore()');
      await settled();
      await act('loadMore()');
      await settled();
      expect(await tab.evaluate(() => document.getElementById('count')?.textContent)).toBe('9');
      // Text split across inline tags is read as one text: words inside <b> are annotated too.
      expect(await tab.evaluate(() => document.querySelectorAll('main b [data-tifa-py]').length)).toBeGreaterThan(0);

      await act("navigate('about')");
      await settled();
      await act("navigate('feed')");
      await settled();

      await act("document.querySelector('.note').append('今天去了博物馆')");
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await tab.evaluate(() => document.querySelector('.note')?.querySelectorAll('*').length)).toBe(0);
      expect((await tab.evaluate(pageState)).nested).toBe(0);

      await popup.click('[data-tifa-action="toggle"]');
      await waitFor(tab, pageState, (s) => s.words === 0 && s.progress === null, 'revert');
      expect(await tab.evaluate(leftovers)).toBe(0);
      expect(await tab.evaluate(serialization)).toBe(await twin.evaluate(serialization));
      await tab.close();
      await twin.close();
    });
  });

  describe('pages that are not Chinese', () => {
    it.each(['english-article.html', 'japanese-article.html'])('%s gets the verdict none and is left alone', async (file) => {
      const tab = await driver.open(server.url(file));
      await waitFor(tab, pageState, (s) => s.page !== null, 'a verdict');
      expect(await tab.evaluate(pageState)).toMatchObject({ page: 'none', progress: null, words: 0 });
      // Nothing in the page listens: the popup says why it has nothing to show.
      const popup = await driver.popupFor(tab);
      expect(await popupReady(popup)).toBe('error');
      expect(await popup.evaluate(() => document.querySelector('.error')?.textContent ?? '')).toContain('leaves pages without Chinese text alone');
      await tab.close();
    });
  });

  describe('a page whose styles attack ruby', () => {
    it('still shows the pinyin', async () => {
      const tab = await driver.open(server.url('hostile-css.html'));
      await waitFor(tab, pageState, (s) => s.page !== null, 'a verdict');
      if ((await tab.evaluate(pageState)).progress === null) {
        const popup = await driver.popupFor(tab);
        await popupReady(popup);
        await popup.click('[data-tifa-action="annotate"]');
      }
      await waitFor(tab, pageState, (s) => done(s) && s.words > 10, 'annotation');
      const style = await tab.evaluate(rubyStyle);
      expect(style).not.toBeNull();
      expect(style?.visibility).toBe('visible');
      expect(style?.display).not.toBe('none');
      expect(style?.fontSize).toBeGreaterThanOrEqual(8);
      expect(style?.textTransform).toBe('none');
      expect(style?.content).toMatch(/[a-zü]/);
      expect(style?.height).toBeGreaterThan(4);
      await tab.close();
    });
  });
}
