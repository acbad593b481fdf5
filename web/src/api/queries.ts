import { type InvalidateQueryFilters, type QueryClient, useQuery } from '@tanstack/react-query';
import type { Citation } from '@domain/citation.ts';
import type { EntityKind } from '@records/kinds.ts';
import type { Dashboard, Site, StatsFigures, StatsPartners } from '@contract/stats.ts';
import { api, listAll } from './client.ts';
import { COLLECTION } from './kinds.ts';

export type { StatsFigures, StatsPartners, Dashboard, Site };

/**
 * Asks again for what a write may have changed. A query still waiting for its first answer is
 * cancelled first: invalidating alone would keep that request, sent before the write, and show
 * the page as it was (a merge undone while the duplicates were loading kept the pair hidden).
 */
export async function refetchAfterWrite(client: QueryClient, filters: InvalidateQueryFilters = {}): Promise<void> {
  await client.cancelQueries(filters);
  await client.invalidateQueries(filters);
}

export const useSite = () => useQuery({ queryKey: ['site'], queryFn: () => api<Site>('/api/site'), staleTime: Infinity });

export function useStats(homeId: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: ['stats', homeId, asOf ?? 'today'],
    queryFn: () => api<StatsFigures>(`/api/stats?${new URLSearchParams({ home: homeId!, ...(asOf ? { asOf } : {}) })}`),
    enabled: Boolean(homeId),
    placeholderData: (previous) => previous,
  });
}

/** Every partner the home place counts on the day, by name. */
export function useStatsPartners(homeId: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: ['stats-partners', homeId, asOf ?? 'today'],
    queryFn: () => api<StatsPartners>(`/api/stats/partners?${new URLSearchParams({ home: homeId!, ...(asOf ? { asOf } : {}) })}`),
    enabled: Boolean(homeId),
    placeholderData: (previous) => previous,
  });
}

export type WithCitations<T> = T & { citations: Citation[] };

export function useRecord<T>(kind: EntityKind, id: string | undefined) {
  return useQuery({
    queryKey: ['record', kind, id],
    queryFn: () => api<WithCitations<T>>(`/api/${COLLECTION[kind]}/${id}`),
    enabled: Boolean(id),
  });
}

/** Several records of one kind by id, for the names a page shows. */
export function useRecords<T>(kind: EntityKind, ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  return useQuery({
    queryKey: ['records', kind, unique],
    queryFn: async () => {
      const found = new Map<string, WithCitations<T>>();
      await Promise.all(
        unique.map(async (id) => {
          const record = await api<WithCitations<T>>(`/api/${COLLECTION[kind]}/${id}`).catch(() => null);
          if (record) found.set(id, record);
        }),
      );
      return found;
    },
    enabled: unique.length > 0,
  });
}

export function useAll<T>(kind: EntityKind, params: Record<string, string> = {}, enabled = true) {
  return useQuery({
    queryKey: ['all', kind, params],
    queryFn: () => listAll<T>(COLLECTION[kind], params),
    enabled,
  });
}

export function useDashboard(homeId: string | undefined) {
  return useQuery({
    queryKey: ['dashboard', homeId],
    queryFn: () => api<Dashboard>(`/api/dashboard?home=${homeId}`),
    enabled: Boolean(homeId),
  });
}
