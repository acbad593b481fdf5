import { scopeOf } from '../../domain/scope.ts';
import { z } from 'zod';
import { AreaKeySchema } from '../../domain/area.ts';
import { CONTINENTS, continentOf, CountryCodeSchema, type Continent } from '../../domain/countries.ts';
import { adamicAdar } from '../../domain/network/graph-algorithms.ts';
import type { Ctx } from '../context.ts';
import { PlaceRefSchema } from '../home-place.service.ts';
import { commaList, networkLimit } from './network.service.ts';
import { networkGraph, type NetworkGraph } from './graph.ts';
import { findPlace, summaryOf, type PlaceSummary } from './place-lookup.service.ts';

/** What the office says it wants in a new partner. */
/** What a request for partner suggestions gives, over HTTP (`/api/network/suggest`) and on the command line (`amity network suggest`). */
export const SuggestRequestSchema = z.object({
  home: PlaceRefSchema,
  countries: commaList(CountryCodeSchema).optional(),
  continents: commaList(z.enum(CONTINENTS)).optional(),
  minPopulation: z.coerce.number().int().nonnegative().optional(),
  maxPopulation: z.coerce.number().int().nonnegative().optional(),
  areas: commaList(AreaKeySchema).optional(),
  limit: networkLimit(10),
});

export interface SuggestWishes {
  countries?: string[];
  continents?: Continent[];
  minPopulation?: number;
  maxPopulation?: number;
  /** Cooperation areas: candidates reached through partners whose registry ties cover them rank higher. */
  areas?: string[];
  /** Include places in the home place's own country (left out by default). */
  includeHomeCountry?: boolean;
  limit?: number;
}

export interface Suggestion extends PlaceSummary {
  score: number;
  /** The home place's partners the candidate is tied to. */
  via: PlaceSummary[];
  /** The wished areas that the home place's ties with those partners cover. */
  areas: string[];
  explanation: string;
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function explain(via: PlaceSummary[], areas: string[], areaVia: string[]): string {
  const names = via.slice(0, 5).map((p) => p.name);
  const more = via.length > 5 ? `${names.join(', ')} and ${via.length - 5} more` : list(names);
  const base = `tied to ${via.length} of your partners: ${more}`;
  return areas.length ? `${base}; your ties with ${list(areaVia.slice(0, 3))} cover ${areas.join(', ')}` : base;
}

/** Places outside the home place's own family: itself, its districts, the place it belongs to. */
function family(g: NetworkGraph, home: number): Set<number> {
  const id = g.nodes[home]!.id;
  const parent = g.nodes[home]!.parentId;
  const out = new Set<number>([home]);
  g.nodes.forEach((n, i) => {
    if (n.parentId === id || n.id === parent) out.add(i);
  });
  return out;
}

/**
 * Partner suggestions for a home place: places its partners are tied to, ranked by
 * Adamic–Adar (shared partners, each weighted by how few ties it has), filtered by the
 * office's wishes and raised by the cooperation areas its ties through them cover.
 * Existing partners, in the registry or the network, are never suggested.
 */
export async function suggestPartners(
  ctx: Ctx,
  home: string,
  wishes: SuggestWishes = {},
): Promise<{ home: PlaceSummary; suggestions: Suggestion[] }> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  const h = findPlace(g, home);
  return { home: summaryOf(g, h), suggestions: suggestFor(g, h, wishes) };
}

export function suggestFor(g: NetworkGraph, h: number, wishes: SuggestWishes = {}): Suggestion[] {
  const homeCountry = g.nodes[h]!.country;
  const areasWanted = new Set(wishes.areas ?? []);
  const areaOfPartner = new Map<number, string[]>();
  const a = g.adjacency;
  for (let k = a.offsets[h]!; k < a.offsets[h + 1]!; k++) {
    const areas = g.edges[a.edges[k]!]!.registry?.areas.filter((x) => areasWanted.has(x)) ?? [];
    if (areas.length) areaOfPartner.set(a.targets[k]!, areas);
  }
  const countries = wishes.countries?.length ? new Set(wishes.countries) : null;
  const continents = wishes.continents?.length ? new Set(wishes.continents) : null;
  const ranked: { c: number; score: number; via: number[]; areaVia: number[]; areas: string[] }[] = [];
  for (const [c, { score, via }] of adamicAdar(a, h, family(g, h))) {
    const n = g.nodes[c]!;
    if (!wishes.includeHomeCountry && n.country === homeCountry) continue;
    if (countries && !countries.has(n.country)) continue;
    if (continents && !continents.has(continentOf(n.country) as Continent)) continue;
    if (wishes.minPopulation !== undefined && (n.population ?? -1) < wishes.minPopulation) continue;
    if (wishes.maxPopulation !== undefined && (n.population === null || n.population > wishes.maxPopulation)) continue;
    const areaVia = via.filter((z) => areaOfPartner.has(z));
    const areas = [...new Set(areaVia.flatMap((z) => areaOfPartner.get(z)!))].sort();
    ranked.push({ c, via, areaVia, areas, score: score * (1 + (areasWanted.size ? areas.length / areasWanted.size : 0)) });
  }
  const name = (i: number) => g.nodes[i]!.name;
  ranked.sort((x, y) => y.score - x.score || y.via.length - x.via.length || name(x.c).localeCompare(name(y.c)));
  return ranked.slice(0, wishes.limit ?? 10).map(({ c, score, via, areaVia, areas }) => {
    const viaPlaces = via.map((z) => summaryOf(g, z)).sort((x, y) => x.degree - y.degree || x.name.localeCompare(y.name));
    return { ...summaryOf(g, c), score, via: viaPlaces, areas, explanation: explain(viaPlaces, areas, areaVia.map(name)) };
  });
}
