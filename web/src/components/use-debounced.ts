import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Runs `task` once `key` has stayed the same for `delay` ms: a request made as the user types
 * waits for a pause. The signal aborts when the key changes again or the component goes away, so
 * a late answer to an old key is dropped. A null key runs nothing.
 */
export function useDebouncedTask(key: string | null, delay: number, task: (signal: AbortSignal) => void): void {
  const latest = useRef(task);
  useLayoutEffect(() => {
    latest.current = task;
  });
  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    const timer = setTimeout(() => latest.current(abort.signal), delay);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, delay]);
}
