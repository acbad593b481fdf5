import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
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
import { useHealthRanking, type HealthRow, type TieHealth } from '../../../api/office.ts';
import { usePlaceNames } from '../../../api/list-page.ts';
import { useAll, useSite } from '../../../api/queries.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { CheckField, SelectField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { Pager, SortHeading, type Order } from '../../../components/pager.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { countryName, dateText, nameIn, TYPE_COLORS } from '../../../lib/labels.ts';
import { TieHistory, TieStatusForm } from './tie-status.tsx';

// ECharts, as on the dashboard: loaded only when a chart is drawn.
const Chart = lazy(() => import('../charts.tsx'));

type Dimension = TieHealth['dimensions'][number];
const COUNTED = [...COUNTED_STATUSES];

/** One dimension's explanation in the reader's language, from the facts measured. */
function useExplain() {
  const { t } = useTranslation();
  const lang = currentLang();
  return (d: Dimension) => {
    const f = d.facts ?? {};
    if (d.dimension === 'length')
      return f.since
        ? t('office.health.explain.length', { years: f.years, since: dateText(String(f.since), lang) })
        : t('office.health.explain.lengthUnknown');
    return t(`office.health.explain.${d.dimension}`, { ...f });
  };
}

function ActivityChart({ tie, label }: { tie: TieHealth; label: string }) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const counts = new Map(tie.activity.map((a) => [a.year, a.events]));
    const thisYear = new Date().getFullYear();
    const first = Math.min(
      tie.activity[0]?.year ?? thisYear,
      tie.established ? Number(tie.established.slice(0, 4)) : thisYear,
      thisYear - 4,
    );
    const years = Array.from({ length: thisYear - first + 1 }, (_, i) => first + i);
    return {
      categories: years.map(String),
      series: [
        {
          name: t('office.health.events'),
          values: years.map((y) => counts.get(y) ?? 0),
          color: TYPE_COLORS[tie.type as keyof typeof TYPE_COLORS] ?? '#1f5fa8',
        },
      ],
    };
  }, [tie, t]);
  return <Chart kind="bar" categories={data.categories} series={data.series} label={label} height={180} />;
}

/** For editors, a tie's change of status, folded away under its name; `announce` says what changed. */
function StatusChange({
  partnershipId,
  status,
  name,
  announce,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  name: string;
  announce(text: string): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!hasRole(me, 'editor')) return null;
  return (
    <details>
      <summary>{t('office.status.changeFor', { name })}</summary>
      <TieStatusForm partnershipId={partnershipId} status={status} label={t('office.status.formFor', { name })} announce={announce} />
    </details>
  );
}

/** A tie's health in full: its figures, the breakdown by dimension, its activity and, for editors, a change of status. */
function TieDetails({ tie, announce }: { tie: HealthRow; announce(text: string): void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const explain = useExplain();
  const name = nameIn(tie.partner.names, lang);
  const total = tie.activity.reduce((n, a) => n + a.events, 0);
  return (
    <>
      <p className="health-score">
        <meter min={0} max={100} low={34} high={67} optimum={100} value={tie.score} aria-label={t('office.health.scoreOf', { name })} />{' '}
        <strong>{t('office.health.score', { score: tie.score })}</strong>
        <span className="muted">{t('office.health.rank', { rank: tie.rank })}</span>
      </p>
      <p className="chips-line">
        <span className="chip">
          <span className="swatch" style={{ background: TYPE_COLORS[tie.type as keyof typeof TYPE_COLORS] }} />
          {t(`type.${tie.type}`)}
        </span>
        <span className="chip">{t(`status.${tie.status}`)}</span>
        {tie.established ? <span className="chip">{t('office.health.since', { date: dateText(tie.established, lang) })}</span> : null}
        <span className="chip">
          {tie.lastContact ? t('office.health.lastContact', { date: dateText(tie.lastContact, lang) }) : t('office.health.noContact')}
        </span>
        {tie.goingDormant ? <span className="chip warn">{t('office.health.goingDormant')}</span> : null}
      </p>
      <p>
        <Link to={`/partners/${tie.partner.id}`}>{t('office.health.partnerPage', { name })}</Link>
      </p>
      <DataTable
        className="breakdown"
        caption={t('office.health.breakdownOf', { name })}
        rows={tie.dimensions}
        columns={[t('office.health.dimension'), t('office.health.points'), t('office.health.value'), t('office.health.explanation')]}
        row={(d) => (
          <tr key={d.dimension}>
            <th scope="row">{t(`office.health.dim.${d.dimension}`)}</th>
            <td>{d.points}</td>
            <td>{d.value}</td>
            <td>{explain(d)}</td>
          </tr>
        )}
      />
      <div className="activity">
        <h3>{t('office.health.activity')}</h3>
        {total === 0 ? (
          <p className="muted">{t('office.health.noEvents')}</p>
        ) : (
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <ActivityChart tie={tie} label={t('office.health.activityOf', { name, count: total })} />
          </Suspense>
        )}
      </div>
      <StatusChange partnershipId={tie.partnershipId} status={tie.status as PartnershipStatus} name={name} announce={announce} />
    </>
  );
}

/** The details of one tie in a panel over the side of the page; Escape or its button closes it. */
function Drawer({ tie, onClose, announce }: { tie: HealthRow; onClose(): void; announce(text: string): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const name = nameIn(tie.partner.names, currentLang());
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="drawer" aria-labelledby="drawer-h" onClose={onClose}>
      <div className="drawer-head">
        <h2 id="drawer-h">{name}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('office.health.close')}
        </button>
      </div>
      <TieDetails tie={tie} announce={announce} />
    </dialog>
  );
}

/** Ties that are suspended or ended: out of the ranking, with their history and a way back. */
function Stopped({ announce }: { announce(text: string): void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const suspended = useAll<Partnership>('partnership', { status: 'suspended' });
  const ended = useAll<Partnership>('partnership', { status: 'ended' });
  const ties = [...(suspended.data ?? []), ...(ended.data ?? [])];
  const places = usePlaceNames(ties.flatMap((tie) => [tie.placeAId, tie.placeBId]));
  const names = places.data ?? new Map<string, Names>();
  if (!ties.length) return null;
  return (
    <section aria-labelledby="stopped-h" className="panel">
      <h2 id="stopped-h">{t('office.health.stopped')}</h2>
      <p className="muted">{t('office.health.stoppedIntro')}</p>
      <ul className="stopped">
        {ties.map((tie) => {
          const name = `${nameIn(names.get(tie.placeAId), lang)} — ${nameIn(names.get(tie.placeBId), lang)}`;
          return (
            <li key={tie.id}>
              <h3>
                <Link to={`/staff/records/partnerships/${tie.id}`}>{name}</Link> <span className="chip">{t(`status.${tie.status}`)}</span>
              </h3>
              <TieHistory tie={tie} />
              <StatusChange partnershipId={tie.id} status={tie.status} name={name} announce={announce} />
            </li>
          );
        })}
      </ul>
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
