import type { Coordinates, Names } from './common.ts';
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
import { currentState, statesOverTime, type TieState } from './tie-state.ts';

export interface StatsPlace {
  id: string;
  names: Names;
  country: string;
  kind: string;
  /** Where the map draws it. */
  coordinates: Coordinates | null;
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

/**
 * The order partners are listed in: by name, as people of the default locale sort. The collator is
 * made on first use, not as the server's code loads: the first use of the locale data costs time.
 */
let collator: Intl.Collator | undefined;
function byName(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

/** One change in a tie's state, on the first day it is certain. */
interface Step {
  day: Day;
  tie: number;
  state: TieState;
}

/**
 * A home place's ties made ready to be counted as of any day: every tie's changes in one list
 * sorted by day, the ties of each partner, and the partners' order by name.
 */
export interface PreparedNetwork {
  homeId: string;
  ties: readonly StatsTie[];
  steps: readonly Step[];
  tiesOfPartner: ReadonlyMap<string, readonly number[]>;
  nameRank: ReadonlyMap<string, number>;
  /** Ties that exist today with no date at all. */
  undatedNow: ReadonlySet<number>;
}

export function prepareNetwork(homeId: string, ties: readonly StatsTie[]): PreparedNetwork {
  const steps: Step[] = [];
  const tiesOfPartner = new Map<string, number[]>();
  const undatedNow = new Set<number>();
  ties.forEach((t, i) => {
    for (const { day, state } of statesOverTime(t.history)) steps.push({ day, tie: i, state });
    const list = tiesOfPartner.get(t.partner.id);
    if (list) list.push(i);
    else tiesOfPartner.set(t.partner.id, [i]);
    const now = currentState(t.history);
    if (now !== null && now.established === null && COUNTED_STATUSES.has(now.status) && !t.history.some((e) => e.date !== null)) {
      undatedNow.add(i);
    }
  });
  steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.tie - b.tie));

  const named = [...tiesOfPartner.keys()].map((id) => ({ id, name: pickName(ties[tiesOfPartner.get(id)![0]!]!.partner.names) }));
  named.sort((a, b) => byName(a.name, b.name));
  const nameRank = new Map<string, number>();
  named.forEach((p, i) => {
    const previous = named[i - 1];
    nameRank.set(p.id, previous && byName(previous.name, p.name) === 0 ? nameRank.get(previous.id)! : i);
  });
  return { homeId, ties, steps, tiesOfPartner, nameRank, undatedNow };
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

/** The home place's partner network as of a day, counting only what is certain by then. */
export function networkFigures(homeId: string, ties: readonly StatsTie[], day: Day): NetworkFigures {
  return figuresAsOf(prepareNetwork(homeId, ties), day);
}

/**
 * The figures of a day from one sweep over the ties' changes up to it, which also gives, at each
 * year's end on the way, the cumulative counts by year.
 */
export function figuresAsOf(network: PreparedNetwork, day: Day): NetworkFigures {
  const { homeId, ties, steps, tiesOfPartner } = network;
  const states: (TieState | null)[] = ties.map(() => null);
  const counted = new Map<string, CountedPartner>();
  const tally = new Tally();
  const byYear: NetworkFigures['byYear'] = [];
  const lastYear = Number(day.slice(0, 4));
  let year = steps.length && steps[0]!.day <= day ? Number(steps[0]!.day.slice(0, 4)) : lastYear + 1;
  const closeYearsBefore = (until: number) => {
    for (; year < until; year++) byYear.push({ year, total: tally.places, byType: { ...tally.byType } });
  };

  for (const step of steps) {
    if (step.day > day) break;
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

  // In the order of each partner's first counted tie, as partners of one name are listed.
  const inOrder: CountedPartner[] = [];
  ties.forEach((t, i) => {
    const p = counted.get(t.partner.id);
    if (p && p.partnershipIds[0] === t.partnershipId && states[i]) inOrder.push(p);
  });
  const partners = inOrder.sort((a, b) => network.nameRank.get(a.partner.id)! - network.nameRank.get(b.partner.id)!);
  const { byType, byContinent, countries, ranked } = tally.figures();

  const countedIds = new Set(partners.flatMap((p) => p.partnershipIds));
  const undated = ties
    .filter((t, i) => network.undatedNow.has(i) && !countedIds.has(t.partnershipId))
    .map((t) => ({ partner: t.partner, partnershipId: t.partnershipId }));

  const suspended = ties.flatMap((t, i) => {
    if (states[i]?.status !== 'suspended') return [];
    const step = [...t.history].reverse().find((e) => e.kind === 'status_changed' && e.status === 'suspended');
    return [{ partner: t.partner, partnershipId: t.partnershipId, since: step?.date ?? null, reason: step?.note ?? null }];
  });

  return { asOf: day, places: partners.length, countries, byType, byContinent, ranked, byYear, partners, undated, suspended };
}

export { PARTNERSHIP_TYPES };
