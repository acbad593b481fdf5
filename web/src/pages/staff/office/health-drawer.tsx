import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipStatus } from '@records/partnership/partnership.schema.ts';
import type { HealthRow, TieHealth } from '../../../api/office.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { dateText, nameIn, TYPE_COLORS } from '../../../lib/labels.ts';
import { TieStatusForm } from './tie-status.tsx';
// ECharts, as on the dashboard: loaded only when a chart is drawn.
const Chart = lazy(() => import('../charts.tsx'));

type Dimension = TieHealth['dimensions'][number];

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
export function StatusChange({
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
export function Drawer({ tie, onClose, announce }: { tie: HealthRow; onClose(): void; announce(text: string): void }) {
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
