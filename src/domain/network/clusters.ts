import type { Coordinates } from '../common.ts';
import { matchKey } from './gazetteer.ts';
import { distanceKm } from './geo.ts';
import type { Mention } from './mentions.ts';

/** Mentions closer than this, under one name in one country, are one place. */
export const SAME_PLACE_KM = 20;

export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }
  /** Joins two sets under the lower index, so the result does not depend on the order of calls. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

/** The keys a mention is bucketed under: its country, its kind of unit, and each of its names. */
export function bucketKeys(m: Mention): string[] {
  const names = [m.text.name, ...m.text.alternatives];
  return [...new Set(names.map((n) => `${m.country}|${m.text.unit ?? ''}|${matchKey(n)}`))];
}

const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;

function near(a: Coordinates | null, b: Coordinates | null): boolean {
  return a !== null && b !== null && distanceKm(a, b) <= SAME_PLACE_KM;
}

/**
 * Groups mentions into places. Under one name in one country, mentions with coordinates
 * are one place when they lie close together; a mention without coordinates joins the one
 * place of its name it can only mean, and qualifiers that disagree keep homonyms apart.
 */
export function clusterMentions(mentions: readonly Mention[]): UnionFind {
  const uf = new UnionFind(mentions.length);
  const buckets = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    for (const key of bucketKeys(m)) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const members of buckets.values()) {
    const located = members.filter((i) => mentions[i]!.coordinates);
    for (let x = 0; x < located.length; x++) {
      for (let y = x + 1; y < located.length; y++) {
        if (near(mentions[located[x]!]!.coordinates, mentions[located[y]!]!.coordinates)) uf.union(located[x]!, located[y]!);
      }
    }
    for (const i of members.filter((j) => !mentions[j]!.coordinates)) {
      const m = mentions[i]!;
      const fits = members.filter(
        (j) => j !== i && compatible(m.text.qualifier, mentions[j]!.text.qualifier) && compatible(m.text.parent, mentions[j]!.text.parent),
      );
      const places = [...new Set(fits.filter((j) => mentions[j]!.coordinates).map((j) => uf.find(j)))];
      if (places.length === 1) uf.union(i, places[0]!);
      else if (places.length === 0) for (const j of fits) uf.union(i, j);
    }
  }
  return uf;
}
