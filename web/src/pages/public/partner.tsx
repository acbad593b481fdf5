import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PersonLink } from '../../components/person-link.tsx';
import type { Agreement } from '@records/agreement/agreement.schema.ts';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Partnership } from '@records/partnership/partnership.schema.ts';
import type { Person } from '@records/person/person.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { compareNullableDates } from '@domain/precise-date.ts';
import { useAll, useRecord, useRecords, useSite, type WithCitations } from '../../api/queries.ts';
import { Aliases } from '../../components/aliases.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { FactsSection } from '../../components/facts-panel.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { countryName, dateText, nameIn, TYPE_COLORS } from '../../lib/labels.ts';
import { useAreas } from '../../lib/use-areas.ts';
import { LazyMap } from '../../map/lazy-map.tsx';
import { HomeCity } from './home-city.tsx';
import { TieHistory } from './tie-history.tsx';
import { RecordPageEnd } from './record-page-end.tsx';

/** A place's page: the home city's shows its partners, any other place its tie with the home city. */
export default function PlacePage() {
  const { id } = useParams();
  const site = useSite();
  const place = useRecord<Place>('place', id);
  if (!place.data || site.isLoading) return <QueryState loading={place.isLoading || site.isLoading} error={place.error ?? site.error} />;
  return site.data?.home?.id === id ? <HomeCity place={place.data} /> : <PartnerPage />;
}

function PartnerPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const { label: areaLabel } = useAreas();
  const site = useSite();
  const home = site.data?.home;
  const place = useRecord<Place>('place', id);
  const tieList = useAll<Partnership>('partnership', { place: id! }, Boolean(id));
  const ties = useRecords<Partnership>(
    'partnership',
    (tieList.data ?? []).map((p) => p.id),
  );
  // Its own: events held there, by its delegation or with a stop there, agreements it is a party to, and both about its ties.
  const agreementList = useAll<Agreement>('agreement', { partner: id! }, Boolean(id));
  const eventList = useAll<RegistryEvent>('event', { partner: id! }, Boolean(id));
  const agreements = agreementList.data ?? [];
  const events = [...(eventList.data ?? [])].sort((a, b) => compareNullableDates(a.start, b.start));
  const people = useRecords<Person>(
    'person',
    agreements.flatMap((a) => a.signatories.map((s) => s.personId)),
  );
  const partyPlaces = useRecords<Place>(
    'place',
    agreements.flatMap((a) => a.signatories.flatMap((s) => (s.onBehalfOf.placeId ? [s.onBehalfOf.placeId] : []))),
  );

  if (!place.data) return <QueryState loading={place.isLoading} error={place.error} />;
  const p = place.data;
  const name = nameIn(p.names, lang);
  const tieRecords: WithCitations<Partnership>[] = [...(ties.data?.values() ?? [])];
  const citations = [...p.citations, ...tieRecords.flatMap((tie) => tie.citations)];
  const areas = [...new Set(tieRecords.flatMap((tie) => tie.areas))];
  const mainType = tieRecords[0]?.type ?? 'unknown';

  return (
    <article className="partner">
      <PageTitle text={name} sub={`${countryName(p.country, lang)} · ${t(`placeKind.${p.kind}`)}`} />
      <div className="two-col">
        <Section id="names-h" title={t('partner.names')}>
          <dl className="names">
            {(['zh', 'en', 'ru'] as const)
              .filter((l) => p.names[l])
              .map((l) => (
                <div key={l}>
                  <dt>{t(`lang.${l}`)}</dt>
                  <dd lang={l === 'zh' ? 'zh-CN' : l}>{p.names[l]}</dd>
                </div>
              ))}
            {Object.entries(p.names)
              .filter(([l]) => !['zh', 'en', 'ru'].includes(l))
              .map(([l, n]) => (
                <div key={l}>
                  <dt>{l}</dt>
                  <dd lang={l}>{n}</dd>
                </div>
              ))}
            <div>
              <dt>{t('table.country')}</dt>
              <dd>{countryName(p.country, lang)}</dd>
            </div>
          </dl>
          <Aliases aliases={p.aliases} />
        </Section>
        <section aria-labelledby="map-h">
          <h2 id="map-h" className="visually-hidden">
            {t('partner.map')}
          </h2>
          {p.coordinates ? (
            <LazyMap
              label={t('partner.mapLabel', { name })}
              height={260}
              fit
              points={[{ id: p.id, label: name, lng: p.coordinates.lng, lat: p.coordinates.lat, color: TYPE_COLORS[mainType] }]}
              origin={home?.coordinates ? { label: nameIn(home.names, lang), ...home.coordinates } : null}
            />
          ) : (
            <p className="muted">{t('partner.noCoordinates')}</p>
          )}
        </section>
      </div>

      <Section id="ties-h" title={t('partner.ties')}>
        {tieRecords.length === 0 ? <p>{t('partner.noTies')}</p> : null}
        {tieRecords.map((tie) => (
          <div key={tie.id} className="tie">
            <p>
              <span className="swatch" style={{ background: TYPE_COLORS[tie.type] }} />
              <strong>{t(`type.${tie.type}`)}</strong> · {t(`status.${tie.status}`)}
              {tie.established ? ` · ${t('partner.since', { date: dateText(tie.established, lang) })}` : ''}
            </p>
            <TieHistory history={tie.history} />
          </div>
        ))}
      </Section>

      <FactsSection
        heading={t('facts.title')}
        records={[
          { kind: 'place', id: p.id, title: name },
          ...tieRecords.map((tie) => ({
            kind: 'partnership' as const,
            id: tie.id,
            title: t('facts.tie', { type: t(`type.${tie.type}`) }),
          })),
        ]}
      />

      <Section id="areas-h" title={t('partner.areas')}>
        {areas.length ? (
          <ul className="chips">
            {areas.map((a) => (
              <li key={a}>{areaLabel(a, lang)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('partner.noAreas')}</p>
        )}
      </Section>

      <Section id="agreements-h" title={t('partner.agreements')}>
        {agreements.length === 0 ? (
          <p>{t('partner.noAgreements')}</p>
        ) : (
          <ul className="cards">
            {agreements.map((a) => (
              <li key={a.id}>
                <h3>{nameIn(a.titles, lang)}</h3>
                <p className="muted">
                  {t(`agreementKind.${a.kind}`)}
                  {a.signedOn ? ` · ${dateText(a.signedOn, lang)}` : ''}
                </p>
                {a.signatories.length ? (
                  <>
                    <h4>{t('partner.signatories')}</h4>
                    <ul>
                      {a.signatories.map((s, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: signatories have no id of their own and nothing stops a person being listed twice; shown as recorded
                        <li key={i}>
                          <PersonLink id={s.personId} person={people.data?.get(s.personId)} />
                          {Object.keys(s.title).length ? `, ${nameIn(s.title, lang)}` : ''}
                          {s.onBehalfOf.placeId && partyPlaces.data?.get(s.onBehalfOf.placeId)
                            ? ` (${t('partner.onBehalfOf', { party: nameIn(partyPlaces.data.get(s.onBehalfOf.placeId)!.names, lang) })})`
                            : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <RecordPageEnd events={events} citations={citations} back={{ to: '/', label: t('common.backHome') }} />
    </article>
  );
}
