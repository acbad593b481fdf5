import { isVisit, type RegistryEvent } from '../../records/event/event.schema.ts';
import { compareFact } from '../../domain/facts.ts';
import { foldName } from '../../domain/names.ts';
import { earliestDay } from '../../domain/precise-date.ts';
import { events, organisations, people, places } from '../records.service.ts';
import { dateIn, dateNote, evidenceOf, nameIn, namesNote, noteIn, remember, type Checker } from './evidence.ts';

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
  const all = await remember(c, 'events', () => events.list(c.ctx));
  if (n.what === 'site_visit') {
    if (!n.siteId)
      return {
        verdict: 'unknown',
        note: noteIn((l) => (l === 'zh' ? `“${n.name}”不是登记册中的地点` : `'${n.name}' is not a site the registry knows`)),
        evidence: [],
      };
    const visit = all.find(
      (e) =>
        isVisit(e.kind) &&
        e.itinerary.some((s) => s.organisationId === n.siteId || s.placeId === n.siteId) &&
        (n.date ? e.start !== null && compareFact(e.start, n.date) !== 'conflict' : near(e, c.asOf)),
    );
    const site = n.siteKind === 'organisation' ? await organisations.get(c.ctx, n.siteId) : await places.get(c.ctx, n.siteId);
    if (!visit) {
      return {
        verdict: 'unknown',
        note: noteIn((l) =>
          l === 'zh'
            ? `${dateIn(c.asOf, l)}前后没有记录的访问包含${nameIn(site.names, l)}`
            : `no recorded visit around ${dateIn(c.asOf, l)} has ${nameIn(site.names, l)} in its programme`,
        ),
        evidence: [],
      };
    }
    const stop = visit.itinerary.findIndex((s) => s.organisationId === n.siteId || s.placeId === n.siteId);
    return {
      verdict: 'supported',
      note: noteIn((l) => (l === 'zh' ? `${nameIn(visit.titles, l)}的第${stop + 1}站` : `stop ${stop + 1} of ${nameIn(visit.titles, l)}`)),
      evidence: [
        await evidenceOf(c, 'event', visit.id, namesNote(visit.titles), dateNote(visit.start)),
        await evidenceOf(c, n.siteKind === 'organisation' ? 'organisation' : 'place', site.id, namesNote(site.names)),
      ],
    };
  }
  if (n.what === 'person_visit') {
    const person = await remember(c, `person:${n.personId}`, () => people.get(c.ctx, n.personId!));
    const visits = all.filter(
      (e) =>
        isVisit(e.kind) && e.start && compareFact(e.start, n.date!) !== 'conflict' && e.participants.some((p) => p.personId === person.id),
    );
    if (!visits.length) {
      return {
        verdict: 'unknown',
        note: noteIn((l) =>
          l === 'zh'
            ? `登记册没有记录${nameIn(person.names, l)}在${dateIn(n.date!, l)}的访问`
            : `the registry records no visit by ${nameIn(person.names, l)} in ${dateIn(n.date!, l)}`,
        ),
        evidence: [],
      };
    }
    const visit = visits[0]!;
    return {
      verdict: 'supported',
      note: noteIn((l) => (l === 'zh' ? `已记录：${nameIn(visit.titles, l)}` : `recorded: ${nameIn(visit.titles, l)}`)),
      evidence: [await evidenceOf(c, 'event', visit.id, namesNote(visit.titles), dateNote(visit.start))],
    };
  }
  const scored = all
    .map((e) => ({ e, score: Math.max(...Object.values(e.titles).map((t) => Math.max(overlap(n.name!, t), overlap(t, n.name!)))) }))
    .filter((x) => x.score >= 0.6)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.e;
  if (!best)
    return {
      verdict: 'unknown',
      note: noteIn((l) => (l === 'zh' ? `没有与“${n.name}”相符的活动记录` : `no recorded event matches '${n.name}'`)),
      evidence: [],
    };
  const evidence = [await evidenceOf(c, 'event', best.id, namesNote(best.titles), dateNote(best.start))];
  const start = best.start;
  if (n.date && start && compareFact(start, n.date) === 'conflict') {
    const said = n.date;
    return {
      verdict: 'contradicted',
      note: noteIn((l) =>
        l === 'zh'
          ? `记录为${nameIn(best.titles, l)}，日期${dateIn(start, l)}，而非${dateIn(said, l)}`
          : `recorded as ${nameIn(best.titles, l)} on ${dateIn(start, l)}, not ${dateIn(said, l)}`,
      ),
      evidence,
    };
  }
  return {
    verdict: 'supported',
    note: noteIn((l) =>
      l === 'zh'
        ? `已记录：${nameIn(best.titles, l)}${start ? `，${dateIn(start, l)}` : ''}`
        : `recorded: ${nameIn(best.titles, l)}${start ? `, ${dateIn(start, l)}` : ''}`,
    ),
    evidence,
  };
};
