import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useAll, useRecord, useRecords } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { SourceList } from '../../components/sources.tsx';
import { currentLang } from '../../i18n/index.ts';
import { countryName, dateText, nameIn } from '../../lib/labels.ts';
import { EventTimeline } from './event-timeline.tsx';

export default function MechanismPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const mechanism = useRecord<Mechanism>('mechanism', id);
  const members = useRecords<Place>('place', mechanism.data?.members.map((m) => m.placeId) ?? []);
  const events = useAll<RegistryEvent>('event', { mechanism: id!, sort: 'date' }, Boolean(id));
  if (!mechanism.data) return <QueryState loading={mechanism.isLoading} error={mechanism.error} />;
  const m = mechanism.data;
  return (
    <article>
      <PageTitle text={nameIn(m.names, lang)} sub={m.established ? t('partner.since', { date: dateText(m.established, lang) }) : undefined} />
      {Object.keys(m.description).length ? <p>{nameIn(m.description, lang)}</p> : null}
      <section aria-labelledby="members-h">
        <h2 id="members-h">{t('mechanisms.memberList')}</h2>
        <table className="data">
          <thead><tr><th scope="col">{t('table.name')}</th><th scope="col">{t('table.country')}</th><th scope="col">{t('table.from')}</th><th scope="col">{t('table.to')}</th></tr></thead>
          <tbody>
            {m.members.map((member) => {
              const place = members.data?.get(member.placeId);
              return (
                <tr key={member.placeId}>
                  <td><Link to={`/partners/${member.placeId}`}>{nameIn(place?.names, lang) || member.placeId}</Link></td>
                  <td>{place ? countryName(place.country, lang) : ''}</td>
                  <td>{dateText(member.from, lang)}</td>
                  <td>{dateText(member.to, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="events-h">
        <h2 id="events-h">{t('partner.events')}</h2>
        <EventTimeline events={events.data ?? []} />
      </section>
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t('partner.sources')}</h2>
        <SourceList citations={m.citations} />
      </section>
      <p><Link to="/mechanisms">{t('mechanisms.back')}</Link></p>
    </article>
  );
}
