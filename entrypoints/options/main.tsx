import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { autoAnnotate } from '@/lib/settings';

function Options() {
  const [auto, setAuto] = useState<boolean>();
  useEffect(() => {
    void autoAnnotate.getValue().then(setAuto);
    return autoAnnotate.watch((value) => setAuto(value));
  }, []);
  return (
    <main class="popup">
      <h1>
        Tifa <span lang="zh-CN">提法</span> settings
      </h1>
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
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
