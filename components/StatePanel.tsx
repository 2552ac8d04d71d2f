import { strings, type Strings } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging';

/** The page's verdict with its reasons, and how far annotation got. */
export function StatePanel({ state, t }: { state: TabState; t: Strings }) {
  // The detector opens its reasons with the verdict in words; the heading already says it.
  const verdicts = Object.values(strings('en').verdict) as string[];
  const reasons = state.reasons.filter((reason) => !verdicts.includes(reason));
  return (
    <section class="panel" aria-label="Page">
      <p class={`verdict verdict-${state.verdict}`} data-verdict={state.verdict}>
        {t.verdict[state.verdict]}
      </p>
      {reasons.length > 0 && (
        <ul class="reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="progress" aria-live="polite">
        {state.annotated ? `${t.progress[state.progress]} · ${t.words(state.words)}` : t.progress.idle}
      </p>
      {state.error && <p class="error">{state.error}</p>}
    </section>
  );
}
