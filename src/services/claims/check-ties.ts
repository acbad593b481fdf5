import { pickName } from '../../domain/common.ts';
import { compareFact } from '../../domain/facts.ts';
import { latestDay } from '../../domain/precise-date.ts';
import { currentState, stateAsOf } from '../../domain/tie-state.ts';
import type { PartnershipRecord } from '../partnership.service.ts';
import { agreements, organisations, partnerships, places } from '../registry.ts';
import { combine, evidenceOf, type Checker } from './evidence.ts';
import type { Verdict } from '../../domain/claims/types.ts';

const RANK_WORDS: Record<string, string> = {
  sister_city: 'sister city (友好城市)',
  friendly_exchange_city: 'friendly exchange city (友好交流城市)',
  cooperation: 'cooperation tie',
  unknown: 'tie whose rank no source states',
};

async function tieBetween(c: Parameters<Checker<'relationship'>>[0], a: string, b: string): Promise<PartnershipRecord | null> {
  const [direct] = await partnerships.between(c.ctx.db, a, b);
  if (direct) return direct;
  // A tie of a district counts for its city.
  for (const [inner, outer] of [[a, b], [b, a]] as const) {
    for (const d of await places.withDescendants(c.ctx.db, inner)) {
      const [t] = await partnerships.between(c.ctx.db, d, outer);
      if (t) return t;
    }
  }
  return null;
}

/** A tie between two places: that it exists, its rank, its date and its areas. */
export const checkRelationship: Checker<'relationship'> = async (c, claim) => {
  const n = claim.normalised;
  const [a, b] = await Promise.all(n.placeIds.map((id) => places.get(c.ctx, id)));
  const label = `${pickName(a!.names)}–${pickName(b!.names)}`;
  const tie = await tieBetween(c, n.placeIds[0], n.placeIds[1]);
  if (!tie) return { verdict: 'unknown', note: `the registry records no tie ${label}`, evidence: [] };
  const state = stateAsOf(tie.history, n.date ? latestDay(n.date) : c.asOf) ?? currentState(tie.history);
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  if (n.type === 'ambiguous') {
    verdicts.push('ambiguous');
    notes.push(`'${n.typeWords}' can mean either rank; the registry records a ${RANK_WORDS[state?.type ?? 'unknown']}`);
  } else if (n.type && state && state.type !== 'unknown' && n.type !== state.type) {
    verdicts.push('contradicted');
    notes.push(`the text says ${RANK_WORDS[n.type]}; the registry records a ${RANK_WORDS[state.type]}`);
  } else {
    verdicts.push('supported');
    notes.push(`the registry records a ${RANK_WORDS[state?.type ?? tie.type]} ${label}${tie.established ? ` since ${tie.established}` : ''}`);
  }
  if (n.date && tie.established) {
    const agreement = compareFact(tie.established, n.date);
    if (agreement === 'conflict') {
      verdicts.push('contradicted');
      notes.push(`the text dates it ${n.date}; the registry ${tie.established}`);
    }
  }
  const missing = n.areas.filter((area) => !tie.areas.includes(area));
  if (missing.length) {
    verdicts.push('ambiguous');
    notes.push(`areas not recorded for this tie: ${missing.join(', ')}`);
  } else if (n.areas.length) {
    notes.push(`all ${n.areas.length} areas named are recorded`);
  }
  return { verdict: combine(verdicts), note: notes.join('; '), evidence: [await evidenceOf(c.ctx, 'partnership', tie.id, label, `${tie.type}, ${tie.status}`)] };
};

/** A signing: an agreement between the places named, signed by the people named, on the date given. */
export const checkAgreement: Checker<'agreement'> = async (c, claim) => {
  const n = claim.normalised;
  const orgs = await organisations.getMany(c.ctx, n.placeIds);
  const placeIds = new Set(n.placeIds.map((id) => orgs.find((o) => o.id === id)?.placeId ?? id));
  const candidates = (await agreements.list(c.ctx)).filter((a) => {
    const parties = new Set([
      ...a.parties.map((p) => p.placeId ?? p.organisationId),
      ...a.signatories.map((s) => s.onBehalfOf.placeId ?? s.onBehalfOf.organisationId),
    ]);
    const signers = new Set(a.signatories.map((s) => s.personId));
    return [...placeIds].every((id) => parties.has(id)) && n.personIds.every((id) => signers.has(id));
  });
  const found = candidates.find((a) => !n.date || !a.signedOn || compareFact(a.signedOn, n.date) !== 'conflict');
  if (found) {
    const evidence = [await evidenceOf(c.ctx, 'agreement', found.id, pickName(found.titles), found.signedOn)];
    return { verdict: 'supported', note: `recorded: ${pickName(found.titles)}, signed ${found.signedOn ?? 'on an unknown date'}`, evidence };
  }
  const other = candidates[0];
  if (other) {
    return {
      verdict: 'contradicted',
      note: `the registry has ${pickName(other.titles)} signed ${other.signedOn}, not ${n.date}`,
      evidence: [await evidenceOf(c.ctx, 'agreement', other.id, pickName(other.titles), other.signedOn)],
    };
  }
  return { verdict: 'unknown', note: 'no agreement between these parties with these signatories is recorded', evidence: [] };
};
