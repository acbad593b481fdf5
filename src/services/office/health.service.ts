import { z } from 'zod';
import { pickName } from '../../domain/common.ts';
import { scopeOf } from '../../domain/scope.ts';
import { healthOf } from '../../domain/health.ts';
import type { TieHealth } from '../../http/contract/office.ts';
import { COUNTED_STATUSES } from '../../records/partnership/partnership.schema.ts';
import { DaySchema, type Day } from '../../domain/precise-date.ts';
import { yearOf } from '../../domain/precise-date.ts';
import { currentState } from '../../domain/tie-state.ts';
import { today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { agreements, events, places } from '../records.service.ts';
import { HomePlaceSchema, resolveHome } from '../home-place.service.ts';
import { settingsService } from './settings.service.ts';
import { partnerships } from '../records.service.ts';

/** The answer's shape is the API's contract (src/http/contract/office.ts). */
export type { TieHealth };

/** What a request for the ties' health gives, over HTTP (`/api/health`) and on the command line (`amity health`). */
export const HealthRequestSchema = z.object({ home: HomePlaceSchema, asOf: DaySchema.optional() });

/**
 * Each tie of a home place with its health as of a day, healthiest first; the ties of its
 * districts too when asked (the rule of {@link resolveHome}).
 */
export async function healthOfTies(ctx: Ctx, query: { home: string; asOf?: Day; includeDistricts?: boolean }): Promise<TieHealth[]> {
  const day = query.asOf ?? today(ctx);
  const { ids: homeIds } = await resolveHome(ctx, query.home, query);
  const homeSet = new Set(homeIds);
  const ties = await partnerships.touching(ctx.db, homeIds, scopeOf(ctx.actor));
  const settings = await settingsService.get(ctx.db, 'health');
  const allEvents = await events.list(ctx);
  const allAgreements = await agreements.list(ctx);
  const partnerById = new Map(
    (
      await places.getMany(
        ctx,
        ties.map((t) => (homeSet.has(t.placeAId) ? t.placeBId : t.placeAId)),
      )
    ).map((p) => [p.id, p]),
  );
  const out: TieHealth[] = [];
  for (const tie of ties as PartnershipRecord[]) {
    const partner = partnerById.get(homeSet.has(tie.placeAId) ? tie.placeBId : tie.placeAId);
    const state = currentState(tie.history);
    if (!partner || !state || !COUNTED_STATUSES.has(state.status)) continue;
    const tieEvents = allEvents.filter((e) => e.partnershipIds.includes(tie.id));
    const tieAgreements = allAgreements.filter((a) => a.partnerships.some((p) => p.partnershipId === tie.id));
    const health = healthOf({ since: state.certainSince, agreements: tieAgreements, events: tieEvents }, day, settings);
    const years = new Map<number, number>();
    for (const e of tieEvents) if (e.start) years.set(yearOf(e.start), (years.get(yearOf(e.start)) ?? 0) + 1);
    out.push({
      ...health,
      partnershipId: tie.id,
      partner: { id: partner.id, names: partner.names, country: partner.country },
      type: tie.type,
      status: tie.status,
      established: tie.established,
      activity: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, events: n })),
    });
  }
  return out.sort((a, b) => b.score - a.score || pickName(a.partner.names).localeCompare(pickName(b.partner.names)));
}
