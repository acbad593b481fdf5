import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import { useListPage } from '../../api/list-page.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { InputField } from '../../components/fields.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { CursorPager, SortHeading, type Order } from '../../components/pager.tsx';
import { usePaging } from '../../components/use-paging.ts';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';

const PAGE_SIZE = 50;
const VISITS = { kind: 'incoming_visit,outgoing_visit' };
type SortKey = 'date' | 'name';

/** Incoming and outgoing visits, newest first, a page at a time and searched by the server. */
export default function VisitList() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const paging = usePaging(PAGE_SIZE);
  const [sort, setSort] = useState<{ key: SortKey; order: Order }>({ key: 'date', order: 'desc' });
  const page = useListPage<RegistryEvent>('event', {
    q: paging.q,
    sort: sort.key,
    order: sort.order,
    cursor: paging.cursor,
    limit: PAGE_SIZE,
    filters: VISITS,
  });
  const visits = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const to = paging.from + visits.length - 1;
  const onSort = (next: { key: SortKey; order: Order }) => {
    setSort(next);
    paging.restart();
  };
  return (
    <div>
      <PageTitle text={t('visits.title')} sub={t('visits.intro')} />
      <div className="table-tools">
        <InputField id="visit-search" type="search" label={t('home.search')} value={paging.search} onChange={paging.setSearch} />
        {hasRole(me, 'editor') ? (
          <Link className="button primary" to="/staff/visits/new">
            {t('visits.new')}
          </Link>
        ) : null}
      </div>
      <QueryState loading={false} error={page.error} />
      <p role="status" className="muted" aria-busy={page.isFetching}>
        {page.isLoading ? t('common.loading') : total ? t('visits.range', { from: paging.from, to, total }) : t('visits.none')}
      </p>
      <DataTable
        head={
          <>
            <SortHeading column="date" label={t('table.date')} sort={sort} onSort={onSort} />
            <SortHeading column="name" label={t('table.name')} sort={sort} onSort={onSort} />
            <th scope="col">{t('field.kind')}</th>
            <th scope="col">{t('visits.stops')}</th>
          </>
        }
        rows={visits}
        row={(v) => (
          <tr key={v.id}>
            <td>{v.start ? dateText(v.start, lang) : t('common.unknownDate')}</td>
            <td>
              <Link to={`/staff/visits/${v.id}`}>{nameIn(v.titles, lang)}</Link>
            </td>
            <td>{t(`eventKind.${v.kind}`)}</td>
            <td>{v.itinerary.length}</td>
          </tr>
        )}
      />
      <CursorPager paging={paging} page={page} shown={visits.length} total={total} />
    </div>
  );
}
