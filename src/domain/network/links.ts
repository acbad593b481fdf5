import type { Coordinates } from '../common.ts';
import { matchKey, type Gazetteer, type GazetteerHit } from './gazetteer.ts';
import { distanceKm } from './geo.ts';
import type { NetworkPlace } from './places.ts';

/** A place already in the database, as matching needs it. */
export interface KnownPlace {
  id: string;
  layer: string;
  kind: string;
  country: string;
  parentId: string | null;
  coordinates: Coordinates | null;
  /** Its name keys (see `nameKeysOf`). */
  keys: string[];
}

/** Where a place's parent was found: another place of the file, a place in the database, or GeoNames. */
export type ParentFound = { place: number } | { known: string } | { gazetteer: GazetteerHit } | null;

export const PARENT_KM = 100;

const dist = (a: Coordinates | null, b: Coordinates | null) => (a && b ? distanceKm(a, b) : 0);

export class KnownIndex {
  private readonly byKey = new Map<string, KnownPlace[]>();
  private readonly ids = new Map<string, KnownPlace>();
  constructor(readonly places: readonly KnownPlace[]) {
    for (const p of places) {
      this.ids.set(p.id, p);
      for (const key of new Set(p.keys.map((k) => k.replace(/ /g, '')))) {
        const k = `${p.country}|${key}`;
        const list = this.byKey.get(k);
        if (list) list.push(p);
        else this.byKey.set(k, [p]);
      }
    }
  }
  byId(id: string): KnownPlace | undefined {
    return this.ids.get(id);
  }
  named(country: string, names: readonly string[]): KnownPlace[] {
    return [...new Set(names.flatMap((n) => this.byKey.get(`${country}|${matchKey(n)}`) ?? []))];
  }
}

/** Places of the file by country and name, for finding parents. */
export function indexByName(places: readonly NetworkPlace[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  places.forEach((p, i) => {
    if (p.unit) return;
    for (const n of p.names) {
      const k = `${p.country}|${matchKey(n)}`;
      const list = out.get(k);
      if (!list?.includes(i)) out.set(k, [...(list ?? []), i]);
    }
  });
  return out;
}

/**
 * The place a qualifier such as `(Shenzhen)` or `Berlin –` names: a place of the file, else one
 * in the database, else a GeoNames city near the child (which the import then creates); nearest
 * first. A parent far from the child is still its parent: the child's coordinates are the suspect.
 */
export function findParent(
  child: NetworkPlace,
  self: number,
  places: readonly NetworkPlace[],
  byName: Map<string, number[]>,
  known: KnownIndex,
  g: Gazetteer,
): ParentFound {
  const hint = child.parentHint;
  if (!hint) return null;
  const inFile = (byName.get(`${child.country}|${matchKey(hint)}`) ?? [])
    .filter((i) => i !== self && !places[i]!.parentHint)
    .sort(
      (a, b) =>
        dist(child.coordinates, places[a]!.coordinates) - dist(child.coordinates, places[b]!.coordinates) ||
        places[b]!.mentions.length - places[a]!.mentions.length,
    );
  if (inFile[0] !== undefined) return { place: inFile[0] };
  const db = known.named(child.country, [hint]).filter((k) => k.layer === 'registry' || k.parentId === null);
  if (db[0]) return { known: db.sort((a, b) => dist(child.coordinates, a.coordinates) - dist(child.coordinates, b.coordinates))[0]!.id };
  const hit = g.named(child.country, hint).find((h) => dist(child.coordinates, h.coordinates) <= PARENT_KM);
  return hit ? { gazetteer: hit } : null;
}

/**
 * The place in the database a place of the file is. Registry places are matched by name,
 * country and nearness; places an earlier import made must also agree in kind and parent.
 */
export function findKnown(p: NetworkPlace, parentId: string | null, known: KnownIndex): KnownPlace | null {
  const rawKeys = new Set(p.raws.map(matchKey));
  const at = p.coordinates ?? p.gazetteer?.coordinates ?? null;
  const fits = known.named(p.country, [...p.names, ...p.raws, ...(p.gazetteer ? [p.gazetteer.name] : [])]).filter((k) => {
    const km = dist(at, k.coordinates);
    if (k.layer === 'registry') return km <= 60 && !(k.parentId && parentId && k.parentId !== parentId);
    return km <= 35 && k.kind === p.kind && k.parentId === parentId;
  });
  const rank = (k: KnownPlace) => [k.layer === 'registry' ? 0 : 1, k.keys.some((key) => rawKeys.has(key)) ? 0 : 1, dist(at, k.coordinates)];
  return (
    fits.sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || a.id.localeCompare(b.id);
    })[0] ?? null
  );
}
