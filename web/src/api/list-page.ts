import { useQuery } from '@tanstack/react-query';
import type { Names } from '@domain/common.ts';
import type { EntityKind } from '@records/kinds.ts';
import { api, type Page } from './client.ts';
import { COLLECTION } from './kinds.ts';

export interface ListPageQuery {
  q: string;
  sort: string;
  order: 'asc' | 'desc';
  cursor: string | null;
  limit: number;
  /** The kind's own filters (`kind`, `state`, `follows` …), as the list's query string takes them. */
  filters?: Record<string, string>;
}

/** One page of a kind of record, sorted and filtered by the server, with the count of all that match. */
export function useListPage<T>(kind: EntityKind, query: ListPageQuery) {
  const params = new URLSearchParams({ ...query.filters, limit: String(query.limit), sort: query.sort, order: query.order, count: 'true' });
  if (query.q) params.set('q', query.q);
  if (query.cursor) params.set('cursor', query.cursor);
  return useQuery({
    // Under `all` and the kind, so that whatever refreshes a kind's lists after a write refreshes its pages too.
    queryKey: ['all', kind, 'page', params.toString()],
    queryFn: ({ signal }) => api<Page<T>>(`/api/${COLLECTION[kind]}?${params}`, { signal }),
    placeholderData: (previous) => previous,
  });
}

const IDS_A_REQUEST = 200;

/** The names of the places a page of records names, in one request for every 200 of them. */
export function usePlaceNames(ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  return useQuery({
    queryKey: ['place-names', unique],
    queryFn: async ({ signal }) => {
      const chunks = Array.from({ length: Math.ceil(unique.length / IDS_A_REQUEST) }, (_, i) =>
        unique.slice(i * IDS_A_REQUEST, (i + 1) * IDS_A_REQUEST),
      );
      const pages = await Promise.all(
        chunks.map((chunk) => {
          const params = new URLSearchParams({ ids: chunk.join(','), layer: 'all', limit: String(IDS_A_REQUEST) });
          return api<Page<{ id: string; names: Names }>>(`/api/places?${params}`, { signal });
        }),
      );
      return new Map(pages.flatMap((page) => page.items.map((p) => [p.id, p.names] as const)));
    },
    enabled: unique.length > 0,
    staleTime: 60_000,
  });
}
