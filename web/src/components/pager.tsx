import { useTranslation } from 'react-i18next';
import type { usePaging } from './use-paging.ts';

export type Order = 'asc' | 'desc';

/** A column heading that sorts by its column: a first press ascending, a second the other way. */
export function SortHeading<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: { key: K; order: Order };
  onSort(next: { key: K; order: Order }): void;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key: column, order: active && sort.order === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** Previous and next page, with where the page stands among all that match; `label` names it where a page has more than one. */
export function Pager({
  label,
  from,
  to,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  busy,
}: {
  label?: string;
  from: number;
  to: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={label ?? t('pager.label')}>
      <button type="button" disabled={!hasPrevious || busy} onClick={onPrevious}>
        {t('pager.previous')}
      </button>
      <span>{total ? t('pager.range', { from, to, total }) : ''}</span>
      <button type="button" disabled={!hasNext || busy} onClick={onNext}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

/**
 * The pager of a list read a cursor at a time (`usePaging` and a page query): from where the
 * paging stands, the page's `shown` records and the server's next cursor.
 */
export function CursorPager({
  label,
  paging,
  page,
  shown,
  total,
}: {
  label?: string;
  paging: ReturnType<typeof usePaging>;
  page: { data?: { nextCursor?: string | null }; isFetching: boolean };
  shown: number;
  total: number;
}) {
  return (
    <Pager
      label={label}
      from={paging.from}
      to={paging.from + shown - 1}
      total={total}
      hasPrevious={paging.hasPrevious}
      hasNext={Boolean(page.data?.nextCursor)}
      busy={page.isFetching}
      onPrevious={paging.previous}
      onNext={() => paging.next(page.data?.nextCursor)}
    />
  );
}
