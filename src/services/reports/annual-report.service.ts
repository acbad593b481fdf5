import { BUILTIN_AREAS } from '../../domain/area.ts';
import { pickName, type Names } from '../../domain/common.ts';
import { isVisit, type EventKind } from '../../records/event/event.schema.ts';
import { scopeOf } from '../../domain/scope.ts';
import { yearOf, type PreciseDate } from '../../domain/precise-date.ts';
import { comparisonSentence, type SentenceLang } from '../../domain/sentence.ts';
import type { VisitFile } from '../../records/event/event.schema.ts';
import type { PartnershipStatus, PartnershipType } from '../../records/partnership/partnership.schema.ts';
import { refsRepository } from '../../storage/refs.repository.ts';
import type { Ctx } from '../context.ts';
import { healthOfTies } from '../office/health.service.ts';
import { areaService } from '../area.service.ts';
import { agreements, events, places } from '../records.service.ts';
import { resolvePlace } from '../home-place.service.ts';
import { defaultHomeId, networkStats, type StatsResult } from '../stats.service.ts';
import { AmityError } from '../../domain/errors.ts';

export interface ReportEvent {
  id: string;
  kind: EventKind;
  title: string;
  start: PreciseDate | null;
  partners: string[];
}

export interface ReportVisit extends ReportEvent {
  delegationFrom: string | null;
  head: string | null;
  /** Present for readers who may see a visit's internal file. */
  file: VisitFile | null;
}

export interface ReportPartner {
  partnershipId: string;
  name: string;
  otherName: string;
  country: string;
  type: PartnershipType;
  status: PartnershipStatus;
  established: PreciseDate | null;
  health: number;
  goingDormant: boolean;
  events: number;
  visits: number;
}

export interface AnnualReport {
  year: number;
  lang: SentenceLang;
  home: { id: string; name: string; names: Names };
  asOf: string;
  figures: Pick<StatsResult, 'places' | 'countries' | 'byType' | 'byContinent' | 'published' | 'byYear'> & {
    sentence: string;
    publishedLine: string | null;
    /** Why the figures differ from the city's own count and the published one (src/domain/figure-notes.ts). */
    notes: string[];
  };
  partners: ReportPartner[];
  events: ReportEvent[];
  visits: ReportVisit[];
  agreements: {
    signed: { id: string; title: string; signedOn: PreciseDate | null }[];
    expiring: { id: string; title: string; expiresOn: PreciseDate; renewal: string }[];
  };
  areas: { key: string; label: string; ties: number; events: number }[];
  counts: { partners: number; events: number; visits: number; agreementsSigned: number; agreementsExpiring: number };
}

const inYear = (date: PreciseDate | null, year: number) => date !== null && yearOf(date) === year;

/** Everything the annual report says, gathered once so every format shows the same figures. */
export async function annualReport(ctx: Ctx, query: { year: number; lang: SentenceLang; home?: string }): Promise<AnnualReport> {
  const asOf = `${query.year}-12-31`;
  const lang = query.lang;
  const homeRef = query.home ?? (await defaultHomeId(ctx));
  if (!homeRef) throw new AmityError('validation', 'home: name the home place the report is about');
  const home = await resolvePlace(ctx, homeRef);
  const stats = await networkStats(ctx, { home: home.id, asOf, lang, includeDistricts: true });
  const health = await healthOfTies(ctx, { home: home.id, asOf, includeDistricts: true });
  const healthById = new Map(health.map((h) => [h.partnershipId, h]));
  const tieIds = new Set(stats.partners.flatMap((p) => p.partnershipIds));

  const yearEvents = (await events.list(ctx, { orderBy: { column: 'start_from', direction: 'asc', nullable: true } })).filter(
    (e) => inYear(e.start, query.year) && e.partnershipIds.some((id) => tieIds.has(id)),
  );
  const partnerNameOf = new Map<string, string>();
  for (const p of stats.partners) for (const id of p.partnershipIds) partnerNameOf.set(id, pickName(p.partner.names, lang));
  const placeNames = new Map(
    (
      await places.getMany(
        ctx,
        yearEvents.flatMap((e) => (e.delegationFromPlaceId ? [e.delegationFromPlaceId] : [])),
      )
    ).map((p) => [p.id, pickName(p.names, lang)]),
  );

  const toEvent = (e: (typeof yearEvents)[number]): ReportEvent => ({
    id: e.id,
    kind: e.kind,
    title: pickName(e.titles, lang),
    start: e.start,
    partners: e.partnershipIds.map((id) => partnerNameOf.get(id)).filter((n): n is string => Boolean(n)),
  });
  const staff = scopeOf(ctx.actor).internalFields;
  const visits: ReportVisit[] = yearEvents
    .filter((e) => isVisit(e.kind))
    .map((e) => ({
      ...toEvent(e),
      delegationFrom: e.delegationFromPlaceId ? (placeNames.get(e.delegationFromPlaceId) ?? null) : null,
      head: e.participants.find((p) => p.delegation === 'head')
        ? pickName(e.participants.find((p) => p.delegation === 'head')!.title, lang) || null
        : null,
      file: staff ? e.visit : null,
    }));

  const allAgreements = await agreements.list(ctx);
  const touches = (a: (typeof allAgreements)[number]) => a.partnerships.some((p) => tieIds.has(p.partnershipId));
  const signed = allAgreements
    .filter((a) => touches(a) && inYear(a.signedOn, query.year))
    .map((a) => ({ id: a.id, title: pickName(a.titles, lang), signedOn: a.signedOn }));
  const expiring = allAgreements
    .filter((a) => touches(a) && a.expiresOn !== null && inYear(a.expiresOn, query.year))
    .map((a) => ({ id: a.id, title: pickName(a.titles, lang), expiresOn: a.expiresOn!, renewal: a.renewal?.decision ?? 'undecided' }));

  const partners: ReportPartner[] = stats.partners
    .map((p) => {
      const id = p.partnershipIds[0]!;
      const own = yearEvents.filter((e) => e.partnershipIds.some((x) => p.partnershipIds.includes(x)));
      const h = healthById.get(id);
      return {
        partnershipId: id,
        name: pickName(p.partner.names, lang),
        otherName: pickName(p.partner.names, lang === 'zh' ? 'en' : 'zh'),
        country: p.partner.country,
        type: p.type,
        status: p.status,
        established: p.established,
        health: h?.score ?? 0,
        goingDormant: h?.goingDormant ?? false,
        events: own.length,
        visits: own.filter((e) => isVisit(e.kind)).length,
      };
    })
    .sort((a, b) => b.events - a.events || b.health - a.health || a.name.localeCompare(b.name));

  const labels = new Map((await areaService.list(ctx.db)).map((a) => [a.key, a.labels]));
  const tieAreas = await tieAreaCounts(ctx, [...tieIds]);
  const areas = [...BUILTIN_AREAS.map((a) => a.key), ...[...labels.keys()].filter((k) => !BUILTIN_AREAS.some((b) => b.key === k))].map(
    (key) => ({
      key,
      label: labels.get(key)?.[lang] ?? key,
      ties: tieAreas.get(key) ?? 0,
      events: yearEvents.filter((e) => e.areas.includes(key)).length,
    }),
  );

  return {
    year: query.year,
    lang,
    home: { id: home.id, name: pickName(home.names, lang), names: home.names },
    asOf,
    figures: {
      places: stats.places,
      countries: stats.countries,
      byType: stats.byType,
      byContinent: stats.byContinent,
      byYear: stats.byYear,
      published: stats.published,
      sentence: stats.sentences[lang],
      publishedLine: stats.published ? comparisonSentence(stats.published, lang) : null,
      notes: stats.notes[lang],
    },
    partners,
    events: yearEvents.map(toEvent),
    visits,
    agreements: { signed, expiring },
    areas: areas.filter((a) => a.ties > 0 || a.events > 0),
    counts: {
      partners: partners.length,
      events: yearEvents.length,
      visits: visits.length,
      agreementsSigned: signed.length,
      agreementsExpiring: expiring.length,
    },
  };
}

async function tieAreaCounts(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const area of await refsRepository.toIds(ctx.db, 'partnership', ids, 'area')) out.set(area, (out.get(area) ?? 0) + 1);
  return out;
}
