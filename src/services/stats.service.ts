import { z } from 'zod';
import { pickName } from '../domain/common.ts';
import { canReadInternal } from '../domain/permissions.ts';
import type { FigureData } from '../records/figure/figure.schema.ts';
import { DaySchema, latestDay, type Day } from '../domain/precise-date.ts';
import { comparisonSentence, networkSentence, SentenceLangSchema, type SentenceLang } from '../domain/sentence.ts';
import { HomePlaceSchema, resolveHome } from './home-place.service.ts';
import { networkFigures, type StatsPlace, type StatsTie } from '../domain/stats.ts';
import { statsRepository } from '../storage/stats.repository.ts';
import type { Ctx } from './context.ts';
import { today } from './context.ts';
import { figures, partnerships, places, sources } from './records.service.ts';
import type { PlaceRecord } from '../records/place/place.service.ts';
import type { Stored } from './generic-record.service.ts';
import type { StatsResult } from '../http/contract/stats.ts';

/** What a request for the statistics gives, over HTTP (`/api/stats`) and on the command line (`amity stats`). */
export const StatsRequestSchema = z.object({
  home: HomePlaceSchema,
  asOf: DaySchema.optional(),
  lang: SentenceLangSchema.default('en'),
});

export interface StatsQuery {
  home: string;
  asOf?: Day;
  lang?: SentenceLang;
  includeDistricts?: boolean;
}

/** The answer's shape is the API's contract (src/http/contract/stats.ts). */
export type { StatsResult };

const toStatsPlace = (p: PlaceRecord): StatsPlace => ({ id: p.id, names: p.names, country: p.country, kind: p.kind });

function latestPublished(all: Stored<FigureData>[], day: Day): Stored<FigureData> | null {
  const candidates = all
    .filter((f) => latestDay(f.asOf) <= day)
    .sort((a, b) => latestDay(b.asOf).localeCompare(latestDay(a.asOf)) || filled(b) - filled(a));
  return candidates[0] ?? null;
}

const filled = (f: FigureData) => [f.places, f.countries, f.sisterCities, f.friendlyExchangeCities].filter((v) => v !== null).length;

const minus = (a: number, b: number | null) => (b === null ? null : a - b);

/** The home place's network figures as of a day, with the sentence and the latest published figure. */
export async function networkStats(ctx: Ctx, query: StatsQuery): Promise<StatsResult> {
  const day = query.asOf ?? today(ctx);
  const lang = query.lang ?? 'en';
  const { home, ids: homeIds, includeDistricts } = await resolveHome(ctx, query.home, query);
  const homeSet = new Set(homeIds);

  const ties = (await partnerships.list(ctx, { filters: [{ column: 'place_a_id', op: 'in', value: homeIds }] })).concat(
    await partnerships.list(ctx, { filters: [{ column: 'place_b_id', op: 'in', value: homeIds }] }),
  );
  const placeIds = [...new Set(ties.flatMap((t) => [t.placeAId, t.placeBId]))];
  const placeById = new Map((await places.getMany(ctx, placeIds)).map((p) => [p.id, p]));

  const statsTies: StatsTie[] = [];
  for (const t of ties) {
    const homeSideId = homeSet.has(t.placeAId) ? t.placeAId : t.placeBId;
    const partnerId = homeSideId === t.placeAId ? t.placeBId : t.placeAId;
    const homeSide = placeById.get(homeSideId);
    const partner = placeById.get(partnerId);
    if (!homeSide || !partner || homeSet.has(partnerId)) continue;
    statsTies.push({ partnershipId: t.id, history: t.history, homeSide: toStatsPlace(homeSide), partner: toStatsPlace(partner) });
  }

  const f = networkFigures(home.id, statsTies, day);
  const sentences = {
    zh: networkSentence(home.names, f, 'zh', includeDistricts),
    en: networkSentence(home.names, f, 'en', includeDistricts),
  };

  const figure = latestPublished(await figures.list(ctx, { filters: [{ column: 'home_place_id', op: '=', value: home.id }] }), day);
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

  // Why a tie was suspended is the office's own business; the public sees only that it was.
  const suspended = canReadInternal(ctx.actor) ? f.suspended : f.suspended.map((s) => ({ ...s, reason: null }));
  return {
    home: pickName(home.names, 'en'),
    homeId: home.id,
    homeNames: home.names,
    includeDistricts,
    ...f,
    suspended,
    sentence: sentences[lang],
    sentences,
    published,
  };
}

/** The home place most of the published figures are about: the office's own city. */
export async function defaultHomeId(ctx: Ctx): Promise<string | null> {
  const rows = await statsRepository.homesByFigures(ctx.db);
  return rows[0]?.home_place_id ?? null;
}

export function publishedLine(result: StatsResult, lang: SentenceLang): string | null {
  return result.published ? comparisonSentence(result.published, lang) : null;
}
