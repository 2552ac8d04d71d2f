import { defineExtensionMessaging } from '@webext-core/messaging';
import type { TermToken } from './glossary/mark';
import type { Summary } from './figures';
import type { GlossaryEntry } from './glossary/types';

/** Failures are values: no exception crosses a context boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Verdict = 'political' | 'chinese' | 'none';
export type Progress = 'idle' | 'working' | 'done' | 'error';

/** What a tab's content script reports about its page. */
export interface TabState {
  verdict: Verdict;
  /** Plain-words reasons behind the verdict, most telling first. */
  reasons: string[];
  progress: Progress;
  /** True while the page shows Tifa's annotation. */
  annotated: boolean;
  /** Annotated words on the page. */
  words: number;
  error?: string;
}

/** The background's answer to `read`. */
export interface ReadResult {
  /** One token list per text: words with pinyin, marked with the glossary terms they belong to. */
  tokens: TermToken[][];
  /** The entries of the terms found, and of their components and related terms. */
  entries: Record<string, GlossaryEntry>;
  /** Read without jieba while the background was starting: the page reads these texts again. */
  provisional?: boolean;
}

/** A glossary term of the page, with how often it occurs. */
export interface TermCount {
  headword: string;
  count: number;
  pinyin: string;
  english: string;
  /** UTF-16 offset of the first occurrence in the summarised text. */
  firstIndex: number;
  /** The first occurrence as the page wrote it. */
  firstText: string;
}

/** What the popup shows of an article: people, key numbers, glossary terms. */
export interface PageSummary extends Summary {
  /** Most frequent first. */
  terms: TermCount[];
}

/** Messages to the background. */
export interface BackgroundProtocol {
  /** Segment and read texts, and find the glossary terms in them. */
  read(texts: string[]): Result<ReadResult>;
  /** The same, answered at once even while the engine starts (then provisional). */
  readSoon(texts: string[]): Result<ReadResult>;
  /** One glossary entry, for a card that opens on a term not yet seen on the page. */
  lookup(headword: string): GlossaryEntry | null;
  /** People, numbers and terms of an article's text. */
  summarize(text: string): Result<PageSummary>;
}

/** Messages to a tab's content script (top frame). */
export interface TabProtocol {
  getState(): TabState;
  /** Annotate now, whatever the verdict. */
  annotate(): TabState;
  /** Revert when annotated, annotate otherwise. */
  toggle(): TabState;
  /** The summary of the page's main text. */
  getSummary(): Result<PageSummary>;
  /** Scrolls to the first place the page shows `text` and highlights it; false when not found. */
  reveal(text: string): boolean;
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const tabMessenger = defineExtensionMessaging<TabProtocol>();
