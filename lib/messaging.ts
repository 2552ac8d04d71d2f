import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Token } from './reader';

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

/** Messages to the background. */
export interface BackgroundProtocol {
  /** Segment and read text runs: one token list per run. */
  read(texts: string[]): Result<Token[][]>;
}

/** Messages to a tab's content script (top frame). */
export interface TabProtocol {
  getState(): TabState;
  /** Annotate now, whatever the verdict. */
  annotate(): TabState;
  /** Revert when annotated, annotate otherwise. */
  toggle(): TabState;
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const tabMessenger = defineExtensionMessaging<TabProtocol>();
