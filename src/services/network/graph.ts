import type { Names } from '../../domain/common.ts';
import { COUNTED_STATUSES } from '../../records/partnership/partnership.schema.ts';
import { systemActor } from '../../domain/permissions.ts';
import { scopedList, type Scope } from '../../domain/scope.ts';
import type { PlaceData } from '../../records/place/place.schema.ts';
import { buildAdjacency, type Adjacency } from '../../domain/network/graph-algorithms.ts';
import { readJson, type Db } from '../../storage/database.ts';
import { networkRepository } from '../../storage/network.repository.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { partnerships } from '../records.service.ts';
import { networkVersion } from './network-version.ts';
import { offThread } from '../threads/pool.ts';

export interface GraphNode {
  id: string;
  name: string;
  names: Names;
  aliases: string[];
  country: string;
  kind: string;
  layer: string;
  /** Only public places are shown to the public (the world map). */
  visibility: string;
  parentId: string | null;
  lat: number | null;
  lng: number | null;
  population: number | null;
  geonames: string | null;
}

/** One tie between two places, as the network lists it, as the registry records it, or both. */
export interface GraphEdge {
  a: number;
  b: number;
  network: { sourceId: string; rows: number[] }[];
  registry: { partnershipId: string; type: string; status: string; areas: string[] } | null;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  index: Map<string, number>;
  edges: GraphEdge[];
  adjacency: Adjacency;
}

/**
 * What the graph was built from: the network's version counter, the registry's partnerships,
 * and the latest audited change to a place (a rename, a deletion, a merge), which the graph's
 * names and nodes reflect. Each part is a cheap query, so every answer can check it.
 */
export async function networkStamp(db: Db): Promise<string> {
  const row = await networkRepository.partnershipsStamp(db);
  const placeEdit = await networkRepository.latestPlaceAuditId(db);
  return `${await networkVersion(db)}|${row?.n ?? 0}|${row?.latest ?? ''}|${placeEdit ?? 0}`;
}

/** Builds the graph from the database (on a worker thread when the server has a pool: see networkGraph). */
export async function buildNetworkGraph(db: Db, scope: Scope): Promise<NetworkGraph> {
  const nodes: GraphNode[] = [];
  const index = new Map<string, number>();
  for (const p of await networkRepository.graphPlaces(db, scope)) {
    const doc = readJson<PlaceData>(p.doc);
    index.set(p.id, nodes.length);
    nodes.push({
      id: p.id,
      name: p.sort_name,
      names: doc.names,
      aliases: doc.aliases.map((a) => a.name),
      country: p.country,
      kind: p.kind,
      layer: p.layer,
      visibility: p.visibility,
      parentId: p.parent_id,
      lat: p.lat,
      lng: p.lng,
      population: doc.population?.value ?? null,
      geonames: doc.externalIds.geonames ?? null,
    });
  }
  const edges: GraphEdge[] = [];
  const byPair = new Map<string, GraphEdge>();
  const edgeFor = (x: number, y: number): GraphEdge => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a} ${b}`;
    let e = byPair.get(key);
    if (!e) {
      e = { a, b, network: [], registry: null };
      edges.push(e);
      byPair.set(key, e);
    }
    return e;
  };
  for (const t of await networkRepository.allTies(db)) {
    const a = index.get(t.place_a_id);
    const b = index.get(t.place_b_id);
    if (a === undefined || b === undefined) continue;
    edgeFor(a, b).network.push({ sourceId: t.source_id, rows: t.source_rows.split(',').map(Number) });
  }
  const ctx = { db, actor: systemActor('network'), now: () => new Date() };
  for (const p of (await partnerships.list(ctx, scopedList(scope, {}))) as PartnershipRecord[]) {
    const a = index.get(p.placeAId);
    const b = index.get(p.placeBId);
    if (a === undefined || b === undefined || a === b || !COUNTED_STATUSES.has(p.status)) continue;
    edgeFor(a, b).registry = { partnershipId: p.id, type: p.type, status: p.status, areas: p.areas };
  }
  return {
    nodes,
    index,
    edges,
    adjacency: buildAdjacency(
      nodes.length,
      edges.map((e) => [e.a, e.b] as const),
    ),
  };
}

const cache = new WeakMap<Db, Map<Scope['records'], { stamp: string; graph: Promise<NetworkGraph> }>>();

/**
 * The network as `scope` may see it, as adjacency arrays over integer indices: every live place,
 * every network tie, and the registry's active and dormant partnerships; for the public, internal
 * places (with every tie they have) and internal ties are not in it. Built on first use and kept
 * until its stamp (`networkStamp`) moves.
 */
export async function networkGraph(db: Db, scope: Scope): Promise<NetworkGraph> {
  const stamp = await networkStamp(db);
  const held = cache.get(db)?.get(scope.records);
  if (held && held.stamp === stamp) return held.graph;
  const ctx = { db, actor: systemActor('network'), now: () => new Date() };
  const graph = offThread(ctx, 'graph', scope, () => buildNetworkGraph(db, scope));
  if (!db.isTransaction) {
    const byScope = cache.get(db) ?? new Map();
    byScope.set(scope.records, { stamp, graph });
    cache.set(db, byScope);
  }
  graph.catch(() => cache.get(db)?.delete(scope.records));
  return graph;
}
