import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at the size it has, for a process that stays up (the server).
 * V8 doubles the young generation whenever much of it survives a collection, up to 32 MB (two
 * 16 MB semi-spaces), and keeps it at that size for good: a server at rest would hold that much
 * for a generation it rarely fills. `--max-semi-space-size` is read only when the heap is made,
 * before any of Amity runs; the growth factor is read at every growth, so a factor of 1 stops
 * the growth from here on. V8 raises the factor back to 2 (its least) whenever an isolate
 * starts, a worker thread's too, so it is set again once each worker thread is running.
 */
export function keepYoungGenerationSmall(): void {
  const keep = () => setFlagsFromString('--semi-space-growth-factor=1');
  keep();
  process.on('worker', (worker) => worker.once('online', keep));
}
