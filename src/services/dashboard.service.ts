import { quietPartners, upcomingAnniversaries } from '../domain/dashboard.ts';
import { assertCanReadInternal } from '../domain/permissions.ts';
import { today, type Ctx } from './context.ts';
import { events } from './records.service.ts';
import { networkStats } from './stats.service.ts';
import type { Dashboard } from '../http/contract/stats.ts';

export interface DashboardQuery {
  home: string;
  includeDistricts?: boolean;
}

/** The answer's shape is the API's contract (src/http/contract/stats.ts). */
export type { Dashboard };

/** The staff's overview of the network today: growth, spread, the published figure, who needs attention. */
export async function dashboard(ctx: Ctx, query: DashboardQuery): Promise<Dashboard> {
  assertCanReadInternal(ctx.actor, 'read the dashboard');
  const day = today(ctx);
  const stats = await networkStats(ctx, { home: query.home, asOf: day, includeDistricts: query.includeDistricts ?? false });
  const partners = stats.partners.map((p) => ({ partnerId: p.partner.id, partnershipIds: p.partnershipIds, established: p.established }));
  const placeOf = new Map(stats.partners.map((p) => [p.partner.id, p.partner]));
  const mentions = (await events.list(ctx)).map((e) => ({
    id: e.id,
    start: e.start,
    partnershipIds: e.partnershipIds,
    placeIds: [
      ...e.placeIds,
      ...(e.delegationFromPlaceId ? [e.delegationFromPlaceId] : []),
      ...e.itinerary.flatMap((s) => (s.placeId ? [s.placeId] : [])),
    ],
  }));
  return {
    asOf: day,
    homeId: stats.homeId,
    homeNames: stats.homeNames,
    places: stats.places,
    countries: stats.countries,
    byType: stats.byType,
    byContinent: stats.byContinent,
    byYear: stats.byYear,
    published: stats.published,
    quiet: quietPartners(partners, mentions, day).map((q) => ({ ...q, partner: placeOf.get(q.partnerId)! })),
    anniversaries: upcomingAnniversaries(partners, day).map((a) => ({ ...a, partner: placeOf.get(a.partnerId)! })),
  };
}
