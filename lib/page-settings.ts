import { type Display, normalizeDisplay } from './display';

/**
 * The settings a page needs when it loads, by their keys in `storage.local` (the items
 * `local:autoAnnotate` and `local:display` of settings.ts). The gate reads them with one plain
 * call while the main script is still loading, without the storage library.
 */
export const PAGE_SETTING_KEYS = ['autoAnnotate', 'display'];

/** Political news is annotated on load unless the reader turned it off. */
export const AUTO_ANNOTATE_DEFAULT = true;

export interface PageSettings {
  auto: boolean;
  display: Display;
}

/** Stored values made into settings: anything missing or broken takes its default. */
export function pageSettings(stored: Record<string, unknown>): PageSettings {
  return {
    auto: typeof stored.autoAnnotate === 'boolean' ? stored.autoAnnotate : AUTO_ANNOTATE_DEFAULT,
    display: normalizeDisplay(stored.display),
  };
}
