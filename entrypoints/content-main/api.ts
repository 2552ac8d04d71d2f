import type { TabProtocol } from '@/lib/messaging';
import type { PageSettings } from '@/lib/page-settings';

/** The tab commands, as functions of their data. */
export type TabHandlers = {
  [K in keyof TabProtocol]: (data: Parameters<TabProtocol[K]>[0]) => Promise<ReturnType<TabProtocol[K]>>;
};

/** What the main content script hands the gate once it is loaded. */
export interface ContentMain {
  /** Detects, annotates when the page is political news (and the setting allows), and answers the popup from then on. */
  start(settings: Promise<PageSettings>): TabHandlers;
}

/** Where the main script leaves its entry point: the isolated world both scripts share. */
export const MAIN_GLOBAL = '__tifaContentMain';
