import { useTranslation } from 'react-i18next';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Organisation } from '@records/organisation/organisation.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import type { Coordinates, LocalizedText } from '@domain/common.ts';
import { useRecords } from '../../api/queries.ts';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';

export interface ResolvedStop {
  date: string | null;
  time: string | null;
  label: string;
  site: string;
  title: LocalizedText;
  purpose: LocalizedText;
  coordinates: Coordinates | null;
}

/** Each stop with its site's name and, through the site's place, where it is on the map. */
export function useItinerary(stops: RegistryEvent['itinerary']) {
  const lang = currentLang();
  const organisations = useRecords<Organisation>(
    'organisation',
    stops.flatMap((s) => (s.organisationId ? [s.organisationId] : [])),
  );
  const placeIds = [
    ...stops.flatMap((s) => (s.placeId ? [s.placeId] : [])),
    ...[...(organisations.data?.values() ?? [])].flatMap((o) => (o.placeId ? [o.placeId] : [])),
  ];
  const places = useRecords<Place>('place', placeIds);
  const resolved: ResolvedStop[] = stops.map((s) => {
    const org = s.organisationId ? organisations.data?.get(s.organisationId) : undefined;
    const placeId = s.placeId ?? org?.placeId ?? null;
    const place = placeId ? places.data?.get(placeId) : undefined;
    const site = [org ? nameIn(org.names, lang) : '', place ? nameIn(place.names, lang) : ''].filter(Boolean).join(', ');
    return {
      date: s.date,
      time: s.time,
      title: s.title,
      purpose: s.purpose,
      site,
      label: nameIn(s.title, lang) || site,
      coordinates: place?.coordinates ?? null,
    };
  });
  return { stops: resolved };
}

export function ItineraryList({ stops }: { stops: readonly ResolvedStop[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ol className="itinerary">
      {stops.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stops have no id and a visit can return to a place on another day; the list is shown in its order, never reordered
        <li key={i}>
          <span className="when">
            {[s.date ? dateText(s.date, lang) : t('events.stopUndated'), s.time ?? ''].filter(Boolean).join(' ')}
          </span>
          <span className="what">
            <strong>{s.label}</strong>
            {s.site && s.site !== s.label ? <span className="muted"> · {s.site}</span> : null}
            {Object.keys(s.purpose).length ? <span className="purpose">{nameIn(s.purpose, lang)}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
