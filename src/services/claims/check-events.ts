import { isVisit, type RegistryEvent } from '../../records/event/event.schema.ts';
import { compareFact } from '../../domain/facts.ts';
import { shareOf, wordGrams } from '../../domain/claims/word-grams.ts';
import { earliestDay, latestDay, type PreciseDate } from '../../domain/precise-date.ts';
import { events, organisations, partnerships, people, places } from '../records.service.ts';
import {
  dateIn,
  dateNote,
  evidenceOf,
  nameIn,
  namesNote,
  noteIn,
  remember,
  type CheckContext,
  type Checker,
  dateFits,
} from './evidence.ts';

const DAY_MS = 86_400_000;

/** The event starts from `before` days before the day to `after` days after it. */
function startsWithin(e: RegistryEvent, day: string, before: number, after: number): boolean {
  if (!e.start) return false;
  const t = Date.parse(earliestDay(e.start));
  const d = Date.parse(day);
  return t >= d - before * DAY_MS && t <= d + after * DAY_MS;
}

/** Events from a year before the day to a month after it, for claims that give no date of their own. */
const near = (e: RegistryEvent, day: string) => startsWithin(e, day, 366, 31);

/** The event's date fits the claim's: the same at the coarser precision, within its span, or a report's own day. */
function eventDateFits(c: CheckContext, e: RegistryEvent, date: PreciseDate | null | undefined): boolean {
  if (!date || !e.start) return true;
  if (e.end && earliestDay(e.start) <= earliestDay(date) && latestDay(date) <= latestDay(e.end)) return true;
  return dateFits(c, e.start, date);
}

/**
 * For a claim with no date of its own: an event of the text's own days (none for a text with no
 * date), or, for one that names who took part, of the two months a report may come after
 * ('Kobe Mayor Kizo Hisamoto sent a message …', reported weeks after the celebration).
 */
function aboutThen(c: CheckContext, e: RegistryEvent, withPeople: boolean): boolean {
  if (c.undated || !e.start) return false;
  return dateFits(c, e.start, c.asOf) || (withPeople && startsWithin(e, c.asOf, 62, 0));
}

/** The places an event is about: where it was, where its people came from, and the places of its ties. */
export function placesOf(c: CheckContext, e: RegistryEvent): Promise<Set<string>> {
  return remember(c, `event-places:${e.id}`, async () => {
    const ids = new Set<string>(e.placeIds);
    if (e.delegationFromPlaceId) ids.add(e.delegationFromPlaceId);
    for (const s of e.itinerary) if (s.placeId) ids.add(s.placeId);
    for (const p of e.participants) if (p.representing?.placeId) ids.add(p.representing.placeId);
    for (const t of await partnerships.getMany(c.ctx, e.partnershipIds)) {
      ids.add(t.placeAId);
      ids.add(t.placeBId);
    }
    return ids;
  });
}

/**
 * An event about other places is another event: when the claim names places and the event names
 * some besides the home place, they must share one ('Christchurch joins the organisation' is not
 * the home place founding it).
 */
function placesFit(c: CheckContext, about: Set<string>, claimed: readonly string[]): boolean {
  if (claimed.length === 0) return true;
  const theirs = [...about].filter((id) => id !== c.homeId);
  return theirs.length === 0 || theirs.some((id) => claimed.includes(id));
}

/** Words of what happened more than once or at some time before: no one day of the text's. */
const HABITUAL =
  /多次|屡次|曾经?|历年|近年来?|先后|经常|频繁|每年|长期|\b(?:many times|repeatedly|in recent years|over the years|every year|regularly|often|have (?:visited|sent|hosted)|has (?:visited|sent|hosted))\b/i;

/**
 * The claim points to the event without naming it: through a person of the event, or through a
 * place besides the home place on a date of its own at least as precise as a month (a text about
 * one visit tells of many things of those days; a year says too little).
 */
function pointsTo(
  c: CheckContext,
  x: { e: RegistryEvent; places: Set<string> },
  n: { placeIds?: string[]; personIds?: string[]; date: PreciseDate | null; name?: string },
): boolean {
  const people = n.personIds ?? [];
  if (people.length) return x.e.participants.some((p) => people.includes(p.personId));
  // A claim that gives no date speaks of the text's own days, when the text is dated, unless it
  // tells of what happened again and again ('多次派出', '均曾访深', 'in recent years').
  const date = n.date ?? (c.undated || HABITUAL.test(n.name ?? '') ? null : c.asOf);
  if (!date) return false;
  const others = (n.placeIds ?? []).filter((id) => id !== c.homeId && x.places.has(id));
  // A year says too little, unless the event is between the very places the claim names, both of them ('2020年…檀香山市与福州市政府互捐防疫物资').
  if (date.length < 7)
    return n.date === date && (n.placeIds ?? []).length >= 2 && (n.placeIds ?? []).every((id) => x.places.has(id)) && others.length > 0;
  if (others.length > 0) return true;
  // The home place alone points to an event at home on that very day ('绍兴市首届国际友城大会举行').
  return date.length === 10 && x.e.start === date && c.homeId !== null && (n.placeIds ?? []).includes(c.homeId) && x.places.has(c.homeId);
}

/**
 * The one recorded event of the very day a claim names people on ('郑海涛与翠西·哈格里夫斯率领的代表团进行了
 * 会晤', 18 March): people the registry may hold under other spellings, on a day it records one thing for.
 */
function onlyThatDay(
  fitting: readonly { e: RegistryEvent }[],
  n: { date: PreciseDate | null; personNames?: string[]; personIds?: string[] },
): RegistryEvent | undefined {
  if (n.date?.length !== 10 || (n.personNames ?? []).length + (n.personIds ?? []).length === 0) return undefined;
  const that = fitting.filter((x) => x.e.start === n.date);
  return that.length === 1 ? that[0]!.e : undefined;
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
        (e.itinerary.some((s) => s.organisationId === n.siteId || s.placeId === n.siteId) || e.placeIds.includes(n.siteId!)) &&
        (n.date ? e.start !== null && compareFact(e.start, n.date) !== 'conflict' : c.undated || near(e, c.asOf)),
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
      note: noteIn((l) => {
        const on = visit.start ? dateIn(visit.start, l) : '';
        if (stop < 0) return l === 'zh' ? `已记录：${nameIn(visit.titles, l)}，${on}` : `recorded: ${nameIn(visit.titles, l)}, ${on}`;
        return l === 'zh' ? `${nameIn(visit.titles, l)}的第${stop + 1}站` : `stop ${stop + 1} of ${nameIn(visit.titles, l)}`;
      }),
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
  // Each title's words read once a check, however many claims it is compared with.
  const titles = await remember(
    c,
    'event-title-grams',
    async () => new Map(all.map((e) => [e.id, Object.values(e.titles).map(wordGrams)])),
  );
  const words = wordGrams(n.name!);
  const scored = all
    .map((e) => ({ e, score: Math.max(...titles.get(e.id)!.map((t) => Math.max(shareOf(words, t), shareOf(t, words)))) }))
    .sort((a, b) => b.score - a.score);
  const fitting: { e: RegistryEvent; score: number; places: Set<string> }[] = [];
  for (const x of scored) {
    const about = await placesOf(c, x.e);
    if (placesFit(c, about, n.placeIds ?? [])) fitting.push({ ...x, places: about });
  }
  const named = fitting.filter((x) => x.score >= 0.6).map((x) => x.e);
  // Named alike and on a date that fits; else one the claim's people or places and date point to; else named alike.
  // Half named alike, at a place the claim names besides the home and on a date that fits: 'The Mayor visited Xiamen last year,
  // heading a 31-member delegation' and 'Wellington Mayor … leads a 31-member delegation to Xiamen', 2011.
  const sharesPlace = (x: (typeof fitting)[number]) => (n.placeIds ?? []).some((id) => id !== c.homeId && x.places.has(id));
  const best =
    named.find((e) => eventDateFits(c, e, n.date)) ??
    fitting.find((x) => pointsTo(c, x, n) && (n.date ? eventDateFits(c, x.e, n.date) : aboutThen(c, x.e, (n.personIds ?? []).length > 0)))
      ?.e ??
    fitting.find((x) => x.score >= 0.4 && n.date && sharesPlace(x) && eventDateFits(c, x.e, n.date))?.e ??
    onlyThatDay(fitting, n) ??
    named[0];
  if (!best)
    return {
      verdict: 'unknown',
      note: noteIn((l) => (l === 'zh' ? `没有与“${n.name}”相符的活动记录` : `no recorded event matches '${n.name}'`)),
      evidence: [],
    };
  const evidence = [await evidenceOf(c, 'event', best.id, namesNote(best.titles), dateNote(best.start))];
  const start = best.start;
  const said = n.date;
  if (start && said && !eventDateFits(c, best, said)) {
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
