import { scopeOf } from '../../domain/scope.ts';
import type { PartnershipStatus, PartnershipType } from '../../records/partnership/partnership.schema.ts';
import { PARTNERSHIP_STATUS_WORDS, PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { compareFact } from '../../domain/facts.ts';
import { latestDay } from '../../domain/precise-date.ts';
import { currentState, stateAsOf } from '../../domain/tie-state.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { agreements, organisations, partnerships, places } from '../records.service.ts';
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
  type Checker,
  type Note,
} from './evidence.ts';
import type { Verdict } from '../../domain/claims/types.ts';

/** A rank in a note, and a tie's status: the catalogue's words. */
const rankIn = (type: PartnershipType, lang: 'zh' | 'en') => PARTNERSHIP_TYPE_WORDS[type].tie[lang];
const statusIn = (status: PartnershipStatus, lang: 'zh' | 'en') => PARTNERSHIP_STATUS_WORDS[status][lang];

async function tieBetween(c: Parameters<Checker<'relationship'>>[0], a: string, b: string): Promise<PartnershipRecord | null> {
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

/** A tie between two places: that it exists, its rank, its date and its areas. */
export const checkRelationship: Checker<'relationship'> = async (c, claim) => {
  const n = claim.normalised;
  const [idA, idB] = n.placeIds;
  if (idA === null || idB === null) {
    const missing = (n.placeNames ?? []).filter((name, i) => n.placeIds[i] === null && name).join(', ');
    const note = missing
      ? noteIn((l) => (l === 'zh' ? `登记册没有“${missing}”这个地方` : `the registry holds no place named '${missing}'`))
      : noteIn((l) => (l === 'zh' ? '文中没有写明两个地方' : 'the text does not name both places'));
    return { verdict: 'unknown', note, evidence: [] };
  }
  const [a, b] = await Promise.all([idA, idB].map((id) => places.get(c.ctx, id)));
  const label = (l: 'zh' | 'en') => `${nameIn(a!.names, l)}–${nameIn(b!.names, l)}`;
  const tie = await tieBetween(c, idA, idB);
  if (!tie)
    return {
      verdict: 'unknown',
      note: noteIn((l) => (l === 'zh' ? `登记册没有记录${label(l)}之间的关系` : `the registry records no tie ${label(l)}`)),
      evidence: [],
    };
  const state = stateAsOf(tie.history, n.date ? latestDay(n.date) : c.asOf) ?? currentState(tie.history);
  const recorded: PartnershipType = state?.type ?? 'unknown';
  const verdicts: Verdict[] = [];
  const notes: Note[] = [];
  if (n.type === 'ambiguous') {
    verdicts.push('ambiguous');
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
  if (n.date && tie.established) {
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
  return {
    verdict: combine(verdicts),
    note: joinNotes(notes),
    evidence: [
      await evidenceOf(
        c,
        'partnership',
        tie.id,
        noteIn(label),
        noteIn((l) => `${rankIn(tie.type, l)}${l === 'zh' ? '，' : ', '}${statusIn(tie.status, l)}`),
      ),
    ],
  };
};

/** A signing: an agreement between the places named, signed by the people named, on the date given. */
export const checkAgreement: Checker<'agreement'> = async (c, claim) => {
  const n = claim.normalised;
  const orgs = await organisations.getMany(c.ctx, n.placeIds);
  const placeIds = new Set(n.placeIds.map((id) => orgs.find((o) => o.id === id)?.placeId ?? id));
  const candidates = (await remember(c, 'agreements', () => agreements.list(c.ctx))).filter((a) => {
    const parties = new Set([
      ...a.parties.map((p) => p.placeId ?? p.organisationId),
      ...a.signatories.map((s) => s.onBehalfOf.placeId ?? s.onBehalfOf.organisationId),
    ]);
    const signers = new Set(a.signatories.map((s) => s.personId));
    return [...placeIds].every((id) => parties.has(id)) && n.personIds.every((id) => signers.has(id));
  });
  const found = candidates.find((a) => !n.date || !a.signedOn || compareFact(a.signedOn, n.date) !== 'conflict');
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
  const other = candidates[0];
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
  return {
    verdict: 'unknown',
    note: { zh: '登记册没有记录这些当事方与签署人之间的协议', en: 'no agreement between these parties with these signatories is recorded' },
    evidence: [],
  };
};
