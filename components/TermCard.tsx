import type { GlossaryEntry } from '@/lib/glossary/types';

export interface TermCardProps {
  entry: GlossaryEntry;
  /** The card's id, for the term's aria-describedby. */
  id?: string;
  /** The term as the page wrote it, when that differs from the headword (十届人大七次会议 for X届X次会议). */
  occurrence?: string;
  onClose: () => void;
  /** Opens the card of another term: a component or a related term. */
  onNavigate: (headword: string) => void;
  /** Whether a headword has an entry; a component is a link only then. Related terms are entries. */
  hasEntry?: (headword: string) => boolean;
  /** Reads Chinese text aloud; the default uses speechSynthesis (zh-CN) where the browser has it. */
  speak?: (text: string) => void;
}

const KIND_LABEL = { official: 'official', descriptive: 'descriptive' } as const;
const KIND_TITLE = {
  official: 'An official English rendering',
  descriptive: 'A descriptive rendering: no official English is in use',
} as const;

/** speechSynthesis with a Mainland Chinese voice, or undefined where the browser has none. */
function defaultSpeak(): ((text: string) => void) | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return (text) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase() === 'zh-cn');
    if (voice) utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
  };
}

interface TermListProps {
  title: string;
  items: readonly string[];
  ordered: boolean;
  isLink: (headword: string) => boolean;
  onNavigate: (headword: string) => void;
}

function TermList({ title, items, ordered, isLink, onNavigate }: TermListProps) {
  const rows = items.map((item) => (
    <li key={item} lang="zh-CN">
      {isLink(item) ? (
        <button type="button" class="link" onClick={() => onNavigate(item)}>
          {item}
        </button>
      ) : (
        item
      )}
    </li>
  ));
  return (
    <section class="list">
      <h3>{title}</h3>
      {ordered ? <ol>{rows}</ol> : <ul class="chips">{rows}</ul>}
    </section>
  );
}

/**
 * The hover card of a glossary term. Props in, callbacks out: the content script mounts it in a
 * shadow root (with `cardCss`), places it with placeCard and handles focus between terms.
 */
export function TermCard({ entry, id = 'tifa-card', occurrence, onClose, onNavigate, hasEntry, speak }: TermCardProps) {
  const say = speak ?? defaultSpeak();
  const spoken = entry.headword.includes('X') && occurrence ? occurrence : entry.headword;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  const when = [entry.year, entry.origin].filter((part) => part !== undefined && part !== '').join(' · ');
  return (
    <div class="card" role="tooltip" id={id} lang="en" onKeyDown={onKeyDown}>
      <header class="head">
        <span class="headword" lang="zh-CN" id={`${id}-headword`}>
          {entry.headword}
        </span>
        <span class="pinyin" lang="zh-Latn-pinyin">
          {entry.pinyin}
        </span>
        <span class="tools">
          {say && (
            <button type="button" class="icon speak" aria-label={`Listen: ${spoken}`} title="Listen" onClick={() => say(spoken)}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" />
              </svg>
            </button>
          )}
          <button type="button" class="icon close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
            ×
          </button>
        </span>
      </header>
      {occurrence && occurrence !== entry.headword && (
        <p class="occurrence">
          On this page: <span lang="zh-CN">{occurrence}</span>
        </p>
      )}
      <p class="english">
        {entry.english}{' '}
        <span class={`kind kind-${entry.englishKind}`} title={KIND_TITLE[entry.englishKind]}>
          {KIND_LABEL[entry.englishKind]}
        </span>
      </p>
      {entry.englishSource && <p class="source">Source: {entry.englishSource}</p>}
      <p class="explanation">{entry.explanation}</p>
      {entry.components && entry.components.length > 0 && (
        <TermList title="Components" items={entry.components} ordered isLink={hasEntry ?? (() => false)} onNavigate={onNavigate} />
      )}
      {when && <p class="origin">{when}</p>}
      {entry.related && entry.related.length > 0 && (
        <TermList title="Related" items={entry.related} ordered={false} isLink={hasEntry ?? (() => true)} onNavigate={onNavigate} />
      )}
    </div>
  );
}
