import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useAll, useRecord, useRecords } from '../../api/queries.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { RecordPageEnd } from './record-page-end.tsx';

export default function OrganisationPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const organisation = useRecord<Organisation>('organisation', id);
  const o = organisation.data;
  const places = useRecords<Place>(
    'place',
    o ? [...(o.placeId ? [o.placeId] : []), ...o.members.flatMap((m) => (m.member.placeId ? [m.member.placeId] : []))] : [],
  );
  const orgs = useRecords<Organisation>(
    'organisation',
    o?.members.flatMap((m) => (m.member.organisationId ? [m.member.organisationId] : [])) ?? [],
  );
  const events = useAll<RegistryEvent>('event', { organisation: id!, sort: 'date' }, Boolean(id));
  if (!o) return <QueryState loading={organisation.isLoading} error={organisation.error} />;
  const memberName = (m: Organisation['members'][number]) =>
    m.member.placeId
      ? nameIn(places.data?.get(m.member.placeId)?.names, lang)
      : nameIn(orgs.data?.get(m.member.organisationId!)?.names, lang);
  return (
    <article>
      <PageTitle text={nameIn(o.names, lang)} sub={t(`organisationKind.${o.kind}`)} />
      <dl className="names">
        {o.placeId ? (
          <div>
            <dt>{t('organisations.place')}</dt>
            <dd>{nameIn(places.data?.get(o.placeId)?.names, lang)}</dd>
          </div>
        ) : null}
        {o.website ? (
          <div>
            <dt>{t('organisations.website')}</dt>
            <dd>
              <a href={o.website} rel="noreferrer noopener">
                {o.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <Section id="members-h" title={t('mechanisms.memberList')}>
        <DataTable
          columns={[t('table.name'), t('organisations.role'), t('table.from'), t('table.to')]}
          rows={o.members}
          empty={<p>{t('organisations.noMembers')}</p>}
          row={(m, i) => (
            <tr key={i}>
              <td>
                {m.member.placeId ? (
                  <Link to={`/partners/${m.member.placeId}`}>{memberName(m)}</Link>
                ) : (
                  <Link to={`/organisations/${m.member.organisationId}`}>{memberName(m)}</Link>
                )}
              </td>
              <td>{m.role ?? ''}</td>
              <td>{dateText(m.from, lang)}</td>
              <td>{dateText(m.to, lang)}</td>
            </tr>
          )}
        />
      </Section>
      <RecordPageEnd events={events.data ?? []} citations={o.citations} back={{ to: '/organisations', label: t('organisations.back') }} />
    </article>
  );
}
