import { addYears, earliestDay, latestDay, type Day, type PreciseDate } from './precise-date.ts';

/** A partner as the dashboard sees it: its place, the ties that bind it, and when the tie began. */
export interface DashboardPartner {
  partnerId: string;
  partnershipIds: readonly string[];
  established: PreciseDate | null;
}

/** What the dashboard needs of an event: when it was and whom it involved. */
export interface EventMention {
  id: string;
  start: PreciseDate | null;
  partnershipIds: readonly string[];
  placeIds: readonly string[];
}

export interface QuietPartner {
  partnerId: string;
  /** The start of the partner's latest recorded event, or null when none is recorded. */
  lastEvent: PreciseDate | null;
  lastEventId: string | null;
}

export interface Anniversary {
  partnerId: string;
  established: PreciseDate;
  years: number;
  /** The anniversary, with the precision of the founding date. */
  on: PreciseDate;
}

const involves = (event: EventMention, partner: DashboardPartner) =>
  event.placeIds.includes(partner.partnerId) || event.partnershipIds.some((id) => partner.partnershipIds.includes(id));

/**
 * Partners with no recorded event in the `years` before `today`. An event counts when it may
 * have fallen in that span (an event dated `2023` counts for a span that starts in mid-2023).
 */
export function quietPartners(
  partners: readonly DashboardPartner[],
  events: readonly EventMention[],
  today: Day,
  years = 3,
): QuietPartner[] {
  const since = addYears(today, -years);
  const out: QuietPartner[] = [];
  for (const partner of partners) {
    let last: EventMention | null = null;
    for (const event of events) {
      if (!event.start || earliestDay(event.start) > today || !involves(event, partner)) continue;
      if (!last || latestDay(event.start) > latestDay(last.start!)) last = event;
    }
    if (last && latestDay(last.start!) >= since) continue;
    out.push({ partnerId: partner.partnerId, lastEvent: last?.start ?? null, lastEventId: last?.id ?? null });
  }
  return out.sort((a, b) => (a.lastEvent ?? '').localeCompare(b.lastEvent ?? ''));
}

/**
 * Round anniversaries (5, 10, 15 … years) of ties that may fall from `today` through the next
 * twelve months. A tie founded in `1986` has its 40th anniversary in `2026`, whichever day that is.
 */
export function upcomingAnniversaries(partners: readonly DashboardPartner[], today: Day, step = 5): Anniversary[] {
  const end = addYears(today, 1);
  const out: Anniversary[] = [];
  for (const partner of partners) {
    if (!partner.established) continue;
    const foundedYear = Number(partner.established.slice(0, 4));
    const first = Math.max(step, Math.ceil((Number(today.slice(0, 4)) - foundedYear) / step) * step);
    for (let years = first; foundedYear + years <= Number(end.slice(0, 4)); years += step) {
      const on = addYears(partner.established, years);
      if (latestDay(on) >= today && earliestDay(on) < end) {
        out.push({ partnerId: partner.partnerId, established: partner.established, years, on });
      }
    }
  }
  return out.sort((a, b) => earliestDay(a.on).localeCompare(earliestDay(b.on)) || b.years - a.years);
}
