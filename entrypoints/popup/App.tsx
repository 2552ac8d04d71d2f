import { useCallback, useEffect, useState } from 'preact/hooks';
import { StatePanel } from '@/components/StatePanel';
import type { TabState } from '@/lib/messaging';
import { askTab, openInTab, targetTabId } from './tab';

type Status = 'loading' | 'ready' | 'error';
const POLL_MS = 400;

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState>();
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState<string>();
  const inTab = new URLSearchParams(location.search).has('tabId');

  const run = useCallback(async (id: number, command: 'getState' | 'annotate' | 'toggle') => {
    try {
      setState(await askTab(id, command));
      setStatus('ready');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    targetTabId(location.search)
      .then((id) => {
        setTabId(id);
        return run(id, 'getState');
      })
      .catch((e: unknown) => {
        setError(String(e));
        setStatus('error');
      });
  }, [run]);

  // Follow the page while it is being annotated.
  useEffect(() => {
    if (tabId === undefined || state?.progress !== 'working') return;
    const timer = setTimeout(() => void run(tabId, 'getState'), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, state, run]);

  return (
    <main class="popup" data-tifa-popup={status} aria-busy={status === 'loading'}>
      <header>
        <h1>
          Tifa <span lang="zh-CN">提法</span>
        </h1>
        <a href="/options.html" target="_blank" class="settings">
          Settings
        </a>
      </header>
      {status === 'loading' && <p class="muted">Reading the page…</p>}
      {status === 'error' && <p class="error">{error}</p>}
      {state && <StatePanel state={state} />}
      {tabId !== undefined && state && (
        <div class="actions">
          <button type="button" data-tifa-action="annotate" onClick={() => void run(tabId, 'annotate')}>
            Annotate this page
          </button>
          <button
            type="button"
            data-tifa-action="toggle"
            aria-pressed={state.annotated}
            onClick={() => void run(tabId, 'toggle')}
          >
            {state.annotated ? 'Turn off' : 'Turn on'}
          </button>
          {!inTab && (
            <button type="button" class="link" onClick={() => openInTab(tabId)}>
              Open in a tab
            </button>
          )}
        </div>
      )}
    </main>
  );
}
