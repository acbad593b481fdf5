import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import { compareNullableDates } from '@domain/precise-date.ts';
import { useAll } from '../../api/queries.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';

export default function VisitList() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const incoming = useAll<RegistryEvent>('event', { kind: 'incoming_visit' });
  const outgoing = useAll<RegistryEvent>('event', { kind: 'outgoing_visit' });
  const visits = [...(incoming.data ?? []), ...(outgoing.data ?? [])].sort((a, b) => -compareNullableDates(a.start, b.start));
  return (
    <div>
      <PageTitle text={t('visits.title')} sub={t('visits.intro')} />
      {hasRole(me, 'editor') ? (
        <p>
          <Link className="button primary" to="/staff/visits/new">
            {t('visits.new')}
          </Link>
        </p>
      ) : null}
      <QueryState loading={incoming.isLoading} error={incoming.error ?? outgoing.error} />
      <DataTable
        columns={[t('table.date'), t('table.name'), t('field.kind'), t('visits.stops')]}
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
    </div>
  );
}
