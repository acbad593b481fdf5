import { z } from 'zod';
import { LangCodeSchema, pickName, type Names } from '../domain/common.ts';
import { deletionNeighbourhood } from '../domain/edit-distance.ts';
import { parseOrThrow } from '../domain/errors.ts';
import { lookupKeys, queryOf, type NameQuery } from '../domain/name-match.ts';
import { bestMatches, compareMatches, recordKey, type NameMatch } from '../domain/name-rank.ts';
import { PLACE_KINDS, type PlaceKind } from '../records/place/place.schema.ts';
import { nameKeysRepository } from '../storage/name-keys.repository.ts';
import type { Ctx } from './context.ts';
import { SERVICES } from './records.service.ts';

/** The kinds of record that have names and are found by them. */
export const SEARCHABLE_KINDS = ['place', 'organisation', 'person', 'mechanism'] as const;
export type SearchableKind = (typeof SEARCHABLE_KINDS)[number];

const TypesSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.enum(SEARCHABLE_KINDS)).min(1),
);

export const SearchOptionsSchema = z.object({
  types: TypesSchema.default([...SEARCHABLE_KINDS]),
  lang: LangCodeSchema.default('en'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchOptions = z.input<typeof SearchOptionsSchema>;

/** The query string of a search request (`?q=…&types=place,person&lang=zh&limit=10`), for transports. */
export const SearchRequestSchema = SearchOptionsSchema.extend({ q: z.string().trim().min(1).max(200) });

export interface SearchHit {
  kind: SearchableKind;
  id: string;
  /** The record's name in the language asked for (or the nearest one it has). */
  name: string;
  names: Names;
  country: string | null;
  placeKind: PlaceKind | null;
  /** Why it matched: which name, through which key, in which tier. */
  match: NameMatch;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
}

type Loaded = { names: Names; country?: string; kind?: PlaceKind; population?: { value: number } | null };

type Ranked = SearchHit & { population: number };

/**
 * Equal matches: in the country the query names first ('Houston TX'), then places
 * before other records and cities before districts, then records described in more
 * languages (the registry's own partners rather than bulk gazetteer entries), then
 * larger places, then by name.
 */
function compareHits(country: string | null) {
  const placeRank = (h: SearchHit) => (h.placeKind ? PLACE_KINDS.indexOf(h.placeKind) : PLACE_KINDS.length);
  const named = (h: SearchHit) => Object.keys(h.names).length;
  return (a: Ranked, b: Ranked): number =>
    compareMatches(a.match, b.match) ||
    Number(b.country === country) - Number(a.country === country) ||
    SEARCHABLE_KINDS.indexOf(a.kind) - SEARCHABLE_KINDS.indexOf(b.kind) ||
    placeRank(a) - placeRank(b) ||
    named(b) - named(a) ||
    b.population - a.population ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id);
}

/** The matches of a query in the name index, best first; nothing is read but the index. */
async function matchesFor(ctx: Ctx, query: NameQuery, types: readonly SearchableKind[], limit: number): Promise<[string, NameMatch][]> {
  if (!query.prefix) return [];
  const rows = await nameKeysRepository.findByKeys(ctx.db, lookupKeys(query), { entities: types });
  let matches = bestMatches(query, rows);
  if (matches.size < limit && [...query.prefix].length >= 3) {
    const prefixRows = await nameKeysRepository.findByPrefix(ctx.db, query.prefix, { entities: types, limit: 200 });
    matches = bestMatches(query, rows, prefixRows);
    if (matches.size < limit && query.fuzzy.length) {
      const deletions = [...new Set(query.fuzzy.flatMap(deletionNeighbourhood))];
      const fuzzyRows = await nameKeysRepository.findFuzzy(ctx.db, deletions, { entities: types });
      matches = bestMatches(query, rows, prefixRows, fuzzyRows);
    }
  }
  return [...matches].sort((a, b) => compareMatches(a[1], b[1]));
}

/** How many of the ranked matches to read at first: up to the last that ties with the `limit`-th, at most 200. */
function readUpTo(ranked: readonly [string, NameMatch][], limit: number): number {
  const last = ranked[limit - 1]?.[1];
  if (!last) return ranked.length;
  const worse = ranked.findIndex(([, m]) => compareMatches(m, last) > 0);
  return Math.max(limit, Math.min(worse < 0 ? ranked.length : worse, 200));
}

/**
 * Records of the given kinds whose names match `q` in any script or spelling, best
 * first. Internal records are found only by signed-in actors, deleted ones never.
 */
export async function search(ctx: Ctx, q: string, options: SearchOptions = {}): Promise<SearchResult> {
  const { types, lang, limit } = parseOrThrow(SearchOptionsSchema, options, 'search options');
  const query = queryOf(q);
  const ranked = await matchesFor(ctx, query, types, limit);
  const hits: Ranked[] = [];
  // Read records in the order of their matches until enough are visible to the actor, and at
  // least every one that ties with the last shown, so that the tie-breakers see them all.
  const ties = readUpTo(ranked, limit);
  for (let start = 0, end = ties; start < ranked.length && (start < ties || hits.length < limit); start = end, end += limit * 2) {
    const slice = ranked.slice(start, end);
    for (const kind of types) {
      const wanted = new Map(slice.filter(([k]) => k.startsWith(`${kind}:`)).map(([k, m]) => [k, m]));
      if (wanted.size === 0) continue;
      const records = await SERVICES[kind].getMany(
        ctx,
        [...wanted.keys()].map((k) => k.slice(kind.length + 1)),
      );
      for (const r of records as unknown as (Loaded & { id: string })[]) {
        hits.push({
          kind,
          id: r.id,
          name: pickName(r.names, lang),
          names: r.names,
          country: r.country ?? null,
          placeKind: r.kind && kind === 'place' ? r.kind : null,
          match: wanted.get(recordKey(kind, r.id))!,
          population: r.population?.value ?? 0,
        });
      }
    }
  }
  return {
    query: q,
    hits: hits
      .sort(compareHits(query.country))
      .slice(0, limit)
      .map(({ population: _p, ...hit }) => hit),
  };
}
