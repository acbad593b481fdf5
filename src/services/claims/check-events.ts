import { pickName } from '../../domain/common.ts';
import { isVisit, type RegistryEvent } from '../../domain/event.ts';
import { compareFact } from '../../domain/facts.ts';
import { foldName } from '../../domain/names.ts';
import { earliestDay } from '../../domain/precise-date.ts';
import { events, organisations, people, places } from '../registry.ts';
import { evidenceOf, type Checker } from './evidence.ts';

/** How much of a title's words (or, in Chinese, character pairs) another title shares. */
function overlap(a: string, b: string): number {
  const grams = (s: string) => {
    const f = foldName(s);
    if (/\p{Script=Han}/u.test(f)) {
      const chars = [...f.replace(/\s/g, '')];
      return new Set(chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]));
    }
    return new Set(f.split(' ').filter((w) => w.length > 2));
  };
  const x = grams(a);
  const y = grams(b);
  if (x.size === 0) return 0;
  return [...x].filter((g) => y.has(g)).length / x.size;
}

const DAY_MS = 86_400_000;

/** Events from a year before the day to a month after it, for claims that give no date of their own. */
function near(e: RegistryEvent, day: string): boolean {
  if (!e.start) return false;
  const t = Date.parse(earliestDay(e.start));
  const d = Date.parse(day);
  return t >= d - 366 * DAY_MS && t <= d + 31 * DAY_MS;
}

/** A site visited, an event named, or a person's visit in a year, against the registry's events. */
export const checkEvent: Checker<'event'> = async (c, claim) => {
  const n = claim.normalised;
  const all = await events.list(c.ctx);
  if (n.what === 'site_visit') {
    if (!n.siteId) return { verdict: 'unknown', note: `'${n.name}' is not a site the registry knows`, evidence: [] };
    const visit = all.find((e) => isVisit(e.kind) && e.itinerary.some((s) => s.organisationId === n.siteId || s.placeId === n.siteId) && (n.date ? e.start !== null && compareFact(e.start, n.date) !== 'conflict' : near(e, c.asOf)));
    const site = n.siteKind === 'organisation' ? await organisations.get(c.ctx, n.siteId) : await places.get(c.ctx, n.siteId);
    if (!visit) return { verdict: 'unknown', note: `no recorded visit around ${c.asOf} has ${pickName(site.names)} in its programme`, evidence: [] };
    const stop = visit.itinerary.findIndex((s) => s.organisationId === n.siteId || s.placeId === n.siteId);
    return {
      verdict: 'supported',
      note: `stop ${stop + 1} of ${pickName(visit.titles)}`,
      evidence: [await evidenceOf(c.ctx, 'event', visit.id, pickName(visit.titles), visit.start), await evidenceOf(c.ctx, n.siteKind === 'organisation' ? 'organisation' : 'place', site.id, pickName(site.names))],
    };
  }
  if (n.what === 'person_visit') {
    const person = await people.get(c.ctx, n.personId!);
    const visits = all.filter((e) => isVisit(e.kind) && e.start && compareFact(e.start, n.date!) !== 'conflict' && e.participants.some((p) => p.personId === person.id));
    if (!visits.length) return { verdict: 'unknown', note: `the registry records no visit by ${pickName(person.names)} in ${n.date}`, evidence: [] };
    return { verdict: 'supported', note: `recorded: ${pickName(visits[0]!.titles)}`, evidence: [await evidenceOf(c.ctx, 'event', visits[0]!.id, pickName(visits[0]!.titles), visits[0]!.start)] };
  }
  const scored = all
    .map((e) => ({ e, score: Math.max(...Object.values(e.titles).map((t) => Math.max(overlap(n.name!, t), overlap(t, n.name!)))) }))
    .filter((x) => x.score >= 0.6)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.e;
  if (!best) return { verdict: 'unknown', note: `no recorded event matches '${n.name}'`, evidence: [] };
  if (n.date && best.start && compareFact(best.start, n.date) === 'conflict') {
    return { verdict: 'contradicted', note: `recorded as ${pickName(best.titles)} on ${best.start}, not ${n.date}`, evidence: [await evidenceOf(c.ctx, 'event', best.id, pickName(best.titles), best.start)] };
  }
  return { verdict: 'supported', note: `recorded: ${pickName(best.titles)}${best.start ? `, ${best.start}` : ''}`, evidence: [await evidenceOf(c.ctx, 'event', best.id, pickName(best.titles), best.start)] };
};
