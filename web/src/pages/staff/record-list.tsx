import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EntityKind } from '@records/kinds.ts';
import { COLLECTION, kindOfCollection } from '../../api/kinds.ts';
import { useListPage, usePlaceNames } from '../../api/list-page.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { InputField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { CursorPager, SortHeading, type Order } from '../../components/pager.tsx';
import { usePaging } from '../../components/use-paging.ts';
import { currentLang } from '../../i18n/index.ts';
import { type AnyRecord, recordLabel } from '../../lib/record-labels.ts';

type Meta = AnyRecord & { version?: number; updatedAt?: string; visibility?: string; kind?: string };
type SortKey = 'name' | 'updated';

const PAGE_SIZE = 50;

export default function RecordListRoute() {
  const { collection } = useParams();
  const kind = kindOfCollection(collection ?? '');
  const { t } = useTranslation();
  if (!kind) return <p role="alert">{t('notFound.title')}</p>;
  // A list of another kind starts afresh: its first page, its own sort.
  return <RecordList key={kind} kind={kind} />;
}

/** A kind's records a page at a time, sorted and searched by the server, so a list of any length opens at once. */
function RecordList({ kind }: { kind: EntityKind }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const paging = usePaging(PAGE_SIZE);
  const [sort, setSort] = useState<{ key: SortKey; order: Order }>({ key: 'name', order: 'asc' });
  const page = useListPage<Meta>(kind, { q: paging.q, sort: sort.key, order: sort.order, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = page.data?.items ?? [];
  const placeIds = kind === 'partnership' ? items.flatMap((r) => [r.placeAId ?? '', r.placeBId ?? '']).filter(Boolean) : [];
  const placeNames = usePlaceNames(placeIds);
  const names = placeNames.data ?? new Map();
  const format = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' });
  const from = paging.from;
  const total = page.data?.total ?? 0;
  const onSort = (next: { key: SortKey; order: Order }) => {
    setSort(next);
    paging.restart();
  };
  const status = page.isLoading
    ? t('common.loading')
    : total
      ? t('list.range', { from, to: from + items.length - 1, total })
      : t('list.none');
  return (
    <div>
      <PageTitle text={t(`kinds.${kind}`)} />
      <div className="table-tools">
        <InputField id="list-search" type="search" label={t('home.search')} value={paging.search} onChange={paging.setSearch} />
        {hasRole(me, 'editor') ? (
          <Link className="button primary" to={`/staff/records/${COLLECTION[kind]}/new`}>
            {t('editor.new', { kind: t(`kinds.${kind}`) })}
          </Link>
        ) : null}
      </div>
      <p role="status" className="muted" aria-busy={page.isFetching}>
        {status}
      </p>
      <DataTable
        scroll
        head={
          <>
            <SortHeading column="name" label={t('table.name')} sort={sort} onSort={onSort} />
            <th scope="col">{t('field.kind')}</th>
            <th scope="col">{t('field.visibility')}</th>
            <SortHeading column="updated" label={t('list.updated')} sort={sort} onSort={onSort} />
            <th scope="col">{t('list.version')}</th>
          </>
        }
        rows={items}
        row={(r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/staff/records/${COLLECTION[kind]}/${r.id}`}>{recordLabel(kind, r, lang, names)}</Link>
            </td>
            <td>{r.kind ? t(`value.${r.kind}`) : ''}</td>
            <td>{r.visibility ? t(`value.${r.visibility}`) : ''}</td>
            <td>{r.updatedAt ? format.format(new Date(r.updatedAt)) : ''}</td>
            <td>{r.version}</td>
          </tr>
        )}
      />
      <CursorPager paging={paging} page={page} shown={items.length} total={total} />
    </div>
  );
}
