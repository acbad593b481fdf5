import { clusterMentions } from './clusters.ts';
import type { Gazetteer } from './gazetteer.ts';
import { distanceKm } from './geo.ts';
import { findKnown, findParent, indexByName, KnownIndex, PARENT_KM, type KnownPlace } from './links.ts';
import { readSide, type Mention, type SideText } from './mentions.ts';
import { findInGazetteer, mergeByGazetteer, spellingsMerged, summarise, type NetworkPlace } from './places.ts';
import type { CoordinateFlag, Unresolved } from './report.ts';

export interface NetworkRow {
  row: number;
  sides: [SideText, SideText];
}

export interface ResolvedPlace {
  id: string;
  isNew: boolean;
  /** The layer of the place it was matched to; null for a new place. */
  matchedLayer: string | null;
  place: NetworkPlace;
  parentId: string | null;
}

/** One tie, its places in id order, and the rows of the file that list it. */
export interface ResolvedTie {
  a: string;
  b: string;
  rows: number[];
}

export interface ResolvedNetwork {
  places: ResolvedPlace[];
  ties: ResolvedTie[];
  unresolved: Unresolved[];
  flags: CoordinateFlag[];
  mergedDuplicates: number;
}

export interface ResolveInput {
  rows: readonly NetworkRow[];
  known: readonly KnownPlace[];
  gazetteer: Gazetteer;
  newId: () => string;
}

type Read = number | Omit<Unresolved, 'row'>;

function readMentions(rows: readonly NetworkRow[], g: Gazetteer) {
  const mentions: Mention[] = [];
  const cache = new Map<string, Read>();
  const pairs: ([number, number] | null)[] = [];
  const unresolved: Unresolved[] = [];
  const flags: CoordinateFlag[] = [];
  for (const r of rows) {
    const read = r.sides.map((side) => {
      const key = `${side.name}\u0001${side.country}\u0001${side.lat}\u0001${side.lng}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        const result = readSide(side, g);
        hit = 'problem' in result ? result.problem : mentions.push(result.mention) - 1;
        cache.set(key, hit);
      }
      return hit;
    });
    const problem = read.find((x): x is Omit<Unresolved, 'row'> => typeof x !== 'number');
    if (problem) {
      unresolved.push({ row: r.row, ...problem });
      pairs.push(null);
      continue;
    }
    const [a, b] = read as [number, number];
    pairs.push([a, b]);
    [a, b].forEach((m, i) => {
      const side = (i + 1) as 1 | 2;
      mentions[m]!.seen.push({ row: r.row, side });
      for (const f of mentions[m]!.flags) flags.push({ row: r.row, side, ...f });
    });
  }
  return { mentions, pairs, unresolved, flags };
}

function groupsOf(n: number, find: (i: number) => number): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/** Turns the rows of a twin-town file into places and ties, in memory; nothing is written here. */
export function resolveNetwork(input: ResolveInput): ResolvedNetwork {
  const g = input.gazetteer;
  const { mentions, pairs, unresolved, flags } = readMentions(input.rows, g);

  const uf = clusterMentions(mentions);
  const first = new Map<number, NetworkPlace>();
  for (const members of groupsOf(mentions.length, (i) => uf.find(i))) {
    const p = summarise(mentions, members);
    p.gazetteer = findInGazetteer(p, g);
    first.set(members[0]!, p);
  }
  mergeByGazetteer([...first.values()], uf);
  const places = groupsOf(mentions.length, (i) => uf.find(i)).map((members) => {
    const before = first.get(members[0]!)!;
    if (before.mentions.length === members.length) return before;
    return { ...summarise(mentions, members), gazetteer: before.gazetteer };
  });
  const placeOfMention = new Int32Array(mentions.length);
  for (const [i, p] of places.entries()) {
    for (const m of p.mentions) placeOfMention[m] = i;
  }

  const known = new KnownIndex(input.known);
  const parents = linkParents(places, known, g, mentions, flags);
  const resolved = matchKnown(places, parents, known, input.newId);

  const byId = new Map<string, ResolvedPlace>();
  let mergedIntoKnown = 0;
  for (const r of resolved) {
    if (byId.has(r.id)) mergedIntoKnown++;
    else byId.set(r.id, r);
  }
  const ties = new Map<string, ResolvedTie>();
  input.rows.forEach((r, i) => {
    const pair = pairs[i];
    if (!pair) return;
    const [x, y] = pair.map((m) => resolved[placeOfMention[m]!]!.id) as [string, string];
    if (x === y) {
      unresolved.push({
        row: r.row,
        reason: 'same_place',
        detail: `both sides name ${places[placeOfMention[pair[0]]!]!.name} (${places[placeOfMention[pair[0]]!]!.country})`,
      });
      return;
    }
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a} ${b}`;
    const tie = ties.get(key);
    if (tie) tie.rows.push(r.row);
    else ties.set(key, { a, b, rows: [r.row] });
  });
  unresolved.sort((a, b) => a.row - b.row);
  return {
    places: [...byId.values()],
    ties: [...ties.values()],
    unresolved,
    flags,
    mergedDuplicates: spellingsMerged(places, mentions) + mergedIntoKnown,
  };
}

type Link = { place: number } | { known: string } | null;

/** Finds each place's parent, adding GeoNames cities the file names only as parents. */
function linkParents(
  places: NetworkPlace[],
  index: KnownIndex,
  g: Gazetteer,
  mentions: readonly Mention[],
  flags: CoordinateFlag[],
): Link[] {
  const byName = indexByName(places);
  const created = new Map<string, number>();
  const links: Link[] = [];
  const count = places.length;
  for (let i = 0; i < count; i++) {
    const p = places[i]!;
    const found = findParent(p, i, places, byName, index, g);
    let link: Link = null;
    if (found && 'gazetteer' in found) {
      const hit = found.gazetteer;
      let at = created.get(hit.geonamesId);
      if (at === undefined) {
        at =
          places.push({
            mentions: [],
            country: hit.country,
            name: hit.name,
            names: [hit.name],
            raws: [],
            unit: null,
            kind: 'city',
            parentHint: null,
            qualifier: null,
            coordinates: hit.coordinates,
            gazetteer: hit,
          }) - 1;
        created.set(hit.geonamesId, at);
      }
      link = { place: at };
    } else if (found) {
      link = found;
    }
    links[i] = link;
    if (!link) {
      p.parentHint = null;
      continue;
    }
    if (!p.unit) p.kind = 'district';
    const parentAt =
      'place' in link
        ? (places[link.place]!.coordinates ?? places[link.place]!.gazetteer?.coordinates ?? null)
        : (index.byId(link.known)?.coordinates ?? null);
    const parentHit = 'place' in link ? places[link.place]!.gazetteer : null;
    if (p.gazetteer && parentHit && p.gazetteer.geonamesId === parentHit.geonamesId) p.gazetteer = null;
    if (p.coordinates && parentAt && distanceKm(p.coordinates, parentAt) > PARENT_KM) {
      const detail = `${p.coordinates.lat.toFixed(4)},${p.coordinates.lng.toFixed(4)} lies ${Math.round(distanceKm(p.coordinates, parentAt))} km from ${p.parentHint}, the place it is part of`;
      for (const m of p.mentions) {
        for (const { row, side } of mentions[m]!.seen) flags.push({ row, side, reason: 'far_from_parent', detail });
      }
      p.coordinates = null;
      if (p.gazetteer && distanceKm(p.gazetteer.coordinates, parentAt) > PARENT_KM) p.gazetteer = null;
    }
  }
  for (let i = count; i < places.length; i++) links[i] = null;
  return links;
}

/** Gives every place an id: the one of the database place it is, else a new one; parents first. */
function matchKnown(places: readonly NetworkPlace[], links: readonly Link[], known: KnownIndex, newId: () => string): ResolvedPlace[] {
  const out: ResolvedPlace[] = [];
  const resolve = (i: number): ResolvedPlace => {
    const done = out[i];
    if (done) return done;
    const link = links[i];
    const parentId = !link ? null : 'known' in link ? link.known : resolve(link.place).id;
    const p = places[i]!;
    const match = findKnown(p, parentId, known);
    const r: ResolvedPlace = {
      id: match?.id ?? newId(),
      isNew: !match,
      matchedLayer: match?.layer ?? null,
      place: p,
      parentId: match ? match.parentId : parentId,
    };
    out[i] = r;
    return r;
  };
  for (let i = 0; i < places.length; i++) resolve(i);
  return out;
}
