import type { EntityKind } from '@records/kinds.ts';
import type { Names, LocalizedText } from '@domain/common.ts';
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api/client.ts';
import { COLLECTION } from '../api/kinds.ts';
import { usePlaceNames } from '../api/list-page.ts';
import { currentLang, type UiLang } from '../i18n/index.ts';
import { dateText, nameIn } from './labels.ts';

export type AnyRecord = {
  id: string;
  names?: Names;
  titles?: LocalizedText;
  title?: string;
  placeAId?: string;
  placeBId?: string;
  asOf?: string;
  email?: string;
};

/** A record's name for lists and pickers: its name, title, the two places of a tie, or the date of a figure. */
export function recordLabel(kind: EntityKind, record: AnyRecord, lang: UiLang, placeNames: Map<string, Names>): string {
  if (record.names) return nameIn(record.names, lang);
  if (record.titles) return nameIn(record.titles, lang);
  if (record.title) return record.title;
  if (kind === 'partnership') {
    const a = placeNames.get(record.placeAId ?? '');
    const b = placeNames.get(record.placeBId ?? '');
    return `${a ? nameIn(a, lang) : record.placeAId} — ${b ? nameIn(b, lang) : record.placeBId}`;
  }
  if (kind === 'figure' && record.asOf) return dateText(record.asOf, lang);
  return record.id;
}

/** The places a tie's label names, for ties among `records`. */
export function tiePlaceIds(kind: EntityKind, records: readonly AnyRecord[]): string[] {
  return kind === 'partnership' ? records.flatMap((r) => [r.placeAId ?? '', r.placeBId ?? '']).filter(Boolean) : [];
}

/** The labels of the records of a kind named by id (up to 200), in one request, and one more for a tie's places. */
export function useLabelsOf(kind: EntityKind, ids: readonly string[]) {
  const lang = currentLang();
  const unique = [...new Set(ids.filter(Boolean))].sort().slice(0, 200);
  const records = useQuery({
    queryKey: ['all', kind, 'ids', unique],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ ids: unique.join(','), limit: '200' });
      return api<Page<AnyRecord>>(`/api/${COLLECTION[kind]}?${params}`, { signal });
    },
    enabled: unique.length > 0,
  });
  const items = records.data?.items ?? [];
  const places = usePlaceNames(tiePlaceIds(kind, items));
  const placeNames = places.data ?? new Map<string, Names>();
  return new Map(items.map((r) => [r.id, { label: recordLabel(kind, r, lang, placeNames), record: r }]));
}
