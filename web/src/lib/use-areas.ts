import { useQuery } from '@tanstack/react-query';
import type { Area } from '@domain/area.ts';
import { api } from '../api/client.ts';
import type { UiLang } from '../i18n/index.ts';

export function useAreas() {
  const query = useQuery({ queryKey: ['areas'], queryFn: () => api<{ items: Area[] }>('/api/areas'), staleTime: Infinity });
  const byKey = new Map((query.data?.items ?? []).map((a) => [a.key, a]));
  return { areas: query.data?.items ?? [], label: (key: string, lang: UiLang) => byKey.get(key)?.labels[lang] ?? key };
}
