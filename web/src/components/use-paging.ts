import { useState } from 'react';
import { useDebouncedTask } from './use-debounced.ts';

/**
 * The state of a list read a page at a time: the search as typed, the search the server is asked
 * (once typing pauses), and the cursor of each page reached, the first page's null.
 */
export function usePaging(pageSize: number) {
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const restart = () => setCursors([null]);
  useDebouncedTask(search.trim() === q ? null : search.trim(), 250, () => {
    setQ(search.trim());
    restart();
  });
  return {
    search,
    setSearch,
    q,
    cursor: cursors.at(-1) ?? null,
    /** The number of the page's first record among all that match. */
    from: (cursors.length - 1) * pageSize + 1,
    hasPrevious: cursors.length > 1,
    previous: () => setCursors((c) => c.slice(0, -1)),
    next: (cursor: string | null | undefined) => setCursors((c) => [...c, cursor ?? null]),
    restart,
  };
}
