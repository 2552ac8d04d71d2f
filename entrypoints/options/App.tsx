import { useEffect, useState } from 'preact/hooks';
import { DisplaySettings } from '@/components/DisplaySettings';
import { autoAnnotate, display, normalizeDisplay, type Display } from '@/lib/settings';

export function App() {
  const [auto, setAuto] = useState<boolean>();
  const [look, setLook] = useState<Display>();
  useEffect(() => {
    void autoAnnotate.getValue().then(setAuto);
    void display.getValue().then((v) => setLook(normalizeDisplay(v)));
    const offAuto = autoAnnotate.watch((value) => setAuto(value));
    const offLook = display.watch((value) => setLook(normalizeDisplay(value)));
    return () => {
      offAuto();
      offLook();
    };
  }, []);
  return (
    <main class="popup options">
      <h1>
        Tifa <span lang="zh-CN">提法</span> settings
      </h1>
      <section aria-labelledby="when">
        <h2 id="when">When to annotate</h2>
        <label>
          <input
            type="checkbox"
            checked={auto ?? true}
            disabled={auto === undefined}
            onChange={(e) => void autoAnnotate.setValue(e.currentTarget.checked)}
          />{' '}
          Annotate Chinese political news automatically when a page loads
        </label>
        <p class="muted">
          Other Chinese pages are annotated when you press “Annotate this page” in the toolbar popup.
          Everything runs on this computer: Tifa makes no network requests.
        </p>
      </section>
      {look && <DisplaySettings value={look} onChange={(next) => void display.setValue(next)} />}
    </main>
  );
}
