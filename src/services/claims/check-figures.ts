import { pickName } from '../../domain/common.ts';
import { formatPreciseDate, latestDay } from '../../domain/precise-date.ts';
import type { Verdict } from '../../domain/claims/types.ts';
import type { FigureData } from '../../domain/figure.ts';
import { figures, places } from '../registry.ts';
import type { Stored } from '../records.ts';
import { networkStats } from '../stats.service.ts';
import { combine, evidenceOf, type Checker, type Evidence } from './evidence.ts';

type Field = 'places' | 'countries' | 'sisterCities' | 'friendlyExchangeCities';
const LABEL: Record<Field, string> = { places: 'cities', countries: 'countries', sisterCities: 'sister cities', friendlyExchangeCities: 'friendly exchange cities' };

/**
 * A network figure against the published figures (other than the text's own) and the registry's
 * count. A component a source does not give may follow from ones it does: 93 places less 24
 * sister cities is 69 friendly exchange cities.
 */
export const checkFigure: Checker<'figure'> = async (c, claim) => {
  if (!c.homeId) return { verdict: 'unknown', note: 'no home place to count for', evidence: [] };
  const home = await places.get(c.ctx, c.homeId);
  const all = (await figures.list(c.ctx, { filters: [{ column: 'home_place_id', op: '=', value: c.homeId }] }))
    .filter((f) => f.sourceId !== c.sourceId && latestDay(f.asOf) <= c.asOf)
    .sort((a, b) => latestDay(b.asOf).localeCompare(latestDay(a.asOf)));
  const latest = (field: Field) => all.find((f) => f[field] !== null);
  const stats = await networkStats(c.ctx, { home: c.homeId, asOf: c.asOf });
  const registry: Record<Field, number> = {
    places: stats.places, countries: stats.countries,
    sisterCities: stats.byType.sister_city, friendlyExchangeCities: stats.byType.friendly_exchange_city,
  };
  const used = new Set<Stored<FigureData>>();
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  const said = (f: Stored<FigureData>) => `published ${formatPreciseDate(f.asOf, 'en')}`;

  for (const field of Object.keys(LABEL) as Field[]) {
    const claimed = claim.normalised[field];
    if (claimed === undefined) continue;
    const p = latest(field);
    if (p && p[field] === claimed) {
      used.add(p);
      verdicts.push('supported');
      notes.push(`${claimed} ${LABEL[field]}: as ${said(p)}`);
      continue;
    }
    const other: Field | null = field === 'sisterCities' ? 'friendlyExchangeCities' : field === 'friendlyExchangeCities' ? 'sisterCities' : null;
    const total = latest('places');
    const part = other ? latest(other) : undefined;
    if (other && total && part && total.places! - part[other]! === claimed) {
      used.add(total).add(part);
      verdicts.push('supported');
      notes.push(`${claimed} ${LABEL[field]}: the ${total.places} cities ${said(total)} less the ${part[other]} ${LABEL[other]} ${said(part)}`);
      continue;
    }
    if (p) {
      used.add(p);
      const sameDay = latestDay(p.asOf) === c.asOf;
      verdicts.push(sameDay ? 'contradicted' : 'ambiguous');
      notes.push(`${claimed} ${LABEL[field]}: the latest published figure says ${p[field]} (${said(p)}); the registry itself holds ${registry[field]}`);
      continue;
    }
    verdicts.push(registry[field] === claimed ? 'supported' : 'unknown');
    notes.push(`${claimed} ${LABEL[field]}: no published figure; the registry holds ${registry[field]}`);
  }
  const gap = `The registry records ${stats.places} of ${pickName(home.names)}'s partner places in ${stats.countries} countries as of ${c.asOf}.`;
  const evidence: Evidence[] = [];
  for (const f of used) evidence.push(await evidenceOf(c.ctx, 'figure', f.id, `Published figure of ${f.asOf}`, f.quote));
  return { verdict: combine(verdicts), note: `${notes.join('; ')}. ${gap}`, evidence };
};
