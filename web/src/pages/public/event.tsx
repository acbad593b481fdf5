import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Agreement } from '@records/agreement/agreement.schema.ts';
import { isVisit, type RegistryEvent } from '@records/event/event.schema.ts';
import type { Mechanism } from '@records/mechanism/mechanism.schema.ts';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import type { Person } from '@records/person/person.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useRecord, useRecords } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { SourceList } from '../../components/sources.tsx';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { LazyMap, type MapPoint } from '../../map/lazy-map.tsx';
import { ItineraryList, useItinerary } from './itinerary.tsx';

export default function EventPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const event = useRecord<RegistryEvent>('event', id);
  const e = event.data;
  const places = useRecords<Place>('place', e ? [...e.placeIds, ...(e.delegationFromPlaceId ? [e.delegationFromPlaceId] : [])] : []);
  const people = useRecords<Person>('person', e?.participants.map((p) => p.personId) ?? []);
  const organisations = useRecords<Organisation>('organisation', e?.organisations.map((o) => o.organisationId) ?? []);
  const agreements = useRecords<Agreement>('agreement', e?.agreementIds ?? []);
  const mechanisms = useRecords<Mechanism>('mechanism', e?.mechanismIds ?? []);
  const itinerary = useItinerary(e?.itinerary ?? []);

  if (!e) return <QueryState loading={event.isLoading} error={event.error} />;
  const title = nameIn(e.titles, lang);
  const when = e.start ? (e.end && e.end !== e.start ? t('events.span', { from: dateText(e.start, lang), to: dateText(e.end, lang) }) : dateText(e.start, lang)) : t('common.unknownDate');
  const heads = e.participants.filter((p) => p.delegation === 'head');
  const members = e.participants.filter((p) => p.delegation === 'member');
  const others = e.participants.filter((p) => p.delegation === null);
  const person = (p: RegistryEvent['participants'][number]) => (
    <li key={p.personId}>
      {nameIn(people.data?.get(p.personId)?.names, lang) || p.personId}
      {Object.keys(p.title).length ? <span className="muted">, {nameIn(p.title, lang)}</span> : null}
    </li>
  );
  const points: MapPoint[] = itinerary.stops.flatMap((s, i) => (s.coordinates ? [{ id: `stop-${i}`, label: `${i + 1}. ${s.label}`, ...s.coordinates, color: '#7a4b00' }] : []));

  return (
    <article className="event">
      <PageTitle text={title} sub={`${t(`eventKind.${e.kind}`)} · ${when}`} />
      {Object.keys(e.description).length ? <p>{nameIn(e.description, lang)}</p> : null}
      {e.placeIds.length ? (
        <p>{t('events.places')}: {e.placeIds.map((pid, i) => (
          <span key={pid}>{i ? '、' : ''}<Link to={`/partners/${pid}`}>{nameIn(places.data?.get(pid)?.names, lang) || pid}</Link></span>
        ))}</p>
      ) : null}

      {isVisit(e.kind) || e.participants.length ? (
        <section aria-labelledby="delegation-h">
          <h2 id="delegation-h">{isVisit(e.kind) ? t('events.delegation') : t('events.participants')}</h2>
          {e.delegationFromPlaceId ? <p>{t('events.delegationFrom', { place: nameIn(places.data?.get(e.delegationFromPlaceId)?.names, lang) })}</p> : null}
          {heads.length ? <><h3>{t('events.head')}</h3><ul>{heads.map(person)}</ul></> : null}
          {members.length ? <><h3>{t('events.members')}</h3><ul>{members.map(person)}</ul></> : null}
          {others.length ? <><h3>{t('events.others')}</h3><ul>{others.map(person)}</ul></> : null}
        </section>
      ) : null}

      {e.itinerary.length ? (
        <section aria-labelledby="itinerary-h">
          <h2 id="itinerary-h">{t('events.itinerary')}</h2>
          {points.length ? <LazyMap label={t('events.itineraryMap', { count: points.length })} points={points} route fit numbered height={300} /> : null}
          <ItineraryList stops={itinerary.stops} />
        </section>
      ) : null}

      {e.organisations.length ? (
        <section aria-labelledby="orgs-h">
          <h2 id="orgs-h">{t('events.organisations')}</h2>
          <ul>{e.organisations.map((o) => <li key={o.organisationId}><Link to={`/organisations/${o.organisationId}`}>{nameIn(organisations.data?.get(o.organisationId)?.names, lang) || o.organisationId}</Link>{o.role ? <span className="muted"> · {o.role}</span> : null}</li>)}</ul>
        </section>
      ) : null}
      {e.agreementIds.length ? (
        <section aria-labelledby="ags-h">
          <h2 id="ags-h">{t('events.agreements')}</h2>
          <ul>{e.agreementIds.map((a) => <li key={a}>{nameIn(agreements.data?.get(a)?.titles, lang) || a}</li>)}</ul>
        </section>
      ) : null}
      {e.mechanismIds.length ? (
        <section aria-labelledby="mechs-h">
          <h2 id="mechs-h">{t('events.mechanisms')}</h2>
          <ul>{e.mechanismIds.map((m) => <li key={m}><Link to={`/mechanisms/${m}`}>{nameIn(mechanisms.data?.get(m)?.names, lang) || m}</Link></li>)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t('partner.sources')}</h2>
        <SourceList citations={e.citations} />
      </section>
      <p><Link to="/events">{t('events.back')}</Link></p>
    </article>
  );
}
