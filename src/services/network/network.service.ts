import { PUBLIC_SCOPE, scopeOf } from '../../domain/scope.ts';
import { z } from 'zod';
import { CountryCodeSchema } from '../../domain/countries.ts';
import { AmityError } from '../../domain/errors.ts';
import { componentsOf, degreeOf, neighbours, shortestPath } from '../../domain/network/graph-algorithms.ts';
import type { NetworkMap } from '../../domain/network/network-map.ts';
import type { Ctx } from '../context.ts';
import { PlaceRefSchema } from '../home-place.service.ts';
import { buildNetworkGraph, networkGraph, type GraphEdge, type NetworkGraph } from './graph.ts';
import { offThread } from '../threads/pool.ts';
import { findPlace, summaryOf, type PlaceSummary } from './place-lookup.service.ts';

// What the network's requests give, over HTTP (`/api/network/…`) and on the command line (`amity network …`).
/** How many answers: from 1 to 1000, `n` when not given. */
export const networkLimit = (n: number) => z.coerce.number().int().min(1).max(1000).default(n);
/** A comma-separated list of `item`s. */
export const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .describe('comma-separated')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
export const RankRequestSchema = z.object({ country: CountryCodeSchema.optional(), limit: networkLimit(20) });
export const ComponentsRequestSchema = z.object({ place: PlaceRefSchema.optional(), limit: networkLimit(10) });
export const MatrixRequestSchema = z.object({ countries: commaList(CountryCodeSchema).optional(), limit: networkLimit(30) });

export interface TieSummary {
  /** Where the tie is known: the network's datasets, the registry, or both. */
  via: 'network' | 'registry' | 'both';
  /** The registry's type when it records the tie; `unknown` for a tie only the network lists. */
  type: string;
  partnershipId: string | null;
  sources: { sourceId: string; rows: number[] }[];
}

export interface Partner extends PlaceSummary {
  tie: TieSummary;
}

export function tieSummary(e: GraphEdge): TieSummary {
  return {
    via: e.registry && e.network.length ? 'both' : e.registry ? 'registry' : 'network',
    type: e.registry?.type ?? 'unknown',
    partnershipId: e.registry?.partnershipId ?? null,
    sources: e.network,
  };
}

function partnersOf(g: NetworkGraph, i: number): Partner[] {
  const a = g.adjacency;
  const out: Partner[] = [];
  for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++)
    out.push({ ...summaryOf(g, a.targets[k]!), tie: tieSummary(g.edges[a.edges[k]!]!) });
  return out.sort((x, y) => x.country.localeCompare(y.country) || x.name.localeCompare(y.name));
}

export async function networkPartners(ctx: Ctx, place: string): Promise<{ place: PlaceSummary; partners: Partner[] }> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const i = findPlace(g, place);
  return { place: summaryOf(g, i), partners: partnersOf(g, i) };
}

/** The places tied to both. */
export async function sharedPartners(
  ctx: Ctx,
  first: string,
  second: string,
): Promise<{ places: [PlaceSummary, PlaceSummary]; shared: PlaceSummary[] }> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const [a, b] = [findPlace(g, first), findPlace(g, second)];
  const of = new Set(neighbours(g.adjacency, a));
  const shared = [...neighbours(g.adjacency, b)].filter((x) => of.has(x)).map((x) => summaryOf(g, x));
  return { places: [summaryOf(g, a), summaryOf(g, b)], shared: shared.sort((x, y) => y.degree - x.degree || x.name.localeCompare(y.name)) };
}

export interface PathStep {
  place: PlaceSummary;
  /** The tie from the previous place to this one; null for the first. */
  tie: TieSummary | null;
}

/** The shortest chain of ties between two places; null when none joins them. */
export async function networkPath(ctx: Ctx, from: string, to: string): Promise<PathStep[] | null> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const chain = shortestPath(g.adjacency, findPlace(g, from), findPlace(g, to));
  return chain && pathSteps(g, chain);
}

export function pathSteps(g: NetworkGraph, chain: readonly number[]): PathStep[] {
  const a = g.adjacency;
  return chain.map((node, k) => {
    if (k === 0) return { place: summaryOf(g, node), tie: null };
    const prev = chain[k - 1]!;
    let edge = -1;
    for (let j = a.offsets[prev]!; j < a.offsets[prev + 1]!; j++) if (a.targets[j] === node) edge = a.edges[j]!;
    return { place: summaryOf(g, node), tie: tieSummary(g.edges[edge]!) };
  });
}

/** Places by number of partners, overall or in one country. */
export async function degreeRanking(ctx: Ctx, options: { country?: string; limit?: number } = {}): Promise<PlaceSummary[]> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const rows: PlaceSummary[] = [];
  g.nodes.forEach((n, i) => {
    if ((!options.country || n.country === options.country) && degreeOf(g.adjacency, i) > 0) rows.push(summaryOf(g, i));
  });
  return rows.sort((x, y) => y.degree - x.degree || x.name.localeCompare(y.name)).slice(0, options.limit ?? 20);
}

export interface ComponentSummary {
  size: number;
  /** Its best-connected places. */
  hubs: PlaceSummary[];
}

/** The connected parts of the network, largest first; places without ties are left out. */
export async function networkComponents(ctx: Ctx, options: { limit?: number; place?: string } = {}) {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const { count, of } = componentsOf(g.adjacency);
  const members = Array.from({ length: count }, () => [] as number[]);
  of.forEach((c, i) => {
    if (degreeOf(g.adjacency, i) > 0) members[c]!.push(i);
  });
  const parts = members.filter((m) => m.length > 0).sort((x, y) => y.length - x.length);
  const summary = (m: number[]): ComponentSummary => ({
    size: m.length,
    hubs: m
      .map((i) => summaryOf(g, i))
      .sort((x, y) => y.degree - x.degree || x.name.localeCompare(y.name))
      .slice(0, 5),
  });
  const placeAt = options.place ? findPlace(g, options.place) : null;
  return {
    count: parts.length,
    sizes: parts.map((m) => m.length),
    components: parts.slice(0, options.limit ?? 10).map(summary),
    ofPlace: placeAt === null ? null : summary(members[of[placeAt]!]!),
  };
}

/** Ties between countries: each pair once, a country's ties at home under its own code twice. */
export async function countryMatrix(ctx: Ctx, options: { countries?: string[]; limit?: number } = {}) {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const pairs = new Map<string, number>();
  const totals = new Map<string, number>();
  const wanted = options.countries?.length ? new Set(options.countries) : null;
  for (const e of g.edges) {
    const [x, y] = [g.nodes[e.a]!.country, g.nodes[e.b]!.country].sort() as [string, string];
    if (wanted && !wanted.has(x) && !wanted.has(y)) continue;
    pairs.set(`${x} ${y}`, (pairs.get(`${x} ${y}`) ?? 0) + 1);
    totals.set(x, (totals.get(x) ?? 0) + 1);
    if (y !== x) totals.set(y, (totals.get(y) ?? 0) + 1);
  }
  const cells = [...pairs].map(([k, ties]) => ({ a: k.split(' ')[0]!, b: k.split(' ')[1]!, ties }));
  return {
    cells: cells
      .sort((p, q) => q.ties - p.ties || p.a.localeCompare(q.a) || p.b.localeCompare(q.b))
      .slice(0, options.limit ?? cells.length),
    totals: Object.fromEntries([...totals].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))),
  };
}

/** Other places of the home place's country that are tied to a foreign place. */
export async function peers(
  ctx: Ctx,
  home: string,
  foreign: string,
): Promise<{ home: PlaceSummary; foreign: PlaceSummary; peers: Partner[] }> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const [h, f] = [findPlace(g, home), findPlace(g, foreign)];
  const country = g.nodes[h]!.country;
  if (g.nodes[f]!.country === country)
    throw new AmityError('validation', `${g.nodes[f]!.name} is in ${country}, the home place's own country`);
  const found = partnersOf(g, f).filter((p) => p.country === country && p.id !== g.nodes[h]!.id);
  return {
    home: summaryOf(g, h),
    foreign: summaryOf(g, f),
    peers: found.sort((x, y) => y.degree - x.degree || x.name.localeCompare(y.name)),
  };
}

export type { NetworkMap };

const round4 = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

// One answer serves every reader (networkMapAnswer keeps it), so it is the public's network.
export async function networkMap(ctx: Ctx): Promise<NetworkMap> {
  return mapOf(await networkGraph(ctx.db, PUBLIC_SCOPE));
}

/**
 * The world map as JSON, made on a worker thread when the server has a pool, from a graph built
 * for it and then let go: the server keeps the map's bytes, not the graph (which the network's
 * other answers build and keep when first asked).
 */
export function networkMapJson(ctx: Ctx): Promise<string> {
  return offThread(ctx, 'map', null, () => networkMapJsonHere(ctx));
}

export async function networkMapJsonHere(ctx: Ctx): Promise<string> {
  return JSON.stringify(mapOf(await buildNetworkGraph(ctx.db, PUBLIC_SCOPE)));
}

function mapOf(g: NetworkGraph): NetworkMap {
  const places: NetworkMap['places'] = { id: [], name: [], country: [], nameZh: [], lat: [], lng: [], degree: [], registry: [] };
  // Places the registry keeps internal stay off the public map, with their ties.
  const at = new Int32Array(g.nodes.length).fill(-1);
  g.nodes.forEach((n, i) => {
    if (n.visibility !== 'public') return;
    at[i] = places.id.length;
    places.id.push(n.id);
    places.name.push(n.name);
    places.nameZh.push(n.names.zh ?? null);
    places.country.push(n.country);
    places.lat.push(round4(n.lat));
    places.lng.push(round4(n.lng));
    places.degree.push(0);
    places.registry.push(n.layer === 'registry');
  });
  const ties: number[] = [];
  const tieInRegistry: boolean[] = [];
  for (const e of g.edges) {
    if (at[e.a]! < 0 || at[e.b]! < 0) continue;
    ties.push(at[e.a]!, at[e.b]!);
    tieInRegistry.push(e.registry !== null);
    places.degree[at[e.a]!]!++;
    places.degree[at[e.b]!]!++;
  }
  return { places, ties, tieInRegistry };
}
