import { pickName } from '../../domain/common.ts';
import { canRead } from '../../domain/permissions.ts';
import { healthOf, type HealthScore } from '../../domain/health.ts';
import { COUNTED_STATUSES } from '../../records/partnership/partnership.schema.ts';
import type { Day } from '../../domain/precise-date.ts';
import { yearOf } from '../../domain/precise-date.ts';
import { currentState } from '../../domain/tie-state.ts';
import { today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { agreements, events, places } from '../registry.ts';
import { resolvePlace } from '../stats.service.ts';
import { settingsService } from './settings.service.ts';
import { partnerships } from '../registry.ts';

export interface TieHealth extends HealthScore {
  partnershipId: string;
  partner: { id: string; names: Record<string, string>; country: string };
  type: string;
  status: string;
  established: string | null;
  /** Events a year, for a chart of the tie's activity. */
  activity: { year: number; events: number }[];
}

/** Each tie of a home place (and its districts) with its health as of a day, healthiest first. */
export async function healthOfTies(ctx: Ctx, query: { home: string; asOf?: Day; includeDistricts?: boolean }): Promise<TieHealth[]> {
  const day = query.asOf ?? today(ctx);
  const home = await resolvePlace(ctx, query.home);
  const homeIds = query.includeDistricts === false ? [home.id] : await places.withDescendants(ctx.db, home.id);
  const homeSet = new Set(homeIds);
  const ties = (await partnerships.touching(ctx.db, homeIds)).filter((t) => canRead(ctx.actor, t.visibility));
  const settings = await settingsService.get(ctx.db, 'health');
  const allEvents = await events.list(ctx);
  const allAgreements = await agreements.list(ctx);
  const partnerById = new Map((await places.getMany(ctx, ties.map((t) => (homeSet.has(t.placeAId) ? t.placeBId : t.placeAId)))).map((p) => [p.id, p]));
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
