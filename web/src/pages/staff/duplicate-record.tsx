import { useTranslation } from 'react-i18next';
import type { Names } from '@domain/common.ts';
import type { EntityKind } from '@records/kinds.ts';
import { useRecord } from '../../api/queries.ts';
import { currentLang } from '../../i18n/index.ts';
import { countryName, nameIn } from '../../lib/labels.ts';

interface Described {
  names?: Names;
  country?: string | null;
  kind?: string;
  version: number;
  createdAt: string;
}

/**
 * What tells one of a pair of likely duplicates from the other, in words rather than ids: its
 * names in the other languages, its country and kind, and when it was recorded.
 */
export function useRecordDetail(kind: EntityKind, id: string): string {
  const { t } = useTranslation();
  const lang = currentLang();
  const record = useRecord<Described>(kind, id).data;
  if (!record) return '';
  const mine = nameIn(record.names, lang);
  const others = Object.entries(record.names ?? {})
    .filter(([, n]) => n !== mine)
    .map(([, n]) => n);
  const parts = [
    others.length ? others.join(' / ') : null,
    record.country ? countryName(record.country, lang) : null,
    kind === 'place' && record.kind ? t(`placeKind.${record.kind}`, { defaultValue: record.kind }) : null,
    t('duplicates.recorded', { date: record.createdAt.slice(0, 10) }),
  ];
  return parts.filter(Boolean).join(' · ');
}

export function RecordDetail({ kind, id }: { kind: EntityKind; id: string }) {
  const detail = useRecordDetail(kind, id);
  return detail ? <span className="muted">({detail})</span> : null;
}
