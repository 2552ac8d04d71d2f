/** What the shared flows need from a browser, so one set of flows runs in Chromium and Firefox. */
export interface Tab {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** Moves the real pointer over the element. */
  hover(selector: string): Promise<void>;
  /** Presses a key on the real keyboard (Escape, Tab…). */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  /** Opens a web page in a new tab and waits for its load event. */
  open(url: string): Promise<Tab>;
  /** Opens Tifa's popup for `tab` (popup.html?tabId=N). */
  popupFor(tab: Tab): Promise<Tab>;
  close(): Promise<void>;
}

/** Polls `probe` in the tab until `ok` holds; fails with the last value seen. */
export async function waitFor<R>(
  tab: Tab,
  probe: () => R | Promise<R>,
  ok: (value: R) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let last: R | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await tab.evaluate(probe);
      if (ok(last)) return last;
    } catch (e) {
      error = e; // the page may be navigating
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)} ${error ? String(error) : ''}`);
}
