import { z } from 'zod';
import { pickName, type Names } from '../../domain/common.ts';
import { isVisit } from '../../records/event/event.schema.ts';
import { scopeOf } from '../../domain/scope.ts';
import { yearOf } from '../../domain/precise-date.ts';
import type { VisitLine, VisitsReport } from '../../http/contract/reports.ts';
import type { Ctx } from '../context.ts';
import { events, partnerships, places, tasks } from '../records.service.ts';

/** The answer's shape is the API's contract (src/http/contract/reports.ts). */
export type { VisitLine, VisitsReport };

/** A report's year. */
export const ReportYearSchema = z.coerce.number({ error: 'a year such as 2024' }).int().min(1900).max(2200);

/** What a request for the visits report gives, over HTTP (`/api/reports/visits`) and on the command line (`amity report visits`). */
export const VisitsRequestSchema = z.object({ year: ReportYearSchema.optional(), partner: z.string().trim().min(1).max(200).optional() });

/** Visits by year, then by partner, with their files for those who may see them. */
export async function visitsReport(ctx: Ctx, query: { year?: number; partner?: string }): Promise<VisitsReport> {
  const all = (await events.list(ctx)).filter(
    (e) => isVisit(e.kind) && (query.year === undefined || (e.start !== null && yearOf(e.start) === query.year)),
  );
  const ties = await partnerships.getMany(
    ctx,
    all.flatMap((e) => e.partnershipIds),
  );
  const placeById = new Map(
    (
      await places.getMany(ctx, [
        ...ties.flatMap((t) => [t.placeAId, t.placeBId]),
        ...all.flatMap((e) => (e.delegationFromPlaceId ? [e.delegationFromPlaceId] : [])),
      ])
    ).map((p) => [p.id, p]),
  );
  // Each partner's names in every language, by the name the groups go by.
  const namesOf = new Map<string, Names>();
  const partnerOf = (tieId: string) => {
    const t = ties.find((x) => x.id === tieId);
    if (!t) return null;
    const names = placeById.get(t.placeBId)?.names ?? {};
    namesOf.set(pickName(names), names);
    return pickName(names);
  };
  const staff = scopeOf(ctx.actor).internalFields;
  const open = staff ? await tasks.list(ctx) : [];
  const lines: VisitLine[] = all.map((e) => ({
    id: e.id,
    kind: e.kind as VisitLine['kind'],
    title: pickName(e.titles),
    titles: e.titles,
    start: e.start,
    partners: e.partnershipIds.map(partnerOf).filter((p): p is string => p !== null),
    delegationFrom: e.delegationFromPlaceId ? pickName(placeById.get(e.delegationFromPlaceId)?.names ?? {}) : null,
    file: staff ? e.visit : null,
    tasks: open.filter((t) => t.eventId === e.id).map((t) => ({ title: t.title, owner: t.owner, due: t.due, status: t.status })),
  }));
  const groups = new Map<string, VisitLine[]>();
  for (const l of lines) for (const p of l.partners.length ? l.partners : ['—']) groups.set(p, [...(groups.get(p) ?? []), l]);
  const byPartner = [...groups.entries()]
    .filter(([p]) => !query.partner || p.toLowerCase() === query.partner.toLowerCase())
    .map(([partner, visits]) => ({ partner, names: namesOf.get(partner) ?? null, visits }))
    .sort((a, b) => b.visits.length - a.visits.length || a.partner.localeCompare(b.partner));
  return { year: query.year ?? null, byPartner, total: lines.length };
}
