import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { compareNullableDates } from '@domain/precise-date.ts';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import type { Person } from '@records/person/person.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useAll, useRecord, useRecords } from '../../api/queries.ts';
import { hasRole, useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Aliases } from '../../components/aliases.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { RecordPageEnd } from './record-page-end.tsx';

/**
 * A person's public page: names, titles over time and the events they took part in. It shows the
 * record as the API gives it to the reader, so what the reader may not see is never in it.
 */
export default function PersonPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const person = useRecord<Person>('person', id);
  const p = person.data;
  const positions = p?.positions ?? [];
  const places = useRecords<Place>(
    'place',
    positions.flatMap((pos) => (pos.placeId ? [pos.placeId] : [])),
  );
  const organisations = useRecords<Organisation>(
    'organisation',
    positions.flatMap((pos) => (pos.organisationId ? [pos.organisationId] : [])),
  );
  const tookPart = useAll<RegistryEvent>('event', { person: id! }, Boolean(p));
  if (!p) return <QueryState loading={person.isLoading} error={person.error} />;
  const events = [...(tookPart.data ?? [])].sort((a, b) => compareNullableDates(a.start, b.start));
  const where = (pos: Person['positions'][number]) => {
    const organisation = pos.organisationId ? organisations.data?.get(pos.organisationId) : undefined;
    const place = pos.placeId ? places.data?.get(pos.placeId) : undefined;
    return (
      <>
        {organisation ? <Link to={`/organisations/${organisation.id}`}>{nameIn(organisation.names, lang)}</Link> : null}
        {organisation && place ? ' · ' : null}
        {place ? <Link to={`/partners/${place.id}`}>{nameIn(place.names, lang)}</Link> : null}
      </>
    );
  };
  return (
    <article>
      <PageTitle text={nameIn(p.names, lang)} sub={t('people.kind')} />
      <dl className="names">
        {Object.entries(p.names).map(([l, n]) => (
          <div key={l}>
            <dt>{t(`lang.${l}`, { defaultValue: l })}</dt>
            <dd lang={l === 'zh' ? 'zh-CN' : l}>{n}</dd>
          </div>
        ))}
      </dl>
      <Aliases aliases={p.aliases} />
      {hasRole(me, 'viewer') ? (
        <p>
          <Link to={`/staff/records/people/${p.id}`}>{t('people.edit')}</Link>
        </p>
      ) : null}
      <Section id="positions-h" title={t('people.positions')}>
        <DataTable
          columns={[t('people.title'), t('people.where'), t('table.from'), t('table.to')]}
          rows={positions}
          empty={<p>{t('people.noPositions')}</p>}
          row={(pos, i) => (
            <tr key={i}>
              <td>{nameIn(pos.title, lang)}</td>
              <td>{where(pos)}</td>
              <td>{pos.from ? dateText(pos.from, lang) : ''}</td>
              <td>{pos.to ? dateText(pos.to, lang) : ''}</td>
            </tr>
          )}
        />
      </Section>
      <RecordPageEnd events={events} citations={p.citations} back={{ to: '/', label: t('common.backHome') }} />
    </article>
  );
}
