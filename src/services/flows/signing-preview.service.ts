import type { LocalizedText, Names } from '../../domain/common.ts';
import { AmityError } from '../../domain/errors.ts';
import { ANONYMOUS } from '../../domain/permissions.ts';
import type { AgreementData } from '../../records/agreement/agreement.schema.ts';
import type { HistoryEntry, PartnershipDerived } from '../../records/partnership/partnership.schema.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { withDb, type Ctx } from '../context.ts';
import { agreements, partnerships, people, places } from '../records.service.ts';
import type { RecordSigningInput } from './record-signing.schema.ts';
import { recordSigning, type RecordedSigning } from './record-signing.service.ts';

/** What the public will read once the signing is saved; a part left null is one the public will not see. */
export interface SigningPublicView {
  partner: { id: string; names: Names; country: string } | null;
  tie: (PartnershipDerived & { history: HistoryEntry[] }) | null;
  agreement: {
    kind: AgreementData['kind'];
    titles: LocalizedText;
    signedOn: string | null;
    signatories: { names: Names | null; title: LocalizedText; side: 'home' | 'partner' }[];
  } | null;
  /** The positions to be recorded for new signatories, as their person's page will list them; names null when the person is internal. */
  positions: { names: Names | null; title: LocalizedText; from: string | null; side: 'home' | 'partner' }[];
}

/** Ends the preview's transaction, so that nothing it wrote stays. */
class PreviewOver extends Error {
  constructor(readonly view: SigningPublicView) {
    super('preview over');
  }
}

const orNull = async <T>(read: Promise<T>): Promise<T | null> => {
  try {
    return await read;
  } catch (err) {
    if (err instanceof AmityError && err.code === 'not_found') return null;
    throw err;
  }
};

/** The signing's records as a visitor reads them, through the same reads and the same policy as the portal. */
async function publicView(ctx: Ctx, done: RecordedSigning): Promise<SigningPublicView> {
  const visitor = { ...ctx, actor: ANONYMOUS };
  const homeId = done.agreement.parties[0]!.placeId!;
  const place = await orNull(places.get(visitor, done.partner.id));
  const tie = (await orNull(partnerships.get(visitor, done.partnership.id))) as PartnershipRecord | null;
  const agreement = await orNull(agreements.get(visitor, done.agreement.id));
  const ids = [...(agreement?.signatories.map((s) => s.personId) ?? []), ...done.positions.map((p) => p.personId)];
  const signers = new Map((await people.getMany(visitor, ids)).map((p) => [p.id, p]));
  const sideOf = (placeId: string | null) => (placeId === homeId ? ('home' as const) : ('partner' as const));
  return {
    partner: place ? { id: place.id, names: place.names, country: place.country } : null,
    tie: tie ? { type: tie.type, status: tie.status, established: tie.established, ended: tie.ended, history: tie.history } : null,
    agreement: agreement
      ? {
          kind: agreement.kind,
          titles: agreement.titles,
          signedOn: agreement.signedOn,
          signatories: agreement.signatories.map((s) => ({
            names: signers.get(s.personId)?.names ?? null,
            title: s.title,
            side: sideOf(s.onBehalfOf.placeId),
          })),
        }
      : null,
    positions: done.positions.map(({ personId, position }) => ({
      names: signers.get(personId)?.names ?? null,
      title: position.title,
      from: position.from,
      side: sideOf(position.placeId),
    })),
  };
}

/**
 * What the public would see of a signing, without saving it: the signing is recorded in a
 * transaction that is then rolled back, so the checks, the records and the policy on what stays
 * internal are the saving's own. Bad input is refused as the saving would refuse it.
 */
export async function previewSigning(ctx: Ctx, input: RecordSigningInput): Promise<SigningPublicView> {
  if (ctx.db.isTransaction) throw new AmityError('unsupported', 'a preview runs in a transaction of its own');
  try {
    await ctx.db.transaction().execute(async (db) => {
      const inner = withDb(ctx, db);
      throw new PreviewOver(await publicView(inner, await recordSigning(inner, input)));
    });
  } catch (err) {
    if (err instanceof PreviewOver) return err.view;
    throw err;
  }
  throw new AmityError('unsupported', 'the preview ended without an answer');
}
