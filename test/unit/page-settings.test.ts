import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_SETTING_KEYS, pageSettings } from '@/lib/page-settings';
import { autoAnnotate, DEFAULT_DISPLAY, display } from '@/lib/settings';

/** What the gate does: one plain read of storage.local, no storage library. */
async function readAsTheGate() {
  return pageSettings(await fakeBrowser.storage.local.get(PAGE_SETTING_KEYS));
}

describe('page settings read by the gate', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readAsTheGate()).toEqual({ auto: true, display: DEFAULT_DISPLAY });
  });

  it('reads what the settings items stored, under the same keys', async () => {
    await autoAnnotate.setValue(false);
    await display.setValue({ ...DEFAULT_DISPLAY, tones: 'zhuyin', toneColors: true, size: 70 });
    expect(await readAsTheGate()).toEqual({
      auto: false,
      display: { ...DEFAULT_DISPLAY, tones: 'zhuyin', toneColors: true, size: 70 },
    });
  });

  it('repairs broken values instead of failing', () => {
    expect(pageSettings({ autoAnnotate: 'yes', display: { size: 1e9, tones: 'x' } })).toEqual({
      auto: true,
      display: { ...DEFAULT_DISPLAY, size: 90 },
    });
  });
});
