import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS, type PlaceKind } from '@records/place/place.schema.ts';
import { allCountryCodes } from '@domain/countries.ts';
import { findPartnerPlaces, type PartnerPlace } from '../../../api/flows.ts';
import { Field, InputField, SelectField } from '../../../components/fields.tsx';
import { useDebouncedTask } from '../../../components/use-debounced.ts';
import { currentLang } from '../../../i18n/index.ts';
import { countryName, nameIn } from '../../../lib/labels.ts';
import { LazyMap } from '../../../map/lazy-map.tsx';
import type { NewPlaceDraft } from './draft.ts';

const CHOSEN = '#c0392b';
const OTHER = '#7f8c8d';

interface Props {
  homeId: string | null;
  query: string;
  onQuery(q: string): void;
  found: PartnerPlace | null;
  creating: boolean;
  newPlace: NewPlaceDraft;
  onFound(place: PartnerPlace | null, creating: boolean): void;
  onNewPlace(place: NewPlaceDraft): void;
  errors: Record<string, string>;
}

/** One place found: its names, country, kind, the place it is in, and whether it is the network's. */
function placeLine(p: PartnerPlace, t: (key: string, o?: Record<string, unknown>) => string, lang: 'zh' | 'en'): string {
  const other = nameIn(p.names, lang === 'zh' ? 'en' : 'zh');
  const parts = [
    countryName(p.country, lang),
    t(`placeKind.${p.kind}`),
    p.inside ? t('flows.place.inside', { place: p.inside }) : null,
    p.layer === 'network' ? t('flows.place.network') : t('flows.place.registry'),
    p.tiedToHome ? t('flows.place.tied') : null,
  ];
  const name = other && other !== p.name ? `${p.name} (${other})` : p.name;
  return `${name} — ${parts.filter(Boolean).join(' · ')}`;
}

/** Finds the partner place by any name, among the registry's and the world network's, or describes a new one. */
export function PlaceFinder({ homeId, query, onQuery, found, creating, newPlace, onFound, onNewPlace, errors }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [hits, setHits] = useState<{ q: string; items: PartnerPlace[] } | null>(null);
  const q = query.trim();
  useDebouncedTask(q ? `${q}|${lang}|${homeId}` : null, 220, (signal) => {
    findPartnerPlaces(q, lang, homeId, signal)
      .then((items) => setHits({ q, items }))
      .catch(() => undefined);
  });
  const items = hits?.q === q ? hits.items : [];
  const points = items
    .filter((p) => p.coordinates)
    .map((p) => ({
      id: p.id,
      label: placeLine(p, t, lang),
      lat: p.coordinates!.lat,
      lng: p.coordinates!.lng,
      color: p.id === found?.id ? CHOSEN : OTHER,
    }));
  const countries = allCountryCodes()
    .map((c) => ({ c, n: countryName(c, lang) }))
    .sort((a, b) => a.n.localeCompare(b.n, lang));
  const setNew = (patch: Partial<NewPlaceDraft>) => onNewPlace({ ...newPlace, ...patch });

  return (
    <section aria-labelledby="flow-place-h" className="panel">
      <h2 id="flow-place-h">{t('flows.place.title')}</h2>
      <InputField
        id="flow-place-q"
        type="search"
        label={t('flows.place.search')}
        hint={t('flows.place.searchHint')}
        value={query}
        onChange={onQuery}
        autoComplete="off"
      />
      {q && hits?.q === q ? (
        <p role="status" data-query={q}>
          {t('flows.place.count', { count: items.length })}
        </p>
      ) : null}
      <fieldset className="choice place-choices" aria-describedby={errors.placeId ? 'flow-place-error' : undefined}>
        <legend>{t('flows.place.choose')}</legend>
        {items.map((p) => (
          <label key={p.id} htmlFor={`flow-place-${p.id}`}>
            <input
              type="radio"
              id={`flow-place-${p.id}`}
              name="flow-place"
              checked={!creating && found?.id === p.id}
              disabled={p.tiedToHome}
              onChange={() => onFound(p, false)}
            />{' '}
            {placeLine(p, t, lang)}
          </label>
        ))}
        <label htmlFor="flow-place-new">
          <input type="radio" id="flow-place-new" name="flow-place" checked={creating} onChange={() => onFound(null, true)} />{' '}
          {t('flows.place.new')}
        </label>
      </fieldset>
      {errors.placeId ? (
        <p id="flow-place-error" className="field-error">
          {errors.placeId}
        </p>
      ) : null}
      {points.length ? <LazyMap label={t('flows.place.mapLabel', { query: q })} height={220} fit points={points} /> : null}
      {creating ? (
        <fieldset className="new-place">
          <legend>{t('flows.place.newTitle')}</legend>
          <div className="row">
            <InputField id="flow-new-zh" lang="zh" label={t('flows.place.nameZh')} value={newPlace.zh} onChange={(zh) => setNew({ zh })} />
            <InputField id="flow-new-en" lang="en" label={t('flows.place.nameEn')} value={newPlace.en} onChange={(en) => setNew({ en })} />
            <InputField id="flow-new-ru" lang="ru" label={t('flows.place.nameRu')} value={newPlace.ru} onChange={(ru) => setNew({ ru })} />
          </div>
          {errors.names ? <p className="field-error">{errors.names}</p> : null}
          <div className="row">
            <Field id="flow-new-country" label={t('flows.place.country')} error={errors.country}>
              <select id="flow-new-country" value={newPlace.country} onChange={(e) => setNew({ country: e.target.value })}>
                <option value="">{t('form.choose')}</option>
                {countries.map(({ c, n }) => (
                  <option key={c} value={c}>
                    {n} ({c})
                  </option>
                ))}
              </select>
            </Field>
            <SelectField<PlaceKind>
              id="flow-new-kind"
              label={t('flows.place.kind')}
              value={newPlace.kind}
              onChange={(kind) => setNew({ kind })}
              options={PLACE_KINDS}
              optionLabel={(k) => t(`placeKind.${k}`)}
            />
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}
