/** Main-thread budget of one slice of work: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/** Gives the main thread back to the page (input, rendering) before going on. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface PostTask {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Runs after whatever the page has queued: a background-priority task where the browser has
 * the Scheduler API. (requestIdleCallback waited up to its whole timeout between chunks on a
 * page that is busy laying out the chunk before.)
 */
export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects when `promise` has not settled within `ms`: a stopped worker must not hang the page. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
