import { countHanFast } from './han';

/**
 * The main text of a page, without menus, link lists and sidebars: a single walk over the body
 * that splits the text into blocks, keeps the blocks that read like prose (enough Han, few links)
 * and picks the element that holds most of that prose, as Readability does, but without cloning
 * or rewriting the document (Readability costs tens of milliseconds on a large page).
 */
export interface MainText {
  title: string;
  text: string;
  /** Han characters of prose found on the whole page, and inside the chosen container. */
  pageHan: number;
  mainHan: number;
}

interface Block {
  el: Element;
  text: string;
  linkText: number;
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'math',
  'iframe', 'nav', 'aside', 'footer', 'form', 'input', 'head',
]);
const BLOCK = new Set([
  'p', 'div', 'td', 'th', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section',
  'main', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'tr', 'tbody', 'figure', 'figcaption',
  'center', 'header', 'body',
]);
const SOURCE_BREAK = /\s*\n\s*/g;
/** A block reads like prose with this many Han characters and at most this share in links. */
const PROSE_HAN = 20;
const PROSE_LINK_SHARE = 0.3;
/** Inside the chosen container, shorter blocks (a byline, a dateline) are kept too. */
const KEPT_HAN = 4;
/** The container around the title heading is taken when it holds this much prose. */
const HEADING_PROSE = 50;
const MAX_CHARS = 60_000;

/** Split the body's text into blocks: the text of each block element, not counting nested blocks. */
function collectBlocks(body: Element): Block[] {
  const blocks: Block[] = [];
  let chars = 0;
  const visit = (node: Node, block: Block, inLink: boolean): void => {
    for (let child = node.firstChild; child && chars < MAX_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Line breaks in the source are not breaks on the page; <br> and blocks are.
        const raw = (child as Text).data;
        const data = raw.includes('\n') ? raw.replace(SOURCE_BREAK, ' ') : raw;
        block.text += data;
        chars += data.length;
        if (inLink) block.linkText += data.length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        block.text += '\n';
      } else if (BLOCK.has(tag)) {
        const inner: Block = { el, text: '', linkText: 0 };
        blocks.push(inner);
        visit(el, inner, inLink);
      } else {
        visit(el, block, inLink || tag === 'a');
      }
    }
  };
  const top: Block = { el: body, text: '', linkText: 0 };
  blocks.push(top);
  visit(body, top, false);
  return blocks;
}

function isProse(block: Block, han: number): boolean {
  return han >= PROSE_HAN && block.linkText <= PROSE_LINK_SHARE * block.text.length;
}

/** The page title without the site name that usually follows it (标题_新华网, 标题 - 人民网). */
function articleTitle(doc: Document): string {
  const title = doc.title.trim();
  const parts = title.split(/\s*(?:[_|｜]|\s-\s|--|—)\s*/);
  return (parts[0] ?? title).length >= 6 ? (parts[0] ?? title) : title;
}

/** The heading that repeats the page title: the article starts there. */
function titleHeading(doc: Document, title: string): Element | undefined {
  for (const heading of doc.querySelectorAll('h1, h2, h3')) {
    const text = (heading.textContent ?? '').trim();
    if (text.length >= 5 && (title.includes(text) || text.includes(title))) return heading;
  }
  return undefined;
}

/** The lowest ancestor of the title heading that holds some prose, if any does. */
function aroundHeading(heading: Element, prose: Block[], hans: number[]): Element | undefined {
  let el = heading.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    let han = 0;
    for (let i = 0; i < prose.length; i++) if (el.contains((prose[i] as Block).el)) han += hans[i] as number;
    if (han >= HEADING_PROSE) return el;
  }
  return undefined;
}

/** The element holding most prose: each prose block votes for its element and two ancestors. */
function mostProse(prose: Block[], hans: number[], body: Element): Element {
  const votes = new Map<Element, number>();
  prose.forEach((block, i) => {
    let el: Element | null = block.el;
    for (let weight = 1; el && weight >= 0.25; weight /= 2, el = el.parentElement) {
      votes.set(el, (votes.get(el) ?? 0) + (hans[i] as number) * weight);
    }
  });
  let best = body;
  let bestVotes = 0;
  for (const [el, n] of votes) {
    if (n > bestVotes) [best, bestVotes] = [el, n];
  }
  return best;
}

export function mainText(doc: Document): MainText {
  const title = articleTitle(doc);
  if (!doc.body) return { title, text: '', pageHan: 0, mainHan: 0 };
  const blocks = collectBlocks(doc.body);
  const hans = blocks.map((block) => countHanFast(block.text));
  const prose: Block[] = [];
  const proseHans: number[] = [];
  blocks.forEach((block, i) => {
    if (!isProse(block, hans[i] as number)) return;
    prose.push(block);
    proseHans.push(hans[i] as number);
  });
  const pageHan = proseHans.reduce((a, b) => a + b, 0);
  const heading = titleHeading(doc, title);
  const best = (heading && aroundHeading(heading, prose, proseHans)) ?? mostProse(prose, proseHans, doc.body);
  let text = '';
  let mainHan = 0;
  blocks.forEach((block, i) => {
    const han = hans[i] ?? 0;
    if (han < KEPT_HAN || block.linkText > 0.5 * block.text.length || !best.contains(block.el)) return;
    text += `${block.text.trim()}\n`;
    mainHan += han;
  });
  return { title, text, pageHan, mainHan };
}

/**
 * The reading text of the whole page: every block with some Han that is not mostly links,
 * outside navigation, sidebars, footers and forms. For the summary, which wants every article
 * of a page and its bylines, not only the one the verdict looked at.
 */
export function readingText(doc: Document): string {
  if (!doc.body) return '';
  let text = '';
  for (const block of collectBlocks(doc.body)) {
    if (countHanFast(block.text) < KEPT_HAN || block.linkText > 0.5 * block.text.length) continue;
    text += `${block.text.trim()}\n`;
  }
  return text;
}
