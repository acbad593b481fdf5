import { scopeOf } from '../../domain/scope.ts';
import { citationService } from '../citation.service.ts';
import type { Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { homePlaceIds } from '../home-place.service.ts';
import { partnerships, sources } from '../records.service.ts';
import { networkGraph } from './graph.ts';
import { findPlace, summaryOf, type PlaceSummary } from './place-lookup.service.ts';

export interface SourceRef {
  sourceId: string;
  title: string;
  url: string | null;
  /** The dataset's rows, for a network source. */
  rows: number[];
}

export interface Reconciliation {
  home: PlaceSummary;
  /** Ties the network lists that the registry does not record. */
  networkOnly: { homeSide: PlaceSummary; partner: PlaceSummary; sources: SourceRef[] }[];
  /** Ties the registry records that no network dataset lists. */
  registryOnly: {
    homeSide: PlaceSummary;
    partner: PlaceSummary;
    partnershipId: string;
    type: string;
    status: string;
    sources: SourceRef[];
  }[];
  both: number;
}

/** The home place's ties as the network lists them beside the registry's, each difference with its sources. */
export async function reconcile(ctx: Ctx, home: string, options: { includeDistricts?: boolean } = {}): Promise<Reconciliation> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const h = findPlace(g, home);
  const homeIds = await homePlaceIds(ctx, g.nodes[h]!.id, options.includeDistricts);
  const homeSet = new Set(homeIds);
  const registry = (await partnerships.touching(ctx.db, homeIds, scopeOf(ctx.actor))) as PartnershipRecord[];
  const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const inRegistry = new Set(registry.map((p) => pairKey(p.placeAId, p.placeBId)));
  const inNetwork = new Set<string>();
  const titles = new Map<string, { title: string; url: string | null }>();
  const titleOf = async (id: string) => {
    if (!titles.has(id)) {
      const [s] = await sources.getMany(ctx, [id]);
      titles.set(id, { title: s?.title ?? id, url: s?.url ?? null });
    }
    return titles.get(id)!;
  };

  const out: Reconciliation = { home: summaryOf(g, h), networkOnly: [], registryOnly: [], both: 0 };
  for (const e of g.edges) {
    if (e.network.length === 0) continue;
    const [x, y] = [g.nodes[e.a]!, g.nodes[e.b]!];
    if (!homeSet.has(x.id) && !homeSet.has(y.id)) continue;
    const key = pairKey(x.id, y.id);
    inNetwork.add(key);
    if (inRegistry.has(key)) continue;
    const [side, partner] = homeSet.has(x.id) ? [e.a, e.b] : [e.b, e.a];
    const refs: SourceRef[] = [];
    for (const n of e.network) refs.push({ sourceId: n.sourceId, ...(await titleOf(n.sourceId)), rows: n.rows });
    out.networkOnly.push({ homeSide: summaryOf(g, side), partner: summaryOf(g, partner), sources: refs });
  }
  for (const p of registry) {
    const key = pairKey(p.placeAId, p.placeBId);
    if (inNetwork.has(key)) {
      out.both++;
      continue;
    }
    const [side, partner] = homeSet.has(p.placeAId) ? [p.placeAId, p.placeBId] : [p.placeBId, p.placeAId];
    const cited = await citationService.forRecord(ctx.db, 'partnership', p.id);
    const refs: SourceRef[] = [];
    for (const id of [...new Set(cited.map((c) => c.sourceId))]) refs.push({ sourceId: id, ...(await titleOf(id)), rows: [] });
    out.registryOnly.push({
      homeSide: summaryOf(g, g.index.get(side)!),
      partner: summaryOf(g, g.index.get(partner)!),
      partnershipId: p.id,
      type: p.type,
      status: p.status,
      sources: refs,
    });
  }
  out.networkOnly.sort((p, q) => p.partner.name.localeCompare(q.partner.name));
  out.registryOnly.sort((p, q) => p.partner.name.localeCompare(q.partner.name));
  return out;
}
