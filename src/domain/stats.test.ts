import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../records/partnership/partnership.schema.ts';
import { COUNTED_STATUSES } from '../records/partnership/partnership.schema.ts';
import { emptyTypeCounts, networkFigures, type StatsPlace, type StatsTie } from './stats.ts';
import { stateAsOf } from './tie-state.ts';

const place = (id: string, country: string): StatsPlace => ({ id, names: { en: id }, country, kind: 'city', coordinates: null });
const step = (entry: Partial<HistoryEntry> & Pick<HistoryEntry, 'kind'>): HistoryEntry => ({
  date: null,
  recordedOn: null,
  type: null,
  status: null,
  note: null,
  ...entry,
});

/** A varied network: founding dates of every precision, retyping, suspension, ending, undated ties, a district's tie. */
function network(n: number): StatsTie[] {
  const home = place('home', 'CN');
  const district = place('district', 'CN');
  const countries = ['US', 'PL', 'ES', 'RU', 'BR', 'JP', 'ZA', 'AU'];
  const types = ['sister_city', 'friendly_exchange_city', 'cooperation', 'unknown'] as const;
  return Array.from({ length: n }, (_, i) => {
    const year = 1980 + ((i * 7) % 40);
    const date = i % 3 === 0 ? String(year) : i % 3 === 1 ? `${year}-0${1 + (i % 9)}` : `${year}-0${1 + (i % 9)}-1${i % 10}`;
    const history = [
      i % 17 === 0
        ? step({ kind: 'established', recordedOn: '2015-05-05', type: types[i % 4]! })
        : step({ kind: 'established', date, type: types[i % 4]! }),
    ];
    if (i % 4 === 1) history.push(step({ kind: 'type_changed', date: `${year + 3}`, type: 'sister_city' }));
    if (i % 6 === 2) history.push(step({ kind: 'status_changed', date: `${year + 2}-06`, status: 'suspended' }));
    if (i % 12 === 2) history.push(step({ kind: 'status_changed', date: `${year + 5}-01-01`, status: 'active' }));
    if (i % 9 === 4) history.push(step({ kind: 'ended', date: `${year + 4}-12` }));
    // Every fifth partner is tied to the home place and to its district.
    const partner = place(`p${i % 5 === 0 ? i - (i % 10) : i}`, countries[i % countries.length]!);
    return { partnershipId: `pt${i}`, history, homeSide: i % 10 === 5 ? district : home, partner };
  });
}

const RANK = { sister_city: 4, friendly_exchange_city: 3, cooperation: 2, unknown: 1 } as const;

/** The partners counted on a day by type, each tie's state taken afresh: what the sweep must agree with. */
function countedAfresh(ties: readonly StatsTie[], day: string) {
  const best = new Map<string, keyof typeof RANK>();
  for (const t of ties) {
    const state = stateAsOf(t.history, day);
    if (!state || !COUNTED_STATUSES.has(state.status)) continue;
    const known = best.get(t.partner.id);
    if (!known || RANK[state.type] > RANK[known]) best.set(t.partner.id, state.type);
  }
  const byType = emptyTypeCounts();
  for (const type of best.values()) byType[type]++;
  return { total: best.size, byType };
}

describe('network figures in one sweep', () => {
  const ties = network(300);

  it('gives each year the same counts as counting as of that year’s end afresh', () => {
    const f = networkFigures('home', ties, '2024-03-07');
    expect(f.byYear[0]!.year).toBe(1980);
    expect(f.byYear.at(-1)!.year).toBe(2024);
    for (const y of f.byYear) {
      const end = y.year === 2024 ? '2024-03-07' : `${y.year}-12-31`;
      expect({ year: y.year, total: y.total, byType: y.byType }).toEqual({ year: y.year, ...countedAfresh(ties, end) });
    }
  });

  it('counts each partner once, under its highest type, and by continent and country', () => {
    const f = networkFigures('home', ties, '2024-03-07');
    expect(new Set(f.partners.map((p) => p.partner.id)).size).toBe(f.places);
    expect(Object.values(f.byType).reduce((a, b) => a + b, 0)).toBe(f.places);
    expect(Object.values(f.byContinent).reduce((a, b) => a + b, 0)).toBe(f.places);
    expect(f.countries).toBe(new Set(f.partners.map((p) => p.partner.country)).size);
    expect(f.partners.map((p) => p.partner.names.en)).toEqual(
      f.partners.map((p) => p.partner.names.en!).sort((a, b) => a.localeCompare(b)),
    );
    expect(f.suspended.length).toBeGreaterThan(0);
  });

  it('counts nothing before the first tie', () => {
    const f = networkFigures('home', ties, '1979-12-31');
    expect(f).toMatchObject({ places: 0, countries: 0, byYear: [], partners: [] });
  });
});
