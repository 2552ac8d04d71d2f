import { h, render } from 'preact';
import { cardCss } from '@/components/term-card-css';
import { TermCard } from '@/components/TermCard';
import { placeCard } from '@/lib/glossary/position';
import type { GlossaryEntry } from '@/lib/glossary/types';
import { OWN_ATTR } from './collect';
import { TERM_TAG } from './render';

const HOST_ID = 'tifa-card-host';
/** Time to move the pointer from the term into the card before it closes. */
const LEAVE_MS = 250;

export interface CardDeps {
  doc: Document;
  /** The entry of a term already read on this page. */
  entryOf(headword: string): GlossaryEntry | undefined;
  /** Any entry, asked of the background (components and related terms not on the page). */
  lookup(headword: string): Promise<GlossaryEntry | null>;
}

/**
 * The hover card of glossary terms: opens on hover, keyboard focus and tap, closes on Escape,
 * blur or when the pointer has left both term and card. One card at a time, in an open shadow
 * root on a `[data-tifa-card]` host in the page's light DOM.
 */
export class Cards {
  private host: HTMLElement | undefined;
  private term: Element | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while focus goes back to a term after its card closed, so the card stays closed. */
  private refocusing = false;
  private readonly listeners: [string, (e: Event) => void][] = [
    ['pointerover', (e) => this.onPointerOver(e as PointerEvent)],
    ['pointerout', (e) => this.onPointerOut(e as PointerEvent)],
    ['focusin', (e) => this.onFocusIn(e)],
    ['focusout', (e) => this.onFocusOut(e as FocusEvent)],
    ['keydown', (e) => this.onKeyDown(e as KeyboardEvent)],
    ['click', (e) => this.onClick(e)],
  ];

  constructor(private readonly deps: CardDeps) {}

  attach(): void {
    for (const [type, fn] of this.listeners) this.deps.doc.addEventListener(type, fn, true);
  }

  detach(): void {
    for (const [type, fn] of this.listeners) this.deps.doc.removeEventListener(type, fn, true);
    this.close();
  }

  /** Opens the card of `term` (a [data-tifa-term] element) or of another headword from the card. */
  open(term: Element, headword = headwordOf(term)): void {
    const entry = this.deps.entryOf(headword);
    if (!entry) {
      void this.deps.lookup(headword).then((found) => found && this.show(term, found));
      return;
    }
    this.show(term, entry);
  }

  close(): void {
    clearTimeout(this.leaveTimer);
    if (this.host) render(null, this.host.shadowRoot as ShadowRoot);
    this.host?.remove();
    this.host = undefined;
    this.term?.removeAttribute('aria-describedby');
    this.term = undefined;
  }

  private show(term: Element, entry: GlossaryEntry): void {
    clearTimeout(this.leaveTimer);
    const { doc } = this.deps;
    if (this.term !== term) this.term?.removeAttribute('aria-describedby');
    const host = this.host ?? this.createHost();
    this.term = term;
    term.setAttribute('aria-describedby', HOST_ID);
    // The page's wording, when it is not simply the headword (a variant, a pattern such as
    // 十届人大七次会议); a piece of a term split by the page's markup is not shown.
    const text = textOf(term);
    const own = entry.headword === headwordOf(term);
    const occurrence = own && text !== entry.headword && !entry.headword.includes(text) ? text : undefined;
    render(
      h(TermCard, {
        entry,
        id: 'tifa-card',
        occurrence,
        onClose: () => this.closeAndRefocus(),
        onNavigate: (headword: string) => this.open(term, headword),
        hasEntry: (headword: string) => this.deps.entryOf(headword) !== undefined,
      }),
      host.shadowRoot as ShadowRoot,
    );
    const card = host.shadowRoot?.querySelector('.card');
    const size = card?.getBoundingClientRect() ?? { width: 320, height: 200 };
    const view = doc.defaultView;
    const place = placeCard(term.getBoundingClientRect(), size, {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    host.style.setProperty('left', `${place.left}px`);
    host.style.setProperty('top', `${place.top}px`);
    host.style.setProperty('--tifa-card-max-height', `${place.maxHeight}px`);
  }

  private createHost(): HTMLElement {
    const host = this.deps.doc.createElement('div');
    host.setAttribute('data-tifa-card', '');
    host.setAttribute(OWN_ATTR, '');
    host.setAttribute('role', 'tooltip');
    host.id = HOST_ID;
    const root = host.attachShadow({ mode: 'open' });
    const style = this.deps.doc.createElement('style');
    style.textContent = cardCss;
    root.append(style);
    host.addEventListener('pointerenter', () => clearTimeout(this.leaveTimer));
    host.addEventListener('pointerleave', () => this.closeSoon());
    this.deps.doc.documentElement.append(host);
    this.host = host;
    return host;
  }

  /** Closes the card; focus that was inside the card goes back to its term. */
  private closeAndRefocus(): void {
    const term = this.term;
    const focusInCard = this.host !== undefined && this.deps.doc.activeElement === this.host;
    this.close();
    if (!focusInCard || !(term instanceof HTMLElement)) return;
    this.refocusing = true;
    term.focus({ preventScroll: true });
    this.refocusing = false;
  }

  private closeSoon(): void {
    clearTimeout(this.leaveTimer);
    this.leaveTimer = setTimeout(() => this.close(), LEAVE_MS);
  }

  private onPointerOver(event: PointerEvent): void {
    const term = termOf(event.target);
    if (term && term !== this.term) this.open(term);
    else if (term) clearTimeout(this.leaveTimer);
  }

  private onPointerOut(event: PointerEvent): void {
    const from = termOf(event.target);
    if (!from || from !== this.term) return;
    if (termOf(event.relatedTarget) === from || this.inCard(event.relatedTarget)) return;
    this.closeSoon();
  }

  private onFocusIn(event: Event): void {
    const term = termOf(event.target);
    if (term && !this.refocusing) this.open(term);
  }

  private onFocusOut(event: FocusEvent): void {
    if (termOf(event.target) !== this.term || this.inCard(event.relatedTarget)) return;
    if (termOf(event.relatedTarget)) return; // focus moves to another term: it opens its own card
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.host) this.closeAndRefocus();
  }

  /** A tap (or click) on a term opens its card: touch screens have no hover. */
  private onClick(event: Event): void {
    const term = termOf(event.target);
    if (term && term !== this.term) this.open(term);
  }

  private inCard(target: EventTarget | null): boolean {
    return target instanceof Node && this.host !== undefined && (target === this.host || this.host.contains(target));
  }
}

function termOf(target: EventTarget | null): Element | undefined {
  if (!(target instanceof Node)) return undefined;
  const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
  return el?.closest(`${TERM_TAG}[data-tifa-term]`) ?? undefined;
}

function headwordOf(term: Element): string {
  return term.getAttribute('data-tifa-term') ?? '';
}

/** A term's text as the page wrote it, without the pinyin elements. */
function textOf(term: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).tagName !== 'RT') node.childNodes.forEach(walk);
  };
  walk(term);
  return text;
}
