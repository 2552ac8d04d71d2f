import { tabMessenger, type PageSummary, type Result, type TabState } from '@/lib/messaging';

/** The tab the popup describes: `?tabId=N` when opened in a tab, else the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

type Command = 'getState' | 'annotate' | 'toggle';

/** Nothing in the tab answers: a page Tifa leaves alone, a browser page, or a page from before the install. */
export class TabUnreachable extends Error {}

/**
 * Asks the top frame of a tab. A page that is still loading starts listening when it is parsed,
 * so an unanswered question is asked again a couple of times before the tab counts as unreachable.
 */
export async function askTab(tabId: number, command: Command): Promise<TabState> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await tabMessenger.sendMessage(command, undefined, { tabId, frameId: 0 });
    } catch (error) {
      if (attempt >= 2) throw new TabUnreachable(String(error));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

export function openInTab(tabId: number): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
}

/** The page's summary; a failure is a value, so the popup can show it. */
export async function summaryOf(tabId: number): Promise<Result<PageSummary>> {
  try {
    return await tabMessenger.sendMessage('getSummary', undefined, { tabId, frameId: 0 });
  } catch (error) {
    return { ok: false, error: `No summary: ${String(error)}` };
  }
}

export async function revealInTab(tabId: number, text: string): Promise<void> {
  await tabMessenger.sendMessage('reveal', text, { tabId, frameId: 0 }).catch(() => false);
}
