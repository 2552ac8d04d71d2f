import type { ReadResult, Result, TabProtocol } from '@/lib/messaging';
import type { PageSettings } from '@/lib/page-settings';

/** The tab commands, as functions of their data. */
export type TabHandlers = {
  [K in keyof TabProtocol]: (data: Parameters<TabProtocol[K]>[0]) => Promise<ReturnType<TabProtocol[K]>>;
};

/** What the main content script hands the gate once it is loaded. */
export interface ContentMain {
  /** Detects, annotates when the page is political news (and the setting allows), and answers the popup from then on. */
  start(settings: Promise<PageSettings>, early?: EarlyRead): TabHandlers;
}

/** Where the main script leaves its entry point: the isolated world both scripts share. */
export const MAIN_GLOBAL = '__tifaContentMain';

/**
 * The first words of a page, sent to the background by the gate while the main script was still
 * loading: the page's first text groups in document order and the background's answer.
 */
export interface EarlyRead {
  groups: Text[][];
  answer: Promise<Result<ReadResult>>;
}
