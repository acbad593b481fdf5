import type { Coordinates } from '../common.ts';
import type { PlaceKind } from '../../records/place/place.schema.ts';
import type { UnionFind } from './clusters.ts';
import { matchKey, type Gazetteer, type GazetteerHit } from './gazetteer.ts';
import { distanceKm } from './geo.ts';
import type { Mention } from './mentions.ts';
import { similarNames } from './similar.ts';

/** A place as the file names it, all its mentions together. */
export interface NetworkPlace {
  mentions: number[];
  country: string;
  name: string;
  /** Every distinct name and written form, for aliases and matching. */
  names: string[];
  raws: string[];
  unit: string | null;
  kind: PlaceKind;
  parentHint: string | null;
  qualifier: string | null;
  coordinates: Coordinates | null;
  gazetteer: GazetteerHit | null;
}

/** Units that are towns or parts of towns, which GeoNames lists; a rural gmina is not the town it is named after. */
const GAZETTEER_UNITS = new Set([null, 'district', 'borough', 'city district', 'urban district', 'town', 'city', 'village']);

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function mean(points: Coordinates[]): Coordinates | null {
  if (points.length === 0) return null;
  return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lng: points.reduce((s, p) => s + p.lng, 0) / points.length };
}

export function summarise(mentions: readonly Mention[], members: number[]): NetworkPlace {
  const ms = members.map((i) => mentions[i]!);
  const weighted = (f: (m: Mention) => string | null) => ms.flatMap((m) => m.seen.map(() => f(m)));
  const first = ms[0]!;
  return {
    mentions: members,
    country: first.country,
    name: mostCommon(weighted((m) => m.text.name))!,
    names: [...new Set(ms.flatMap((m) => [m.text.name, ...m.text.alternatives]))],
    raws: [...new Set(ms.map((m) => m.text.raw))],
    unit: first.text.unit,
    kind: first.text.kind,
    parentHint: mostCommon(weighted((m) => m.text.parent)),
    qualifier: mostCommon(weighted((m) => m.text.qualifier)),
    coordinates: mean(ms.flatMap((m) => (m.coordinates ? [m.coordinates] : []))),
    gazetteer: null,
  };
}

/** The GeoNames city a place is: one of its names in its country, nearest to its coordinates. */
export function findInGazetteer(p: NetworkPlace, g: Gazetteer): GazetteerHit | null {
  if (!GAZETTEER_UNITS.has(p.unit)) return null;
  const seen = new Set<string>();
  const candidates = [...p.raws, ...p.names]
    .flatMap((n) => g.named(p.country, n))
    .filter((h) => !seen.has(h.geonamesId) && seen.add(h.geonamesId));
  if (!p.coordinates) return candidates.sort((a, b) => b.population - a.population)[0] ?? null;
  const at = p.coordinates;
  const close = candidates
    .map((h) => ({ h, km: distanceKm(at, h.coordinates) }))
    .filter((x) => x.km <= 30)
    .sort((a, b) => a.km - b.km);
  if (close[0]) return close[0].h;
  // The same place under another spelling: a nearby city whose name is close to one of its names.
  return g.nearest(at, 10, (name, country) => country === p.country && p.names.some((n) => similarNames(n, name)));
}

/** Joins places that are one GeoNames city under several spellings (`Kiev`, `Kyiv`); returns how many joined. */
export function mergeByGazetteer(places: readonly NetworkPlace[], uf: UnionFind): number {
  const byId = new Map<string, NetworkPlace>();
  let merged = 0;
  for (const p of places) {
    if (!p.gazetteer) continue;
    const key = `${p.country}|${p.unit ?? ''}|${p.parentHint ?? ''}|${p.gazetteer.geonamesId}`;
    const other = byId.get(key);
    if (!other) byId.set(key, p);
    else if (uf.union(other.mentions[0]!, p.mentions[0]!)) merged++;
  }
  return merged;
}

/** Distinct spellings inside each place beyond the first: the duplicates the import merged. */
export function spellingsMerged(places: readonly NetworkPlace[], mentions: readonly Mention[]): number {
  let n = 0;
  for (const p of places) n += Math.max(0, new Set(p.mentions.map((i) => matchKey(mentions[i]!.text.name))).size - 1);
  return n;
}
