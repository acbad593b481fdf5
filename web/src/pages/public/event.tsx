import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PersonLink } from '../../components/person-link.tsx';
import type { Agreement } from '@records/agreement/agreement.schema.ts';
import { isVisit, type RegistryEvent } from '@records/event/event.schema.ts';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import type { Partnership } from '@records/partnership/partnership.schema.ts';
import type { Person } from '@records/person/person.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useRecord, useRecords } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { ListSection, Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { LazyMap, type MapPoint } from '../../map/lazy-map.tsx';
import { ItineraryList, useItinerary } from './itinerary.tsx';
import { RecordPageEnd } from './record-page-end.tsx';

/** The delegation's parts, each under its heading: its head, its members, and anyone else taking part. */
const DELEGATION = [
  ['events.head', 'head'],
  ['events.members', 'member'],
  ['events.others', null],
] as const;

export default function EventPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const event = useRecord<RegistryEvent>('event', id);
  const e = event.data;
  const ties = useRecords<Partnership>('partnership', e?.partnershipIds ?? []);
  const tiePlaces = [...(ties.data?.values() ?? [])].flatMap((tie) => [tie.placeAId, tie.placeBId]);
  const places = useRecords<Place>(
    'place',
    e ? [...e.placeIds, ...(e.delegationFromPlaceId ? [e.delegationFromPlaceId] : []), ...tiePlaces] : [],
  );
  const people = useRecords<Person>('person', e?.participants.map((p) => p.personId) ?? []);
  const organisations = useRecords<Organisation>('organisation', e?.organisations.map((o) => o.organisationId) ?? []);
  const agreements = useRecords<Agreement>('agreement', e?.agreementIds ?? []);
  const mechanisms = useRecords<Mechanism>('mechanism', e?.mechanismIds ?? []);
  const itinerary = useItinerary(e?.itinerary ?? []);

  if (!e) return <QueryState loading={event.isLoading} error={event.error} />;
  const title = nameIn(e.titles, lang);
  const when = e.start
    ? e.end && e.end !== e.start
      ? t('events.span', { from: dateText(e.start, lang), to: dateText(e.end, lang) })
      : dateText(e.start, lang)
    : t('common.unknownDate');
  const person = (p: RegistryEvent['participants'][number]) => (
    <li key={p.personId}>
      <PersonLink id={p.personId} person={people.data?.get(p.personId)} />
      {Object.keys(p.title).length ? <span className="muted">, {nameIn(p.title, lang)}</span> : null}
    </li>
  );
  const points: MapPoint[] = itinerary.stops.flatMap((s, i) =>
    s.coordinates ? [{ id: `stop-${i}`, label: `${i + 1}. ${s.label}`, ...s.coordinates, color: '#7a4b00' }] : [],
  );

  return (
    <article className="event">
      <PageTitle text={title} sub={`${t(`eventKind.${e.kind}`)} · ${when}`} />
      {Object.keys(e.description).length ? <p>{nameIn(e.description, lang)}</p> : null}
      {e.placeIds.length ? (
        <p>
          {t('events.places')}:{' '}
          {e.placeIds.map((pid, i) => (
            <span key={pid}>
              {i ? '、' : ''}
              <Link to={`/partners/${pid}`}>{nameIn(places.data?.get(pid)?.names, lang) || pid}</Link>
            </span>
          ))}
        </p>
      ) : null}

      {isVisit(e.kind) || e.participants.length ? (
        <Section id="delegation-h" title={isVisit(e.kind) ? t('events.delegation') : t('events.participants')}>
          {e.delegationFromPlaceId ? (
            <p>{t('events.delegationFrom', { place: nameIn(places.data?.get(e.delegationFromPlaceId)?.names, lang) })}</p>
          ) : null}
          {DELEGATION.map(([heading, delegation]) => {
            const list = e.participants.filter((p) => p.delegation === delegation);
            return list.length ? (
              <Fragment key={heading}>
                <h3>{t(heading)}</h3>
                <ul>{list.map(person)}</ul>
              </Fragment>
            ) : null;
          })}
        </Section>
      ) : null}

      {e.itinerary.length ? (
        <Section id="itinerary-h" title={t('events.itinerary')}>
          {points.length ? (
            <LazyMap label={t('events.itineraryMap', { count: points.length })} points={points} route fit numbered height={300} />
          ) : null}
          <ItineraryList stops={itinerary.stops} />
        </Section>
      ) : null}

      <ListSection
        id="ties-h"
        title={t('events.ties')}
        items={e.partnershipIds.flatMap((tieId) => {
          const tie = ties.data?.get(tieId);
          if (!tie) return [];
          const [a, b] = [tie.placeAId, tie.placeBId].map((p) => nameIn(places.data?.get(p)?.names, lang) || p);
          return [{ key: tieId, content: <Link to={`/partners/${tie.placeBId}`}>{`${a} — ${b}`}</Link> }];
        })}
      />
      <ListSection
        id="orgs-h"
        title={t('events.organisations')}
        items={e.organisations.map((o) => ({
          key: o.organisationId,
          content: (
            <>
              <Link to={`/organisations/${o.organisationId}`}>
                {nameIn(organisations.data?.get(o.organisationId)?.names, lang) || o.organisationId}
              </Link>
              {o.role ? <span className="muted"> · {o.role}</span> : null}
            </>
          ),
        }))}
      />
      <ListSection
        id="ags-h"
        title={t('events.agreements')}
        items={e.agreementIds.map((a) => ({ key: a, content: nameIn(agreements.data?.get(a)?.titles, lang) || a }))}
      />
      <ListSection
        id="mechs-h"
        title={t('events.mechanisms')}
        items={e.mechanismIds.map((m) => ({
          key: m,
          content: <Link to={`/mechanisms/${m}`}>{nameIn(mechanisms.data?.get(m)?.names, lang) || m}</Link>,
        }))}
      />
      <RecordPageEnd citations={e.citations} back={{ to: '/events', label: t('events.back') }} />
    </article>
  );
}
