import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTINENTS, type Continent } from '@domain/countries.ts';
import type { Names } from '@domain/common.ts';
import { DIMENSIONS } from '@domain/health.ts';
import {
  COUNTED_STATUSES,
  PARTNERSHIP_TYPES,
  type Partnership,
  type PartnershipStatus,
  type PartnershipType,
} from '@records/partnership/partnership.schema.ts';
import { useHealthRanking, type HealthRow } from '../../../api/office.ts';
import { useListPage, usePlaceNames } from '../../../api/list-page.ts';
import { useSite } from '../../../api/queries.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { CheckField, InputField, SelectField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { Pager, CursorPager, SortHeading, type Order } from '../../../components/pager.tsx';
import { usePaging } from '../../../components/use-paging.ts';
import { currentLang } from '../../../i18n/index.ts';
import { countryName, dateText, nameIn, TYPE_COLORS } from '../../../lib/labels.ts';
import { Drawer, StatusChange } from './health-drawer.tsx';
import { TieHistory } from './tie-status.tsx';

const COUNTED = [...COUNTED_STATUSES];

/** The orders a list of stopped ties can take, each as the list's sort on the server. */
const STOPPED_ORDERS = {
  'since-asc': { sort: 'date', order: 'asc' },
  'since-desc': { sort: 'date', order: 'desc' },
  'changed-desc': { sort: 'updated', order: 'desc' },
} as const;
type StoppedOrder = keyof typeof STOPPED_ORDERS;
const STOPPED_PAGE = 20;

/** The suspended or the ended ties, a page at a time from the server, each with its history and a way back. */
function StoppedList({ status, announce }: { status: 'suspended' | 'ended'; announce(text: string): void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const paging = usePaging(STOPPED_PAGE);
  const [order, setOrder] = useState<StoppedOrder>('since-asc');
  const page = useListPage<Partnership>('partnership', {
    q: paging.q,
    ...STOPPED_ORDERS[order],
    cursor: paging.cursor,
    limit: STOPPED_PAGE,
    filters: { status },
  });
  const ties = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const places = usePlaceNames(ties.flatMap((tie) => [tie.placeAId, tie.placeBId]));
  const names = places.data ?? new Map<string, Names>();
  const title = t(`office.health.${status}Title`);
  const headingId = `stopped-${status}-h`;
  return (
    <section aria-labelledby={headingId} className="stopped-list">
      <h3 id={headingId}>{title}</h3>
      {/* biome-ignore lint/a11y/useSemanticElements: a search and an order that apply as they change, not part of a form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div className="filters" role="group" aria-label={t('office.health.stoppedTools', { list: title })}>
        <InputField
          id={`stopped-${status}-search`}
          type="search"
          label={t('office.health.stoppedSearch')}
          value={paging.search}
          onChange={paging.setSearch}
        />
        <SelectField
          id={`stopped-${status}-order`}
          label={t('office.health.stoppedOrder')}
          value={order}
          onChange={(next) => {
            setOrder(next);
            paging.restart();
          }}
          options={Object.keys(STOPPED_ORDERS) as StoppedOrder[]}
          optionLabel={(o) => t(`office.health.stoppedBy.${o}`)}
        />
      </div>
      <QueryState loading={page.isLoading} error={page.error} />
      {page.data && !ties.length ? <p className="muted">{t('office.health.noneStopped')}</p> : null}
      <ul className="stopped" aria-busy={page.isFetching}>
        {ties.map((tie) => {
          const name = `${nameIn(names.get(tie.placeAId), lang)} — ${nameIn(names.get(tie.placeBId), lang)}`;
          return (
            <li key={tie.id}>
              <h4>
                <Link to={`/staff/records/partnerships/${tie.id}`}>{name}</Link> <span className="chip">{t(`status.${tie.status}`)}</span>
              </h4>
              <TieHistory tie={tie} />
              <StatusChange partnershipId={tie.id} status={tie.status} name={name} announce={announce} />
            </li>
          );
        })}
      </ul>
      <CursorPager label={t('office.health.stoppedPages', { list: title })} paging={paging} page={page} shown={ties.length} total={total} />
    </section>
  );
}

/** Ties that are suspended or ended: out of the ranking, each list paged on its own. */
function Stopped({ announce }: { announce(text: string): void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="stopped-h" className="panel">
      <h2 id="stopped-h">{t('office.health.stopped')}</h2>
      <p className="muted">{t('office.health.stoppedIntro')}</p>
      <StoppedList status="suspended" announce={announce} />
      <StoppedList status="ended" announce={announce} />
    </section>
  );
}

type SortKey = 'rank' | 'name' | 'since' | 'lastContact';
const PAGE_SIZE = 50;

/** The ties ranked by health as a compact table a page at a time, ranked, filtered and sorted by the server; a tie's details open beside it. */
export default function HealthPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const site = useSite();
  const [type, setType] = useState<PartnershipType | ''>('');
  const [status, setStatus] = useState<PartnershipStatus | ''>('');
  const [continent, setContinent] = useState<Continent | ''>('');
  const [dormantOnly, setDormantOnly] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; order: Order }>({ key: 'rank', order: 'asc' });
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<HealthRow | null>(null);
  // A change of status moves the tie out of its list, and its form with it: the page says what changed.
  const [changed, setChanged] = useState<string | null>(null);
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };
  const health = useHealthRanking(site.data?.home?.id, {
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    ...(continent ? { continent } : {}),
    ...(dormantOnly ? { dormant: 'true' } : {}),
    sort: sort.key,
    order: sort.order,
    offset: String(offset),
    limit: String(PAGE_SIZE),
  });
  const ties = health.data?.items ?? [];
  const total = health.data?.total ?? 0;
  const onSort = (next: { key: SortKey; order: Order }) => {
    setSort(next);
    setOffset(0);
  };
  return (
    <div className="office health-page">
      <PageTitle text={t('office.health.title')} sub={t('office.health.intro')} />
      <details className="panel">
        <summary>{t('office.health.howTitle')}</summary>
        <ul>
          {DIMENSIONS.map((d) => (
            <li key={d}>
              <strong>{t(`office.health.dim.${d}`)}</strong>: {t(`office.health.about.${d}`)}
            </li>
          ))}
        </ul>
        <p className="muted">{t('office.health.howSettings')}</p>
      </details>
      {/* biome-ignore lint/a11y/useSemanticElements: filters that apply as they change, not part of a form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div className="filters" role="group" aria-label={t('office.health.filters')}>
        <SelectField
          id="h-type"
          label={t('office.health.type')}
          value={type}
          onChange={filtered(setType)}
          all={t('common.all')}
          options={PARTNERSHIP_TYPES}
          optionLabel={(ty) => t(`type.${ty}`)}
        />
        <SelectField
          id="h-status"
          label={t('office.health.status')}
          value={status}
          onChange={filtered(setStatus)}
          all={t('common.all')}
          options={COUNTED}
          optionLabel={(s) => t(`status.${s}`)}
        />
        <SelectField
          id="h-continent"
          label={t('office.health.continent')}
          value={continent}
          onChange={filtered(setContinent)}
          all={t('common.all')}
          options={CONTINENTS}
          optionLabel={(c) => t(`continent.${c}`)}
        />
        <CheckField id="h-dormant" label={t('office.health.dormantOnly')} checked={dormantOnly} onChange={filtered(setDormantOnly)} />
      </div>
      <QueryState loading={site.isLoading || health.isLoading} error={health.error} />
      {health.data ? (
        <p role="status" className="muted">
          {t('office.health.count', { count: total })}
          {health.data.average !== null ? ` ${t('office.health.average', { score: health.data.average })}` : ''}
          {` ${t('office.health.asOf', { date: dateText(new Date().toISOString().slice(0, 10), lang) })}`}
        </p>
      ) : null}
      {changed ? (
        <p role="status" className="ok">
          {changed}
        </p>
      ) : null}
      <DataTable
        scroll
        className="health-table"
        caption={t('office.health.tableCaption')}
        hideCaption
        rows={ties}
        head={
          <>
            <SortHeading column="rank" label={t('office.health.rankHeading')} sort={sort} onSort={onSort} />
            <SortHeading column="name" label={t('table.name')} sort={sort} onSort={onSort} />
            <th scope="col">{t('table.type')}</th>
            <th scope="col">{t('office.health.status')}</th>
            <SortHeading column="since" label={t('table.since')} sort={sort} onSort={onSort} />
            <SortHeading column="lastContact" label={t('office.health.lastContactHeading')} sort={sort} onSort={onSort} />
          </>
        }
        row={(tie) => {
          const name = nameIn(tie.partner.names, lang);
          return (
            <tr key={tie.partnershipId}>
              <td>
                <meter
                  min={0}
                  max={100}
                  low={34}
                  high={67}
                  optimum={100}
                  value={tie.score}
                  aria-label={t('office.health.scoreOf', { name })}
                />{' '}
                {tie.score} <span className="muted">#{tie.rank}</span>
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => setOpen(tie)}>
                  {name}
                </button>{' '}
                <span className="muted">{countryName(tie.partner.country, lang)}</span>
                {tie.goingDormant ? <span className="chip warn">{t('office.health.goingDormant')}</span> : null}
              </th>
              <td>
                <span className="swatch" style={{ background: TYPE_COLORS[tie.type as keyof typeof TYPE_COLORS] }} />
                {t(`type.${tie.type}`)}
              </td>
              <td>{t(`status.${tie.status}`)}</td>
              <td>{tie.established ? dateText(tie.established, lang) : ''}</td>
              <td>{tie.lastContact ? dateText(tie.lastContact, lang) : t('office.health.noContactShort')}</td>
            </tr>
          );
        }}
      />
      <Pager
        from={offset + 1}
        to={offset + ties.length}
        total={total}
        hasPrevious={offset > 0}
        hasNext={health.data?.nextOffset != null}
        busy={health.isFetching}
        onPrevious={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        onNext={() => setOffset(health.data?.nextOffset ?? offset)}
      />
      {open ? (
        <Drawer
          tie={open}
          onClose={() => setOpen(null)}
          announce={(text) => {
            // The tie has left the ranking: the drawer closes and the page says what changed.
            setChanged(text);
            setOpen(null);
          }}
        />
      ) : null}
      <Stopped announce={setChanged} />
    </div>
  );
}
