import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useAll, useRecord, useRecords } from '../../api/queries.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { countryName, dateText, nameIn } from '../../lib/labels.ts';
import { RecordPageEnd } from './record-page-end.tsx';

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
      <PageTitle
        text={nameIn(m.names, lang)}
        sub={m.established ? t('partner.since', { date: dateText(m.established, lang) }) : undefined}
      />
      {Object.keys(m.description).length ? <p>{nameIn(m.description, lang)}</p> : null}
      <Section id="members-h" title={t('mechanisms.memberList')}>
        <DataTable
          columns={[t('table.name'), t('table.country'), t('table.from'), t('table.to')]}
          rows={m.members}
          row={(member) => {
            const place = members.data?.get(member.placeId);
            return (
              <tr key={member.placeId}>
                <td>
                  <Link to={`/partners/${member.placeId}`}>{nameIn(place?.names, lang) || member.placeId}</Link>
                </td>
                <td>{place ? countryName(place.country, lang) : ''}</td>
                <td>{dateText(member.from, lang)}</td>
                <td>{dateText(member.to, lang)}</td>
              </tr>
            );
          }}
        />
      </Section>
      <RecordPageEnd events={events.data ?? []} citations={m.citations} back={{ to: '/mechanisms', label: t('mechanisms.back') }} />
    </article>
  );
}
