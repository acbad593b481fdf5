import type { CitationInput } from '../../domain/citation.ts';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { titleOn } from '../../domain/positions.ts';
import type { AgreementData } from '../../records/agreement/agreement.schema.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import type { PersonData, Position } from '../../records/person/person.schema.ts';
import type { PlaceRecord } from '../../records/place/place.service.ts';
import type { SourceData } from '../../records/source/source.schema.ts';
import { citationService } from '../citation.service.ts';
import { inTransaction, withDb, type Ctx } from '../context.ts';
import { writeAudit, type Stored } from '../generic-record.service.ts';
import { agreements, partnerships, people, places } from '../records.service.ts';
import { placeFor, sourceFor } from './add-partner.service.ts';
import { RecordSigningSchema, type RecordSigning, type RecordSigningInput } from './record-signing.schema.ts';

export interface RecordedSigning {
  agreement: Stored<AgreementData>;
  partnership: PartnershipRecord;
  partner: PlaceRecord;
  signatories: Stored<PersonData>[];
  /** The positions recorded for the signatories it named anew, from the titles they signed with. */
  positions: { personId: string; position: Position }[];
  source: Stored<SourceData>;
  /** What the flow made rather than found. */
  created: { place: boolean; people: number; positions: number; source: boolean; tie: boolean };
}

const refused = (path: (string | number)[], code: 'same_type' | 'tie_not_home', message: string) =>
  new AmityError('validation', `${path.join('.')}: ${message}`, [{ path, code, message }]);

/** The tie founded with its partner, or the home's tie raised to the new type by a step dated at the signing. */
async function tieFor(ctx: Ctx, s: RecordSigning): Promise<{ tie: PartnershipRecord; partner: PlaceRecord; placeCreated: boolean }> {
  const t = s.tie;
  if (t.effect === 'founds') {
    // A tie founded by an agreement kept internal stays internal with it, and so does a place it names anew.
    const visibility = s.agreement.visibility;
    const { place, created } = await placeFor(ctx, t, visibility);
    const history = [{ kind: 'established' as const, date: s.agreement.signedOn, type: t.type }];
    const tie = (await partnerships.create(ctx, { placeAId: s.homeId, placeBId: place.id, history, visibility })) as PartnershipRecord;
    return { tie, partner: place, placeCreated: created };
  }
  const current = (await partnerships.load(ctx.db, t.partnershipId)) as PartnershipRecord;
  const partnerId = current.placeAId === s.homeId ? current.placeBId : current.placeBId === s.homeId ? current.placeAId : null;
  if (!partnerId) throw refused(['tie', 'partnershipId'], 'tie_not_home', 'the tie is not one of the home place’s');
  if (current.type === t.type) throw refused(['tie', 'type'], 'same_type', `the tie is ${t.type} already`);
  // The earlier rank stays in the history; the upgrade is a step of its own, dated at the signing.
  const step = { kind: 'type_changed' as const, date: s.agreement.signedOn, type: t.type };
  const tie = (await partnerships.patch(ctx, current.id, { history: [...current.history, step] }, current.version)) as PartnershipRecord;
  return { tie, partner: await places.load(ctx.db, partnerId), placeCreated: false };
}

/**
 * Each signatory's person, found or made, with the title held on the day: as given, else from the
 * person's positions. A person made with a title holds it as a position from the signing, for the
 * side's place, so the next signing finds it; a person found keeps their positions as they are.
 */
async function signersFor(ctx: Ctx, s: RecordSigning, partnerId: string) {
  const out: { person: Stored<PersonData>; position: Position | null; signatory: AgreementData['signatories'][number] }[] = [];
  for (const signer of s.signatories) {
    const placeId = signer.side === 'home' ? s.homeId : partnerId;
    const given = Object.keys(signer.title).length > 0;
    const position: Position | null =
      signer.newPerson && given ? { title: signer.title, organisationId: null, placeId, from: s.agreement.signedOn, to: null } : null;
    const person = signer.newPerson
      ? await people.create(ctx, {
          names: signer.newPerson.names,
          positions: position ? [position] : [],
          visibility: s.agreement.visibility,
        })
      : await people.load(ctx.db, signer.personId!);
    const title = given ? signer.title : (titleOn(person.positions, s.agreement.signedOn) ?? {});
    out.push({ person, position, signatory: { personId: person.id, title, onBehalfOf: { placeId, organisationId: null } } });
  }
  return out;
}

/** What the source gives: the agreement's signing, and the tie's founding or its new type, each with the quote. */
function citationsOf(s: RecordSigning, agreementId: string, tieId: string, sourceId: string): CitationInput[] {
  const base = { sourceId, quote: s.quote };
  const tie = { ...base, entity: 'partnership' as const, entityId: tieId };
  return [
    { ...base, entity: 'agreement', entityId: agreementId, field: 'signedOn', value: s.agreement.signedOn },
    ...(s.tie.effect === 'founds' ? [{ ...tie, field: 'established', value: s.agreement.signedOn }] : []),
    { ...tie, field: 'type', value: s.tie.type },
  ];
}

/**
 * Records a signing in one go: the tie it founds (with a partner place found or new) or upgrades
 * (a new step in its history), the people who signed (found or new, a new one holding the title
 * signed with as a position) with their titles, the
 * agreement tied to both places, the source and the citations of what it says. All of it is
 * written in one transaction, or nothing is.
 */
export async function recordSigning(ctx: Ctx, input: RecordSigningInput): Promise<RecordedSigning> {
  assertCanEdit(ctx.actor, 'record a signing');
  const s = parseOrThrow(RecordSigningSchema, input, 'signing');
  return inTransaction(ctx.db, async (db) => {
    const inner = withDb(ctx, db);
    await places.load(db, s.homeId);
    const { tie, partner, placeCreated } = await tieFor(inner, s);
    const signers = await signersFor(inner, s, partner.id);
    const agreement = await agreements.create(inner, {
      ...s.agreement,
      parties: [
        { placeId: s.homeId, organisationId: null },
        { placeId: partner.id, organisationId: null },
      ],
      signatories: signers.map((x) => x.signatory),
      partnerships: [{ partnershipId: tie.id, effect: s.tie.effect }],
    });
    const { source, created: sourceCreated } = await sourceFor(inner, s.source);
    for (const citation of citationsOf(s, agreement.id, tie.id, source.id)) await citationService.cite(inner, citation);
    const positions = signers.flatMap(({ person, position }) => (position ? [{ personId: person.id, position }] : []));
    const created = {
      place: placeCreated,
      people: s.signatories.filter((x) => x.newPerson).length,
      positions: positions.length,
      source: sourceCreated,
      tie: s.tie.effect === 'founds',
    };
    await writeAudit(db, ctx, 'record_signing', 'agreement', agreement.id, agreement.version, {
      partnershipId: tie.id,
      effect: s.tie.effect,
      type: s.tie.type,
      sourceId: source.id,
      created,
    });
    return { agreement, partnership: tie, partner, signatories: signers.map((x) => x.person), positions, source, created };
  });
}
