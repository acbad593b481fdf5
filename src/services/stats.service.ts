import { z } from 'zod';
import { pickName, type Names } from '../domain/common.ts';
import { canReadInternal } from '../domain/permissions.ts';
import type { FigureData } from '../records/figure/figure.schema.ts';
import type { HistoryEntry } from '../records/partnership/partnership.schema.ts';
import { DaySchema, latestDay, type Day } from '../domain/precise-date.ts';
import { figureNotes } from '../domain/figure-notes.ts';
import { comparisonSentence, networkSentence, SentenceLangSchema, type SentenceLang } from '../domain/sentence.ts';
import { HomePlaceSchema, resolveHome } from './home-place.service.ts';
import { figuresAsOf, prepareNetwork, type NetworkFigures, type PreparedNetwork, type StatsPlace, type StatsTie } from '../domain/stats.ts';
import type { PlaceRecord } from '../records/place/place.service.ts';
import { readJson } from '../storage/database.ts';
import { registryVersionRepository } from '../storage/registry-version.repository.ts';
import { deepFreeze, versionedCache } from './versioned-cache.ts';
import { statsRepository } from '../storage/stats.repository.ts';
import type { Ctx } from './context.ts';
import { today } from './context.ts';
import { figures, places as placesService, sources } from './records.service.ts';
import type { Stored } from './generic-record.service.ts';
import type { StatsFigures, StatsPartners, StatsResult } from '../http/contract/stats.ts';

/** What a request for the statistics gives, over HTTP (`/api/stats`) and on the command line (`amity stats`). */
export const StatsRequestSchema = z.object({
  home: HomePlaceSchema,
  asOf: DaySchema.optional(),
  lang: SentenceLangSchema.default('en'),
});

/** A page of the partners counted on a day (`/api/stats/partners`); every partner unless a limit is given. */
export const StatsPartnersRequestSchema = StatsRequestSchema.omit({ lang: true }).extend({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10000).optional(),
});

export interface StatsQuery {
  home: string;
  asOf?: Day;
  lang?: SentenceLang;
  includeDistricts?: boolean;
}

/** The answers' shapes are the API's contract (src/http/contract/stats.ts). */
export type { StatsFigures, StatsPartners, StatsResult };

function latestPublished(all: Stored<FigureData>[], day: Day): Stored<FigureData> | null {
  const candidates = all
    .filter((f) => latestDay(f.asOf) <= day)
    .sort((a, b) => latestDay(b.asOf).localeCompare(latestDay(a.asOf)) || filled(b) - filled(a));
  return candidates[0] ?? null;
}

const filled = (f: FigureData) => [f.places, f.countries, f.sisterCities, f.friendlyExchangeCities].filter((v) => v !== null).length;

const minus = (a: number, b: number | null) => (b === null ? null : a - b);

/** Everything the statistics of one home place and day come to, before the actor's redactions. */
interface Computed {
  head: Pick<StatsResult, 'home' | 'homeId' | 'homeNames' | 'includeDistricts'>;
  figures: NetworkFigures;
  sentences: { zh: string; en: string };
  published: StatsResult['published'];
}

/** The figures with the same count over the other scope (districts in or out) and why the figures shown together differ. */
type Explained = Computed & Pick<StatsResult, 'otherScope' | 'notes'>;

/**
 * The ties of the home places as the statistics count them, each with its home side and its
 * partner. Stored documents were validated when written, so they are read as they are.
 */
async function loadTies(ctx: Ctx, homeIds: readonly string[], publicOnly: boolean): Promise<StatsTie[]> {
  const homeSet = new Set(homeIds);
  const placeById = new Map<string, StatsPlace>();
  const placeOf = (id: string, doc: unknown, country: string, kind: string): StatsPlace => {
    let place = placeById.get(id);
    if (!place) {
      const { names, coordinates } = readJson<{ names: Names; coordinates: StatsPlace['coordinates'] }>(doc);
      place = { id, names, country, kind, coordinates };
      placeById.set(id, place);
    }
    return place;
  };
  const out: StatsTie[] = [];
  for (const t of await statsRepository.tiesOf(ctx.db, homeIds, publicOnly)) {
    // A tie between the home place and its own district is not a partnership abroad.
    if (homeSet.has(t.partner_id)) continue;
    out.push({
      partnershipId: t.id,
      history: readJson<{ history: HistoryEntry[] }>(t.doc).history,
      homeSide: placeOf(t.home_id, t.home_doc, t.home_country, t.home_kind),
      partner: placeOf(t.partner_id, t.partner_doc, t.partner_country, t.partner_kind),
    });
  }
  return out;
}

/** A home place's ties, ready to be counted as of any day, with its published figures. */
interface Network {
  home: PlaceRecord;
  includeDistricts: boolean;
  prepared: PreparedNetwork;
  published: Stored<FigureData>[];
}

async function loadNetwork(ctx: Ctx, query: StatsQuery): Promise<Network> {
  const { home, ids: homeIds, includeDistricts } = await resolveHome(ctx, query.home, query);
  const prepared = prepareNetwork(home.id, await loadTies(ctx, homeIds, !canReadInternal(ctx.actor)));
  const published = await figures.list(ctx, { filters: [{ column: 'home_place_id', op: '=', value: home.id }] });
  return { home, includeDistricts, prepared, published };
}

async function compute(ctx: Ctx, network: Network, day: Day): Promise<Computed> {
  const { home, includeDistricts } = network;
  const f = figuresAsOf(network.prepared, day);
  const sentences = {
    zh: networkSentence(home.names, f, 'zh', includeDistricts),
    en: networkSentence(home.names, f, 'en', includeDistricts),
  };

  const figure = latestPublished(network.published, day);
  let published: StatsResult['published'] = null;
  if (figure) {
    const source = await sources.get(ctx, figure.sourceId).catch(() => null);
    published = {
      figureId: figure.id,
      asOf: figure.asOf,
      places: figure.places,
      placesQualifier: figure.placesQualifier,
      countries: figure.countries,
      sisterCities: figure.sisterCities,
      friendlyExchangeCities: figure.friendlyExchangeCities,
      difference: {
        places: minus(f.places, figure.places),
        countries: minus(f.countries, figure.countries),
        sisterCities: minus(f.byType.sister_city, figure.sisterCities),
        friendlyExchangeCities: minus(f.byType.friendly_exchange_city, figure.friendlyExchangeCities),
      },
      source: { id: figure.sourceId, title: source?.title ?? '', url: source?.url ?? null },
    };
  }
  return {
    head: { home: pickName(home.names, 'en'), homeId: home.id, homeNames: home.names, includeDistricts },
    figures: f,
    sentences,
    published,
  };
}

/** Answers per database, by what was asked and the registry version; any write moves the version. */
const kept = versionedCache(256);

/**
 * The registry's version, which the kept answers are valid for; null inside a transaction, where
 * an answer may rest on writes not yet committed and is computed afresh, never kept.
 */
const versionOf = async (ctx: Ctx): Promise<number | null> => (ctx.db.isTransaction ? null : registryVersionRepository.current(ctx.db));

/** What an answer depends on beyond the day: the home place, the scope and whether the reader sees internal ties. */
const scopeKey = (ctx: Ctx, query: StatsQuery) => JSON.stringify([query.home, query.includeDistricts ?? null, canReadInternal(ctx.actor)]);

/**
 * The statistics of a home place and day. The ties, read once per home place, reader and registry
 * version, serve every day asked; each day's answer is kept too.
 */
async function computedScope(ctx: Ctx, query: StatsQuery, version: number | null): Promise<Computed> {
  const day = query.asOf ?? today(ctx);
  if (version === null) return compute(ctx, await loadNetwork(ctx, query), day);
  const of = scopeKey(ctx, query);
  return kept(ctx.db, version, `${day} ${of}`, async () =>
    compute(ctx, await kept(ctx.db, version, of, () => loadNetwork(ctx, query)), day),
  );
}

async function computed(ctx: Ctx, query: StatsQuery, version: number | null): Promise<Explained> {
  const c = await computedScope(ctx, query, version);
  const { includeDistricts } = c.head;
  const other = await computedScope(ctx, { ...query, asOf: c.figures.asOf, includeDistricts: !includeDistricts }, version);
  const otherScope = { places: other.figures.places, countries: other.figures.countries };
  const { places, countries, ranked } = c.figures;
  return { ...c, otherScope, notes: figureNotes({ places, countries, ranked, includeDistricts, otherScope, published: c.published }) };
}

// Why a tie was suspended is the office's own business; the public sees only that it was.
const suspendedFor = (ctx: Ctx, f: NetworkFigures) =>
  canReadInternal(ctx.actor) ? f.suspended : f.suspended.map((s) => ({ ...s, reason: null }));

/** The home place's network figures as of a day, with the sentence and the latest published figure, without the partners. */
export async function statsFigures(ctx: Ctx, query: StatsQuery): Promise<StatsFigures> {
  const lang = query.lang ?? 'en';
  const version = await versionOf(ctx);
  if (version === null) return figuresOf(ctx, await computed(ctx, query, null), lang);
  // The answer itself is kept, a copy frozen whole, so that the HTTP serializer writes its JSON once.
  const key = `answer ${lang} ${query.asOf ?? today(ctx)} ${scopeKey(ctx, query)}`;
  return kept(ctx.db, version, key, async () => deepFreeze(structuredClone(figuresOf(ctx, await computed(ctx, query, version), lang))));
}

function figuresOf(ctx: Ctx, c: Explained, lang: SentenceLang): StatsFigures {
  const { partners: _partners, ...f } = c.figures;
  return {
    ...c.head,
    ...f,
    suspended: suspendedFor(ctx, c.figures),
    sentence: c.sentences[lang],
    sentences: c.sentences,
    published: c.published,
    otherScope: c.otherScope,
    notes: c.notes,
  };
}

/** The partners counted as of a day, by name, a page of them when a limit is given. */
export async function statsPartners(ctx: Ctx, query: StatsQuery & { offset?: number; limit?: number }): Promise<StatsPartners> {
  const { figures: f, head } = await computed(ctx, query, await versionOf(ctx));
  const offset = query.offset ?? 0;
  const end = query.limit === undefined ? f.partners.length : offset + query.limit;
  return {
    homeId: head.homeId,
    asOf: f.asOf,
    total: f.partners.length,
    items: f.partners.slice(offset, end),
    nextOffset: end < f.partners.length ? end : null,
  };
}

/** The figures and every partner counted, for the services that work from both (reports, the dashboard, checked claims). */
export async function networkStats(ctx: Ctx, query: StatsQuery): Promise<StatsResult> {
  const c = await computed(ctx, query, await versionOf(ctx));
  return { ...figuresOf(ctx, c, query.lang ?? 'en'), partners: c.figures.partners };
}

/** The home place most of the published figures are about: the office's own city. */
export async function defaultHomeId(ctx: Ctx): Promise<string | null> {
  const rows = await statsRepository.homesByFigures(ctx.db);
  const top = rows.filter((r) => Number(r.n) === Number(rows[0]?.n));
  if (top.length <= 1) return top[0]?.home_place_id ?? null;
  // Homes with as many figures each: the first by name, the same on every registry that holds them.
  const named = await placesService.getMany(
    ctx,
    top.map((r) => r.home_place_id),
  );
  return named.sort((a, b) => pickName(a.names).localeCompare(pickName(b.names)) || a.id.localeCompare(b.id))[0]?.id ?? null;
}

/**
 * Of the places with published figures (the networks the registry keeps), the city, district or
 * county a text names most often, ties broken as `defaultHomeId` breaks them; null when it names
 * none of them. A registry that keeps several cities' networks checks a text about one of them from
 * that city.
 */
export async function figureHomeNamedIn(ctx: Ctx, text: string): Promise<string | null> {
  const rows = await statsRepository.homesByFigures(ctx.db);
  if (rows.length === 0) return null;
  const lower = text.toLowerCase();
  const timesNamed = (names: Names) => {
    const forms = new Set(
      Object.values(names).flatMap((name) => (name ? [name.toLowerCase(), name.toLowerCase().replace(/[市区县]$/u, '')] : [])),
    );
    let n = 0;
    for (const form of forms) {
      if (form.length < 2) continue;
      for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + form.length)) n++;
    }
    return n;
  };
  const named = (
    await placesService.getMany(
      ctx,
      rows.map((r) => r.home_place_id),
    )
  )
    .filter((p) => p.kind === 'city' || p.kind === 'district' || p.kind === 'county')
    .map((p) => ({ id: p.id, n: timesNamed(p.names) }))
    .filter((p) => p.n > 0);
  if (!named.length) return null;
  const most = Math.max(...named.map((p) => p.n));
  const top = named.filter((p) => p.n === most);
  if (top.length === 1) return top[0]!.id;
  const fallback = await defaultHomeId(ctx);
  return top.find((p) => p.id === fallback)?.id ?? rows.find((r) => top.some((p) => p.id === r.home_place_id))!.home_place_id;
}

export function publishedLine(result: StatsFigures, lang: SentenceLang): string | null {
  return result.published ? comparisonSentence(result.published, lang) : null;
}
