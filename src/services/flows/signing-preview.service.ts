import type { LocalizedText, Names } from '../../domain/common.ts';
import { AmityError } from '../../domain/errors.ts';
import { ANONYMOUS } from '../../domain/permissions.ts';
import type { AgreementData } from '../../records/agreement/agreement.schema.ts';
import type { HistoryEntry, PartnershipDerived } from '../../records/partnership/partnership.schema.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { withDb, type Ctx } from '../context.ts';
import { agreements, partnerships, people, places } from '../records.service.ts';
import type { RecordSigningInput } from './record-signing.schema.ts';
import { recordSigning } from './record-signing.service.ts';

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
async function publicView(ctx: Ctx, partnerId: string, tieId: string, agreementId: string, homeId: string): Promise<SigningPublicView> {
  const visitor = { ...ctx, actor: ANONYMOUS };
  const place = await orNull(places.get(visitor, partnerId));
  const tie = (await orNull(partnerships.get(visitor, tieId))) as PartnershipRecord | null;
  const agreement = await orNull(agreements.get(visitor, agreementId));
  const signers = new Map((await people.getMany(visitor, agreement?.signatories.map((s) => s.personId) ?? [])).map((p) => [p.id, p]));
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
            side: s.onBehalfOf.placeId === homeId ? ('home' as const) : ('partner' as const),
          })),
        }
      : null,
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
      const done = await recordSigning(inner, input);
      const homeId = done.agreement.parties[0]!.placeId!;
      throw new PreviewOver(await publicView(inner, done.partner.id, done.partnership.id, done.agreement.id, homeId));
    });
  } catch (err) {
    if (err instanceof PreviewOver) return err.view;
    throw err;
  }
  throw new AmityError('unsupported', 'the preview ended without an answer');
}
