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
import type { Day, PreciseDate } from './precise-date.ts';
import { certainBy, currentState, stateAsOf, type TieState } from './tie-state.ts';

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

/** The order partners are listed in: by name, as people of the default locale sort. */
const byName = new Intl.Collator().compare;

/** One change in a tie's state, on the first day it is certain. */
interface Step {
  day: Day;
  tie: number;
  state: TieState;
}

/**
 * The days on which a tie's state as of a day changes, and the state from each: a state as of a
 * day depends only on the steps certainly taken by then, so it changes only on those days.
 */
function stepsOf(history: readonly HistoryEntry[], tie: number, until: Day, out: Step[]): void {
  const days = new Set<Day>();
  for (const e of history) {
    const by = certainBy(e);
    if (by !== null && by <= until) days.add(by);
  }
  for (const day of days) {
    const state = stateAsOf(history, day);
    if (state) out.push({ day, tie, state });
  }
}

/** What one partner counts as, from the states of its ties on a day; null when none counts. */
function partnerOf(ties: readonly StatsTie[], indexes: readonly number[], states: readonly (TieState | null)[], homeId: string) {
  let known: CountedPartner | null = null;
  for (const i of indexes) {
    const state = states[i];
    if (!state || !COUNTED_STATUSES.has(state.status)) continue;
    const tie = ties[i]!;
    const via = tie.homeSide.id === homeId ? null : tie.homeSide;
    if (!known) {
      known = {
        partner: tie.partner,
        type: state.type,
        status: state.status,
        established: state.established,
        via,
        partnershipIds: [tie.partnershipId],
      };
      continue;
    }
    known.partnershipIds.push(tie.partnershipId);
    if (TYPE_RANK[state.type] > TYPE_RANK[known.type] || (known.via && !via)) {
      Object.assign(known, { type: state.type, status: state.status, established: state.established, via });
    }
  }
  return known;
}

/** Running counts of the partners counted so far, kept as partners come and go. */
class Tally {
  readonly byType = emptyTypeCounts();
  private readonly byContinent = new Map<Continent, number>();
  private readonly countries = new Map<string, number>();
  private readonly rankedCountries = new Map<string, number>();
  places = 0;
  ranked = 0;

  apply(p: CountedPartner, sign: 1 | -1): void {
    this.places += sign;
    this.byType[p.type] += sign;
    bump(this.countries, p.partner.country, sign);
    const continent = continentOf(p.partner.country);
    if (continent) bump(this.byContinent, continent, sign);
    if (p.type === 'sister_city' || p.type === 'friendly_exchange_city') {
      this.ranked += sign;
      bump(this.rankedCountries, p.partner.country, sign);
    }
  }

  figures() {
    const byContinent: Partial<Record<Continent, number>> = {};
    for (const c of CONTINENTS) if (this.byContinent.get(c)) byContinent[c] = this.byContinent.get(c)!;
    return {
      byType: { ...this.byType },
      byContinent,
      countries: this.countries.size,
      ranked: { places: this.ranked, countries: this.rankedCountries.size },
    };
  }
}

function bump<K>(counts: Map<K, number>, key: K, sign: 1 | -1): void {
  const n = (counts.get(key) ?? 0) + sign;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}

/**
 * The home place's partner network as of a day, counting only what is certain by then. One sweep
 * over every tie's changes, sorted once by day, gives the figures of the day and, at each year's
 * end on the way, the cumulative counts by year.
 */
export function networkFigures(homeId: string, ties: readonly StatsTie[], day: Day): NetworkFigures {
  const steps: Step[] = [];
  ties.forEach((t, i) => {
    stepsOf(t.history, i, day, steps);
  });
  steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.tie - b.tie));

  // Ties of one partner (the home place's own and its districts'), in the order given.
  const tiesOfPartner = new Map<string, number[]>();
  ties.forEach((t, i) => {
    const list = tiesOfPartner.get(t.partner.id);
    if (list) list.push(i);
    else tiesOfPartner.set(t.partner.id, [i]);
  });

  const states: (TieState | null)[] = ties.map(() => null);
  const counted = new Map<string, CountedPartner>();
  const tally = new Tally();
  const byYear: NetworkFigures['byYear'] = [];
  const lastYear = Number(day.slice(0, 4));
  let year = steps.length ? Number(steps[0]!.day.slice(0, 4)) : lastYear + 1;
  const closeYearsBefore = (until: number) => {
    for (; year < until; year++) byYear.push({ year, total: tally.places, byType: { ...tally.byType } });
  };

  for (const step of steps) {
    closeYearsBefore(Number(step.day.slice(0, 4)));
    states[step.tie] = step.state;
    const partnerId = ties[step.tie]!.partner.id;
    const before = counted.get(partnerId);
    const after = partnerOf(ties, tiesOfPartner.get(partnerId)!, states, homeId);
    if (before) tally.apply(before, -1);
    if (after) {
      tally.apply(after, 1);
      counted.set(partnerId, after);
    } else counted.delete(partnerId);
  }
  closeYearsBefore(lastYear + 1);

  // In the order of each partner's first counted tie, as the names' ties are broken.
  const inOrder: CountedPartner[] = [];
  ties.forEach((t, i) => {
    const p = counted.get(t.partner.id);
    if (p && p.partnershipIds[0] === t.partnershipId && states[i]) inOrder.push(p);
  });
  const partners = inOrder.sort((a, b) => byName(pickName(a.partner.names), pickName(b.partner.names)));
  const { byType, byContinent, countries, ranked } = tally.figures();

  const countedIds = new Set(partners.flatMap((p) => p.partnershipIds));
  const undated = ties
    .filter((t) => !countedIds.has(t.partnershipId))
    .filter((t) => {
      const now = currentState(t.history);
      return now !== null && now.established === null && COUNTED_STATUSES.has(now.status) && !t.history.some((e) => e.date !== null);
    })
    .map((t) => ({ partner: t.partner, partnershipId: t.partnershipId }));

  const suspended = ties.flatMap((t, i) => {
    if (states[i]?.status !== 'suspended') return [];
    const step = [...t.history].reverse().find((e) => e.kind === 'status_changed' && e.status === 'suspended');
    return [{ partner: t.partner, partnershipId: t.partnershipId, since: step?.date ?? null, reason: step?.note ?? null }];
  });

  return { asOf: day, places: partners.length, countries, byType, byContinent, ranked, byYear, partners, undated, suspended };
}

export { PARTNERSHIP_TYPES };
