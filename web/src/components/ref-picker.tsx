import { useTranslation } from 'react-i18next';
import type { Names } from '@domain/common.ts';
import type { EntityKind } from '@records/kinds.ts';
import { useListPage, usePlaceNames } from '../api/list-page.ts';
import { currentLang } from '../i18n/index.ts';
import { type AnyRecord, recordLabel, tiePlaceIds, useLabelsOf } from '../lib/record-labels.ts';
import { usePaging } from './use-paging.ts';

interface RefPickerProps {
  id: string;
  kind: EntityKind;
  value: string | null;
  onChange(value: string | null): void;
  required?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

/** As many matches as a picker lists: more are found by typing more of the name. */
const MATCHES = 50;

/**
 * Chooses a record of one kind by its name. The server answers with the first page of the records
 * whose names match what is typed in the search box (every record of the kind while it is empty);
 * the choice stays listed whatever the search. The list announces the search it answers in
 * `data-query`, and is busy while it asks.
 */
export function RefPicker({ id, kind, value, onChange, required, describedBy, invalid }: RefPickerProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const paging = usePaging(MATCHES);
  const page = useListPage<AnyRecord>(kind, { q: paging.q, sort: 'name', order: 'asc', cursor: null, limit: MATCHES });
  const items = page.data?.items ?? [];
  const placeNames = usePlaceNames(tiePlaceIds(kind, items)).data ?? new Map<string, Names>();
  const chosen = useLabelsOf(kind, value && !items.some((r) => r.id === value) ? [value] : []);
  const options = items.map((r) => ({ id: r.id, label: recordLabel(kind, r, lang, placeNames) }));
  const total = page.data?.total ?? 0;
  const noteId = `${id}-matches`;
  const note = page.data && total > items.length ? t('picker.more', { shown: items.length, total }) : null;
  return (
    <span className="ref-picker">
      <input
        type="search"
        aria-label={t('picker.search', { kind: t(`kinds.${kind}`) })}
        aria-controls={id}
        value={paging.search}
        onChange={(e) => paging.setSearch(e.target.value)}
      />
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        aria-describedby={[describedBy, note ? noteId : null].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
        aria-busy={page.isFetching || undefined}
        data-query={page.data && !page.isPlaceholderData ? paging.q : undefined}
      >
        <option value="">{required ? t('form.choose') : t('form.none')}</option>
        {value && !options.some((o) => o.id === value) ? <option value={value}>{chosen.get(value)?.label ?? value}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {note ? (
        <span id={noteId} className="muted small">
          {note}
        </span>
      ) : null}
    </span>
  );
}
