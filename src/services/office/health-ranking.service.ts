import { z } from 'zod';
import { pickName } from '../../domain/common.ts';
import { CONTINENTS, continentOf, type CountryCode } from '../../domain/countries.ts';
import { scopeOf } from '../../domain/scope.ts';
import type { TieHealth } from '../../http/contract/office.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';
import { registryVersionRepository } from '../../storage/registry-version.repository.ts';
import { today, type Ctx } from '../context.ts';
import { versionedCache } from '../versioned-cache.ts';
import { HealthRequestSchema, healthOfTies } from './health.service.ts';
import { settingsService } from './settings.service.ts';

export const HEALTH_SORTS = ['rank', 'name', 'since', 'lastContact'] as const;

/** A page of the ranking: which ties, in which order, from where (`/api/health`). */
export const HealthRankingSchema = HealthRequestSchema.extend({
  includeDistricts: z.enum(['true', 'false']).default('false'),
  type: PartnershipTypeSchema.optional(),
  status: PartnershipStatusSchema.optional(),
  continent: z.enum(CONTINENTS).optional(),
  dormant: z.enum(['true', 'false']).default('false').describe('only ties going dormant'),
  sort: z.enum(HEALTH_SORTS).default('rank').describe('rank is the score, healthiest first'),
  order: z.enum(['asc', 'desc']).default('asc'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).optional().describe('every tie unless given'),
});
export type HealthRankingQuery = z.output<typeof HealthRankingSchema>;

export interface HealthRanking {
  items: (TieHealth & { rank: number })[];
  total: number;
  nextOffset: number | null;
  average: number | null;
}

// The ranking of every tie is the costly part: it is kept until the registry or the settings change.
const keptRankings = versionedCache(32);

async function ranking(ctx: Ctx, query: HealthRankingQuery): Promise<(TieHealth & { rank: number })[]> {
  const asOf = query.asOf ?? today(ctx);
  const includeDistricts = query.includeDistricts === 'true';
  const make = async () =>
    (await healthOfTies(ctx, { home: query.home, asOf, includeDistricts })).map((tie, i) => ({ ...tie, rank: i + 1 }));
  if (ctx.db.isTransaction) return make();
  const version = await registryVersionRepository.current(ctx.db);
  const settings = await settingsService.get(ctx.db, 'health');
  const key = JSON.stringify([query.home, asOf, includeDistricts, scopeOf(ctx.actor), settings]);
  return keptRankings(ctx.db, version, key, make);
}

const sortValue: Record<(typeof HEALTH_SORTS)[number], (tie: TieHealth & { rank: number }) => string | number> = {
  rank: (tie) => tie.rank,
  name: (tie) => pickName(tie.partner.names).toLowerCase(),
  since: (tie) => tie.established ?? '9999',
  lastContact: (tie) => tie.lastContact ?? '',
};

/** The ties ranked by health, filtered, sorted and a page of them, each with its place in the whole ranking. */
export async function healthRanking(ctx: Ctx, query: HealthRankingQuery): Promise<HealthRanking> {
  const all = await ranking(ctx, query);
  const value = sortValue[query.sort];
  const direction = query.order === 'asc' ? 1 : -1;
  const matching = all
    .filter(
      (tie) =>
        (!query.type || tie.type === query.type) &&
        (!query.status || tie.status === query.status) &&
        (!query.continent || continentOf(tie.partner.country as CountryCode) === query.continent) &&
        (query.dormant !== 'true' || tie.goingDormant),
    )
    .sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction || a.rank - b.rank;
    });
  const end = query.limit === undefined ? matching.length : query.offset + query.limit;
  const average = matching.length ? Math.round((10 * matching.reduce((n, tie) => n + tie.score, 0)) / matching.length) / 10 : null;
  return {
    items: matching.slice(query.offset, end),
    total: matching.length,
    nextOffset: end < matching.length ? end : null,
    average,
  };
}
