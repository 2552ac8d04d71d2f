import { storage } from '@wxt-dev/storage';

/** Annotate political news pages as soon as they load. */
export const autoAnnotate = storage.defineItem<boolean>('local:autoAnnotate', {
  fallback: true,
  version: 1,
});
