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

/** Asks the top frame of a tab; a tab without Tifa's content script gets a plain message. */
export async function askTab(tabId: number, command: Command): Promise<TabState> {
  try {
    return await tabMessenger.sendMessage(command, undefined, { tabId, frameId: 0 });
  } catch {
    throw new Error(
      'Tifa cannot read this tab. Browser pages and the web store are off limits; a page opened before Tifa was installed needs a reload.',
    );
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
