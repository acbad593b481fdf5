import type { Names } from './common.ts';
import { pickName } from './common.ts';
import { CONTINENTS, continentOf, type Continent } from './countries.ts';
import {
  COUNTED_STATUSES,
  PARTNERSHIP_TYPES,
  type HistoryEntry,
  type PartnershipStatus,
  type PartnershipType,
} from '../records/partnership/partnership.schema.ts';
import { latestDay, type Day, type PreciseDate } from './precise-date.ts';
import { currentState, stateAsOf } from './tie-state.ts';

export interface StatsPlace {
  id: string;
  names: Names;
  country: string;
  kind: string;
}

export interface StatsTie {
  partnershipId: string;
  history: readonly HistoryEntry[];
  /** The home side: the home place or one of its districts. */
  homeSide: StatsPlace;
  partner: StatsPlace;
}

export type TypeCounts = Record<PartnershipType, number>;

export interface CountedPartner {
  partner: StatsPlace;
  type: PartnershipType;
  status: PartnershipStatus;
  established: PreciseDate | null;
  /** Set when the tie is a district's, not the home place's own. */
  via: StatsPlace | null;
  partnershipIds: string[];
}

export interface NetworkFigures {
  asOf: Day;
  places: number;
  countries: number;
  byType: TypeCounts;
  byContinent: Partial<Record<Continent, number>>;
  /** Places and countries with a sister or friendly exchange tie: the figures press releases give. */
  ranked: { places: number; countries: number };
  /** Cumulative counts at the end of each year, the last year up to `asOf`. */
  byYear: { year: number; total: number; byType: TypeCounts }[];
  partners: CountedPartner[];
  /** Ties that exist today but whose date is unknown, so they cannot be counted as of a past day. */
  undated: { partner: StatsPlace; partnershipId: string }[];
  /** Ties suspended on the day: they leave the count from the date of their suspension. */
  suspended: { partner: StatsPlace; partnershipId: string; since: PreciseDate | null; reason: string | null }[];
}

/** Which type a partner counts under when it has several ties (a city's and a district's). */
const TYPE_RANK: Record<PartnershipType, number> = { sister_city: 4, friendly_exchange_city: 3, cooperation: 2, unknown: 1 };

export const emptyTypeCounts = (): TypeCounts => ({ sister_city: 0, friendly_exchange_city: 0, cooperation: 0, unknown: 0 });

function countPartners(ties: readonly StatsTie[], day: Day, homeId: string): CountedPartner[] {
  const byPartner = new Map<string, CountedPartner>();
  for (const tie of ties) {
    const state = stateAsOf(tie.history, day);
    if (!state || !COUNTED_STATUSES.has(state.status)) continue;
    const via = tie.homeSide.id === homeId ? null : tie.homeSide;
    const known = byPartner.get(tie.partner.id);
    if (!known) {
      byPartner.set(tie.partner.id, {
        partner: tie.partner,
        type: state.type,
        status: state.status,
        established: state.established,
        via,
        partnershipIds: [tie.partnershipId],
      });
      continue;
    }
    known.partnershipIds.push(tie.partnershipId);
    if (TYPE_RANK[state.type] > TYPE_RANK[known.type] || (known.via && !via)) {
      Object.assign(known, { type: state.type, status: state.status, established: state.established, via });
    }
  }
  return [...byPartner.values()].sort((a, b) => pickName(a.partner.names).localeCompare(pickName(b.partner.names)));
}

function tally(partners: readonly CountedPartner[]) {
  const byType = emptyTypeCounts();
  const byContinent: Partial<Record<Continent, number>> = {};
  const countries = new Set<string>();
  const rankedCountries = new Set<string>();
  let ranked = 0;
  for (const p of partners) {
    byType[p.type]++;
    countries.add(p.partner.country);
    const continent = continentOf(p.partner.country);
    if (continent) byContinent[continent] = (byContinent[continent] ?? 0) + 1;
    if (p.type === 'sister_city' || p.type === 'friendly_exchange_city') {
      ranked++;
      rankedCountries.add(p.partner.country);
    }
  }
  const orderedContinents: Partial<Record<Continent, number>> = {};
  for (const c of CONTINENTS) if (byContinent[c]) orderedContinents[c] = byContinent[c];
  return { byType, byContinent: orderedContinents, countries: countries.size, ranked: { places: ranked, countries: rankedCountries.size } };
}

/** The home place's partner network as of a day, counting only what is certain by then. */
export function networkFigures(homeId: string, ties: readonly StatsTie[], day: Day): NetworkFigures {
  const partners = countPartners(ties, day, homeId);
  const { byType, byContinent, countries, ranked } = tally(partners);

  const firstYears = ties
    .map((t) => stateAsOf(t.history, day)?.certainSince)
    .filter((d): d is Day => Boolean(d))
    .map((d) => Number(d.slice(0, 4)));
  const lastYear = Number(day.slice(0, 4));
  const byYear: NetworkFigures['byYear'] = [];
  if (firstYears.length) {
    for (let year = Math.min(...firstYears); year <= lastYear; year++) {
      const end = year === lastYear ? day : latestDay(String(year));
      const counted = tally(countPartners(ties, end, homeId));
      byYear.push({ year, total: Object.values(counted.byType).reduce((a, b) => a + b, 0), byType: counted.byType });
    }
  }

  const countedIds = new Set(partners.flatMap((p) => p.partnershipIds));
  const undated = ties
    .filter((t) => !countedIds.has(t.partnershipId))
    .filter((t) => {
      const now = currentState(t.history);
      return now !== null && now.established === null && COUNTED_STATUSES.has(now.status) && !t.history.some((e) => e.date !== null);
    })
    .map((t) => ({ partner: t.partner, partnershipId: t.partnershipId }));

  const suspended = ties.flatMap((t) => {
    if (stateAsOf(t.history, day)?.status !== 'suspended') return [];
    const step = [...t.history].reverse().find((e) => e.kind === 'status_changed' && e.status === 'suspended');
    return [{ partner: t.partner, partnershipId: t.partnershipId, since: step?.date ?? null, reason: step?.note ?? null }];
  });

  return { asOf: day, places: partners.length, countries, byType, byContinent, ranked, byYear, partners, undated, suspended };
}

export { PARTNERSHIP_TYPES };
