/**
 * Functions evaluated inside a page: they read the contract's hooks. They must be
 * self-contained (no closures), since both drivers serialise them into the page.
 */

export interface Reading {
  word: string;
  pinyin: string;
  context: string;
}

/** The contract's page-level hooks. */
export function pageState() {
  const root = document.documentElement;
  return {
    page: root.getAttribute('data-tifa-page'),
    progress: root.getAttribute('data-tifa-progress'),
    words: document.querySelectorAll('[data-tifa-py]').length,
    nested: document.querySelectorAll('[data-tifa-py] [data-tifa-py]').length,
  };
}

/**
 * Checks readings in context: the annotated words' Han characters in document order, each with
 * its syllable; each expected (context, word) is found there and its syllables compared.
 * Returns the mismatches as readable lines.
 */
export function checkReadings(expected: Reading[]): string[] {
  const han = /\p{Script=Han}/u;
  const chars: string[] = [];
  const syllables: string[] = [];
  const wordText = (el: Element): string => {
    let text = '';
    const walk = (n: Node) => {
      if (n.nodeType === 3) text += (n as Text).data;
      else if (!['RT', 'RP'].includes((n as Element).tagName)) n.childNodes.forEach(walk);
    };
    walk(el);
    return text;
  };
  for (const el of Array.from(document.querySelectorAll('[data-tifa-py]'))) {
    const py = (el.getAttribute('data-tifa-py') ?? '').split(' ');
    const hanOf = Array.from(wordText(el)).filter((c) => han.test(c));
    if (py.length !== hanOf.length) return [`${wordText(el)}: ${py.length} syllables for ${hanOf.length} characters`];
    chars.push(...hanOf);
    syllables.push(...py);
  }
  const text = chars.join('');
  const problems: string[] = [];
  for (const { word, pinyin, context } of expected) {
    const ctx = Array.from(context).filter((c) => han.test(c)).join('');
    const w = Array.from(word).filter((c) => han.test(c)).join('');
    const at = text.indexOf(ctx);
    const offset = ctx.indexOf(w);
    if (at < 0 || offset < 0) {
      problems.push(`${word} (${context}): not found among annotated words`);
      continue;
    }
    const start = Array.from(text.slice(0, at + offset)).length;
    const got = syllables.slice(start, start + Array.from(w).length).join(' ');
    if (got !== pinyin) problems.push(`${word} (${context}): ${got} instead of ${pinyin}`);
  }
  return problems;
}

/** Selects the contents of the first element matching `selector` and returns the selection's text. */
export function selectText(selector: string): { selected: string; original: string } {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const original = Array.from(el.querySelectorAll('rt, rp')).reduce(
    (t, rt) => t.replace(rt.textContent ?? '', ''),
    el.textContent ?? '',
  );
  return { selected: selection?.toString() ?? '', original };
}

/** Remembers every text node of the page (in the page's own world) to check identity later. */
export function rememberTextNodes(): number {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  (window as unknown as { __tifaNodes: Text[] }).__tifaNodes = nodes;
  return nodes.length;
}

/** Whether every remembered text node is back in the document, in the same order. */
export function sameTextNodes(): boolean {
  const before = (window as unknown as { __tifaNodes: Text[] }).__tifaNodes;
  const now: Node[] = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n);
  return before.length === now.length && before.every((n, i) => n === now[i]);
}

/** The page's serialization with Tifa's lasting verdict attribute taken out. */
export function serialization(): string {
  return document.documentElement.outerHTML.replace(/ data-tifa-page="[a-z]+"/, '');
}

/** Computed styles that show whether the ruby survives hostile page CSS. */
export function rubyStyle() {
  const rt = document.querySelector('[data-tifa-py] rt');
  // The reading is drawn by the rt itself, or by its syllables when tone colours are on.
  const drawn = rt?.hasAttribute('data-tifa-rt') ? rt : rt?.firstElementChild;
  if (!rt || !drawn) return null;
  const style = getComputedStyle(rt);
  const before = getComputedStyle(drawn, '::before');
  const box = rt.getBoundingClientRect();
  return {
    display: style.display,
    visibility: style.visibility,
    fontSize: parseFloat(style.fontSize),
    textTransform: style.textTransform,
    content: before.content,
    width: box.width,
    height: box.height,
  };
}

/** The page as the server sent it, parsed without scripts, serialized like the live page. */
export async function pristineSerialization(): Promise<string> {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}

/** Progress, and Han characters of the live page's content not yet inside an annotated word. */
export function liveState() {
  let left = 0;
  for (const root of Array.from(document.querySelectorAll('main, #counter'))) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('[data-tifa-py]')) continue;
      left += ((n as Text).data.match(/\p{Script=Han}/gu) ?? []).length;
    }
  }
  return { progress: document.documentElement.getAttribute('data-tifa-progress'), left };
}

/** Anything Tifa adds, still on the page (after revert there must be none). */
export function leftovers(): number {
  return (
    document.querySelectorAll('[data-tifa-py], [data-tifa-term], [data-tifa-card], [data-tifa-own], tifa-run, tifa-w').length +
    (document.documentElement.hasAttribute('data-tifa-progress') ? 1 : 0)
  );
}

/** The open card: its host's presence and the text its shadow root shows. */
export function cardState() {
  const host = document.querySelector('[data-tifa-card]');
  return {
    open: host !== null,
    text: host?.shadowRoot?.textContent ?? '',
    describedBy: document.querySelector('[data-tifa-term][aria-describedby]')?.getAttribute('data-tifa-term') ?? null,
  };
}

/** Dispatches a pointer event on the first occurrence of a term; is the card there right after? */
export function cardRightAfterPointer(headword: string) {
  const term = document.querySelector(`[data-tifa-term="${headword}"]`);
  if (!term) return { found: false, openAtOnce: false };
  term.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  const openAtOnce = document.querySelector('[data-tifa-card]')?.shadowRoot?.textContent?.includes(headword) ?? false;
  term.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
  return { found: true, openAtOnce };
}

/** The headwords of the terms marked on the page, each once. */
export function termHeadwords(): string[] {
  return [...new Set(Array.from(document.querySelectorAll('[data-tifa-term]')).map((el) => el.getAttribute('data-tifa-term') ?? ''))];
}

/** Focuses the first occurrence of a term, as Tab would. */
export function focusTerm(headword: string): boolean {
  const term = document.querySelector<HTMLElement>(`[data-tifa-term="${headword}"]`);
  term?.focus();
  return document.activeElement === term;
}

/** The popup's summary rows, by contract hook. */
export function summaryRows() {
  const rows = (attr: string) =>
    Object.fromEntries(Array.from(document.querySelectorAll(`[${attr}]`)).map((el) => [el.getAttribute(attr) ?? '', el.textContent ?? '']));
  return { people: rows('data-tifa-person'), figures: rows('data-tifa-figure'), terms: rows('data-tifa-term-row') };
}
