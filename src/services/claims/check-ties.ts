import { scopeOf } from '../../domain/scope.ts';
import type { PartnershipStatus, PartnershipType } from '../../records/partnership/partnership.schema.ts';
import { PARTNERSHIP_STATUS_WORDS, PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { compareFact } from '../../domain/facts.ts';
import { earliestDay, latestDay } from '../../domain/precise-date.ts';
import { currentState, stateAsOf } from '../../domain/tie-state.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { agreements, events, organisations, partnerships, places } from '../records.service.ts';
import { areaService } from '../area.service.ts';
import {
  combine,
  dateIn,
  dateNote,
  evidenceOf,
  joinNotes,
  nameIn,
  namesNote,
  noteIn,
  remember,
  type CheckContext,
  type Checker,
  type Note,
  type NoteLang,
  type Outcome,
  dateFits,
} from './evidence.ts';
import { placesOf } from './check-events.ts';
import type { PreciseDate } from '../../domain/precise-date.ts';
import type { PlaceData } from '../../records/place/place.schema.ts';
import type { Stored } from '../generic-record.service.ts';
import type { Verdict } from '../../domain/claims/types.ts';

/** A rank in a note, and a tie's status: the catalogue's words. */
const rankIn = (type: PartnershipType, lang: 'zh' | 'en') => PARTNERSHIP_TYPE_WORDS[type].tie[lang];
const statusIn = (status: PartnershipStatus, lang: 'zh' | 'en') => PARTNERSHIP_STATUS_WORDS[status][lang];

export async function tieBetween(c: CheckContext, a: string, b: string): Promise<PartnershipRecord | null> {
  const scope = scopeOf(c.ctx.actor);
  const [direct] = await partnerships.between(c.ctx.db, a, b, scope);
  if (direct) return direct;
  // A tie of a district counts for its city.
  for (const [inner, outer] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const d of await places.withDescendants(c.ctx.db, inner)) {
      const [t] = await partnerships.between(c.ctx.db, d, outer, scope);
      if (t) return t;
    }
  }
  return null;
}

/** The two places of a claim about a tie, and the tie between them, or what the registry lacks. */
export type TieLookup =
  | { found: true; a: Stored<PlaceData>; b: Stored<PlaceData>; tie: PartnershipRecord; label: (l: NoteLang) => string }
  | { found: false; outcome: Outcome };

export async function lookUpTie(
  c: CheckContext,
  n: { placeIds: [string | null, string | null]; placeNames?: [string, string] },
  proposed: { type: PartnershipType | null; established: PreciseDate | null },
): Promise<TieLookup> {
  const [idA, idB] = n.placeIds;
  const recorded = await Promise.all([idA, idB].map((id) => (id ? places.get(c.ctx, id) : null)));
  const nameOf = (i: 0 | 1, l: NoteLang) => {
    const p = recorded[i];
    return p ? nameIn(p.names, l) : (n.placeNames?.[i] ?? '?');
  };
  const label = (l: NoteLang) => `${nameOf(0, l)}–${nameOf(1, l)}`;
  const propose = {
    kind: 'partnership' as const,
    placeA: nameOf(0, 'zh'),
    placeB: nameOf(1, 'zh'),
    placeAId: idA,
    placeBId: idB,
    ...proposed,
  };
  if (!idA || !idB) {
    const missing = [0, 1].filter((i) => !n.placeIds[i]).map((i) => n.placeNames?.[i] ?? '?');
    const note = noteIn((l) =>
      l === 'zh'
        ? `登记册没有“${missing.join('”“')}”这个地方，因此没有记录${label(l)}之间的关系`
        : `no place ${missing.map((m) => `'${m}'`).join(' or ')} is recorded, so no tie ${label(l)} is`,
    );
    return { found: false, outcome: { verdict: 'unknown', note, evidence: [], propose } };
  }
  const tie = await tieBetween(c, idA, idB);
  if (!tie) {
    const note = noteIn((l) => (l === 'zh' ? `登记册没有记录${label(l)}之间的关系` : `no tie ${label(l)} is recorded`));
    return { found: false, outcome: { verdict: 'unknown', note, evidence: [], propose } };
  }
  return { found: true, a: recorded[0]!, b: recorded[1]!, tie, label };
}

/** A tie as evidence: its places, rank and status. */
export const tieEvidence = (c: CheckContext, tie: PartnershipRecord, label: (l: NoteLang) => string) =>
  evidenceOf(
    c,
    'partnership',
    tie.id,
    noteIn(label),
    noteIn((l) => `${rankIn(tie.type, l)}${l === 'zh' ? '，' : ', '}${statusIn(tie.status, l)}`),
  );

/** A tie between two places: that it exists, its rank, its date and its areas. */
export const checkRelationship: Checker<'relationship'> = async (c, claim) => {
  const n = claim.normalised;
  const rank = n.type === 'ambiguous' ? null : n.type;
  const found = await lookUpTie(c, n, { type: rank, established: n.date });
  if (!found.found) return found.outcome;
  const { tie, label } = found;
  const state = stateAsOf(tie.history, n.date ? latestDay(n.date) : c.asOf) ?? currentState(tie.history);
  const recorded: PartnershipType = state?.type ?? 'unknown';
  const verdicts: Verdict[] = [];
  const notes: Note[] = [];
  if (n.type === 'ambiguous') {
    // Words for any partner ('friendship city', 友城) are judged on the tie alone; beside a
    // translation that names another rank, the check of both languages says so (`crossLanguage`).
    verdicts.push('supported');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `“${n.typeWords}”可指两种级别；登记册记录为${rankIn(recorded, 'zh')}`
          : `'${n.typeWords}' can mean either rank; the registry records a ${rankIn(recorded, 'en')}`,
      ),
    );
  } else if (n.type && state && state.type !== 'unknown' && n.type !== state.type) {
    const said = n.type;
    verdicts.push('contradicted');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `文中称${rankIn(said, 'zh')}；登记册记录为${rankIn(state.type, 'zh')}`
          : `the text says ${rankIn(said, 'en')}; the registry records a ${rankIn(state.type, 'en')}`,
      ),
    );
  } else {
    const type: PartnershipType = state?.type ?? tie.type;
    verdicts.push('supported');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `登记册记录${label(l)}为${rankIn(type, 'zh')}${tie.established ? `，自${dateIn(tie.established, l)}起` : ''}`
          : `the registry records a ${rankIn(type, 'en')} ${label(l)}${tie.established ? ` since ${dateIn(tie.established, l)}` : ''}`,
      ),
    );
  }
  // A tie a report dates only with its own day is the tie as it stands that day, not one founded then.
  const asItStands = n.date === c.asOf && tie.established !== null && earliestDay(tie.established) < n.date;
  // A rank the tie rose to later dates from its change: 'became sister cities in 2010' of a tie founded as a cooperation in 2008.
  // Words that fit either rank ('友城关系') fit the date of any change of rank.
  const rose = tie.history.find(
    (h) => h.kind === 'type_changed' && h.date !== null && (n.type === null || n.type === 'ambiguous' || h.type === n.type),
  );
  if (n.date && tie.established && !asItStands && !(rose && compareFact(rose.date, n.date) !== 'conflict')) {
    const agreement = compareFact(tie.established, n.date);
    if (agreement === 'conflict') {
      const [said, recordedOn] = [n.date, tie.established];
      verdicts.push('contradicted');
      notes.push(
        noteIn((l) =>
          l === 'zh'
            ? `文中日期为${dateIn(said, l)}，登记册为${dateIn(recordedOn, l)}`
            : `the text dates it ${dateIn(said, l)}, the registry ${dateIn(recordedOn, l)}`,
        ),
      );
    }
  }
  const missing = n.areas.filter((area) => !tie.areas.includes(area));
  if (missing.length) {
    const labels = new Map((await remember(c, 'areas', () => areaService.list(c.ctx.db))).map((x) => [x.key, x.labels]));
    const named = (l: 'zh' | 'en') => missing.map((k) => labels.get(k)?.[l] ?? k).join(l === 'zh' ? '、' : ', ');
    verdicts.push('ambiguous');
    notes.push(noteIn((l) => (l === 'zh' ? `此关系未记录的合作领域：${named(l)}` : `areas not recorded for this tie: ${named(l)}`)));
  } else if (n.areas.length) {
    notes.push(noteIn((l) => (l === 'zh' ? `所述${n.areas.length}个合作领域均有记录` : `all ${n.areas.length} areas named are recorded`)));
  }
  return { verdict: combine(verdicts), note: joinNotes(notes), evidence: [await tieEvidence(c, tie, label)] };
};

/** The words of a document's kind and name a claim shares with a recorded agreement's title. */
function sameDocument(text: string, titles: Record<string, string | undefined>): boolean {
  const kinds = /备忘录|协议书?|协定|意向书|宪章|memorandum|mou|agreement|letter of intent|charter|accord|protocol/gi;
  const said = new Set((text.match(kinds) ?? []).map((k) => k.toLowerCase().replace(/书$/, '')));
  if (said.size === 0) return false;
  return Object.values(titles).some((t) => t && (t.match(kinds) ?? []).some((k) => said.has(k.toLowerCase().replace(/书$/, ''))));
}

/** A signing: an agreement between the places named, signed by the people named, on the date given. */
export const checkAgreement: Checker<'agreement'> = async (c, claim) => {
  const n = claim.normalised;
  const orgs = await organisations.getMany(c.ctx, n.placeIds);
  const placeIds = new Set(n.placeIds.map((id) => orgs.find((o) => o.id === id)?.placeId ?? id));
  // A signing is between two parties: with more places named ('Shenzhen, Guangdong province'), two of them.
  const parties = (a: (typeof all)[number]) =>
    new Set([
      ...a.parties.map((p) => p.placeId ?? p.organisationId),
      ...a.signatories.map((s) => s.onBehalfOf.placeId ?? s.onBehalfOf.organisationId),
    ]);
  const all = await remember(c, 'agreements', () => agreements.list(c.ctx));
  // The home place alone, with no signatory, names no partner: it points to none of the home's signings.
  const homeOnly = n.personIds.length === 0 && [...placeIds].every((id) => id === c.homeId);
  const candidates = (homeOnly ? [] : all).filter((a) => {
    const theirs = parties(a);
    const signers = new Set(a.signatories.map((s) => s.personId));
    const shared = [...placeIds].filter((id) => theirs.has(id)).length;
    // People a sentence names besides the signatories (a president whose visit framed the signing) do not count against it.
    return (
      shared >= Math.min(2, placeIds.size) && (n.personIds.length === 0 || signers.size === 0 || n.personIds.some((id) => signers.has(id)))
    );
  });
  const found = candidates.find((a) => !n.date || !a.signedOn || dateFits(c, a.signedOn, n.date));
  if (found) {
    const evidence = [await evidenceOf(c, 'agreement', found.id, namesNote(found.titles), dateNote(found.signedOn))];
    const signed = found.signedOn;
    return {
      verdict: 'supported',
      note: noteIn((l) =>
        l === 'zh'
          ? `已记录：${nameIn(found.titles, l)}，签署于${signed ? dateIn(signed, l) : '未知日期'}`
          : `recorded: ${nameIn(found.titles, l)}, signed ${signed ? dateIn(signed, l) : 'on an unknown date'}`,
      ),
      evidence,
    };
  }
  // Another signing between the parties on another date: the same one misdated only when it names the same document.
  const other = candidates.find((a) => sameDocument(claim.text, a.titles));
  if (other) {
    return {
      verdict: 'contradicted',
      note: noteIn((l) =>
        l === 'zh'
          ? `登记册记录${nameIn(other.titles, l)}签署于${other.signedOn ? dateIn(other.signedOn, l) : '未知日期'}，而非${n.date ? dateIn(n.date, l) : '文中日期'}`
          : `the registry has ${nameIn(other.titles, l)} signed ${other.signedOn ? dateIn(other.signedOn, l) : 'on an unknown date'}, not ${n.date ? dateIn(n.date, l) : 'then'}`,
      ),
      evidence: [await evidenceOf(c, 'agreement', other.id, namesNote(other.titles), dateNote(other.signedOn))],
    };
  }
  const signing = homeOnly ? null : await signingEvent(c, [...placeIds], n.personIds, n.date);
  if (signing) {
    const on = signing.start;
    return {
      verdict: 'supported',
      note: noteIn((l) =>
        l === 'zh'
          ? `已记录签约活动：${nameIn(signing.titles, l)}${on ? `，${dateIn(on, l)}` : ''}`
          : `a signing is recorded: ${nameIn(signing.titles, l)}${on ? `, ${dateIn(on, l)}` : ''}`,
      ),
      evidence: [await evidenceOf(c, 'event', signing.id, namesNote(signing.titles), dateNote(signing.start))],
    };
  }
  return {
    verdict: 'unknown',
    note: {
      zh: '登记册没有记录这些当事方与签署人之间的协议或签约活动',
      en: 'no agreement or signing between these parties with these signatories is recorded',
    },
    evidence: [],
  };
};

/** Words that make an event a signing: the title says something was signed. */
const SIGNING_WORDS = /\bsign(?:s|ed|ing)?\b|\bMOU\b|memorandum|agreement|签约|签署|签订|协议|备忘录/iu;

/**
 * A signing the registry records as an event, when the agreement itself is not recorded: an event
 * of signing (or one whose title says so) of the tie between two of the places, or held by the
 * people named, on a date that fits.
 */
async function signingEvent(c: CheckContext, placeIds: string[], personIds: string[], date: PreciseDate | null) {
  const ties = new Set<string>();
  for (const [i, a] of placeIds.entries()) {
    for (const b of placeIds.slice(i + 1)) {
      const tie = await tieBetween(c, a, b);
      if (tie) ties.add(tie.id);
    }
  }
  if (ties.size === 0 && personIds.length === 0 && placeIds.length < 2) return null;
  const all = await remember(c, 'events', () => events.list(c.ctx));
  for (const e of all) {
    if (e.kind !== 'signing' && !Object.values(e.titles).some((t) => t && SIGNING_WORDS.test(t))) continue;
    if (date && e.start && !dateFits(c, e.start, date)) continue;
    const about = await placesOf(c, e);
    // A signing recorded with the places it was between, though not linked to their tie: both of them, or the partner besides the home.
    const partners = placeIds.filter((id) => id !== c.homeId);
    const ofThePlaces =
      placeIds.length >= 2 && (placeIds.every((id) => about.has(id)) || (partners.length === 1 && about.has(partners[0]!)));
    if (!ofThePlaces && !personIds.every((id) => e.participants.some((p) => p.personId === id))) continue;
    if (ofThePlaces || e.partnershipIds.some((id) => ties.has(id))) return e;
    if (personIds.length > 0 && placeIds.filter((id) => about.has(id)).length >= Math.min(1, placeIds.length)) return e;
  }
  return null;
}
