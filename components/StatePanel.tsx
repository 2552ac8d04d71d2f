import type { TabState, Verdict } from '@/lib/messaging';

const VERDICTS: Record<Verdict, string> = {
  political: 'Chinese political news',
  chinese: 'Chinese text, not political news',
  none: 'Not a Chinese page',
};

const PROGRESS: Record<TabState['progress'], string> = {
  idle: 'Not annotated',
  working: 'Annotating…',
  done: 'Annotated',
  error: 'Annotation failed',
};

export function StatePanel({ state }: { state: TabState }) {
  return (
    <section class="panel" aria-label="Page">
      <p class={`verdict verdict-${state.verdict}`} data-verdict={state.verdict}>
        {VERDICTS[state.verdict]}
      </p>
      {state.reasons.length > 0 && (
        <ul class="reasons">
          {state.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="progress" aria-live="polite">
        {state.annotated ? `${PROGRESS[state.progress]} · ${state.words} words` : PROGRESS.idle}
      </p>
      {state.error && <p class="error">{state.error}</p>}
    </section>
  );
}
