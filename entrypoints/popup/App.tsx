import { useCallback, useEffect, useState } from 'preact/hooks';
import { StatePanel } from '@/components/StatePanel';
import { SummaryPanel } from '@/components/SummaryPanel';
import { toCsv, toMarkdown } from '@/lib/figures/export';
import { languageFor, strings, type Language } from '@/lib/i18n';
import type { PageSummary, TabState } from '@/lib/messaging';
import { uiLanguage } from '@/lib/settings';
import { askTab, openInTab, revealInTab, summaryOf, TabUnreachable, targetTabId } from './tab';

type Status = 'loading' | 'ready' | 'error';
type Command = 'getState' | 'annotate' | 'toggle';
const POLL_MS = 400;

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState>();
  const [summary, setSummary] = useState<PageSummary>();
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState<string>();
  const [language, setLanguage] = useState<Language>(languageFor(navigator.language));
  const [copied, setCopied] = useState<string>();
  const inTab = new URLSearchParams(location.search).has('tabId');
  const t = strings(language);

  const fail = (e: unknown) => {
    setError(e instanceof TabUnreachable ? t.unreachable : e instanceof Error ? e.message : String(e));
    setStatus('error');
  };
  const run = useCallback(async (id: number, command: Command) => {
    try {
      setState(await askTab(id, command));
    } catch (e) {
      fail(e);
    }
  }, []);

  useEffect(() => {
    void uiLanguage.getValue().then((saved) => saved !== 'auto' && setLanguage(saved));
    targetTabId(location.search)
      .then(async (id) => {
        setTabId(id);
        setState(await askTab(id, 'getState'));
        const result = await summaryOf(id);
        if (!result.ok) throw new Error(result.error);
        setSummary(result.value);
        setStatus('ready');
      })
      .catch(fail);
  }, []);

  // Follow the page while it is being annotated.
  useEffect(() => {
    if (tabId === undefined || state?.progress !== 'working') return;
    const timer = setTimeout(() => void run(tabId, 'getState'), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, state, run]);

  const copy = async (label: string, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(label);
    setTimeout(() => setCopied(undefined), 1500);
  };
  const switchLanguage = () => {
    const next = language === 'en' ? 'zh' : 'en';
    setLanguage(next);
    void uiLanguage.setValue(next);
  };

  return (
    <main class="popup" data-tifa-popup={status} aria-busy={status === 'loading'} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>
          Tifa <span lang="zh-CN">提法</span>
        </h1>
        <span class="header-tools">
          <button type="button" class="link" onClick={switchLanguage} aria-label={t.languageLabel}>
            {t.language}
          </button>
          <a href="/options.html" target="_blank" class="settings">
            {t.settings}
          </a>
        </span>
      </header>
      {status === 'loading' && <p class="muted">{t.loading}</p>}
      {status === 'error' && <p class="error">{error}</p>}
      {state && <StatePanel state={state} t={t} />}
      {tabId !== undefined && state && (
        <div class="actions">
          <button type="button" data-tifa-action="annotate" onClick={() => void run(tabId, 'annotate')}>
            {state.annotated ? t.annotateAgain : t.annotate}
          </button>
          <button type="button" data-tifa-action="toggle" aria-pressed={state.annotated} onClick={() => void run(tabId, 'toggle')}>
            {state.annotated ? t.turnOff : t.turnOn}
          </button>
          {!inTab && (
            <button type="button" class="link" onClick={() => openInTab(tabId)}>
              {t.openInTab}
            </button>
          )}
        </div>
      )}
      {tabId !== undefined && summary && (
        <>
          <SummaryPanel summary={summary} t={t} onReveal={(text) => void revealInTab(tabId, text)} />
          <div class="actions">
            <button type="button" onClick={() => void copy('md', toMarkdown(summary))}>
              {copied === 'md' ? t.copied : t.copyMarkdown}
            </button>
            <button type="button" onClick={() => void copy('csv', toCsv(summary))}>
              {copied === 'csv' ? t.copied : t.copyCsv}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
