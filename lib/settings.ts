import { storage } from '@wxt-dev/storage';
import { DEFAULT_DISPLAY, type Display } from './display';
import { AUTO_ANNOTATE_DEFAULT } from './page-settings';

/** Annotate political news pages as soon as they load. */
export const autoAnnotate = storage.defineItem<boolean>('local:autoAnnotate', {
  fallback: AUTO_ANNOTATE_DEFAULT,
  version: 1,
});

export { DEFAULT_DISPLAY, type Display, normalizeDisplay, SIZE_RANGE } from './display';

export const display = storage.defineItem<Display>('local:display', {
  fallback: DEFAULT_DISPLAY,
  version: 1,
});

/** The popup's language: the browser's, or the reader's choice. */
export const uiLanguage = storage.defineItem<'auto' | 'en' | 'zh'>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});
