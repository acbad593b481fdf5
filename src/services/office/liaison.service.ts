import { z } from 'zod';
import { pickName } from '../../domain/common.ts';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import type { DirectoryEntry } from '../../http/contract/office.ts';
import { ContactSchema, nextContactId } from '../../records/partnership/partnership.schema.ts';
import { assertCanReadInternal } from '../../domain/permissions.ts';
import { isCertainlyOnOrBefore, PreciseDateSchema } from '../../domain/precise-date.ts';
import { today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { partnerships, places } from '../records.service.ts';

/** The answer's shape is the API's contract (src/http/contract/office.ts). */
export type { DirectoryEntry };

/** Contacts are internal: only signed-in roles see the directory. */
export async function liaisonDirectory(
  ctx: Ctx,
  options: { partnershipId?: string; currentOnly?: boolean } = {},
): Promise<DirectoryEntry[]> {
  assertCanReadInternal(ctx.actor, 'see the liaison directory');
  const day = today(ctx);
  const ties = (
    options.partnershipId ? [await partnerships.get(ctx, options.partnershipId)] : await partnerships.list(ctx)
  ) as PartnershipRecord[];
  const withContacts = ties.filter((t) => t.contacts.length);
  const byId = new Map(
    (
      await places.getMany(
        ctx,
        withContacts.flatMap((t) => [t.placeAId, t.placeBId]),
      )
    ).map((p) => [p.id, p]),
  );
  const out: DirectoryEntry[] = [];
  for (const t of withContacts) {
    const a = byId.get(t.placeAId)!;
    const b = byId.get(t.placeBId)!;
    const summary = (p: typeof a) => ({ id: p.id, name: pickName(p.names), country: p.country });
    for (const c of t.contacts) {
      const current = !c.until || !isCertainlyOnOrBefore(c.until, day);
      if (options.currentOnly && !current) continue;
      out.push({
        ...c,
        partnershipId: t.id,
        place: summary(c.side === 'a' ? a : b),
        counterpart: summary(c.side === 'a' ? b : a),
        current,
        succeededBy: t.contacts.find((x) => x.succeeds === c.id)?.id ?? null,
      });
    }
  }
  return out;
}

export const HandoverSchema = z.object({
  until: PreciseDateSchema,
  successor: ContactSchema.omit({ id: true, side: true, succeeds: true, until: true }),
});

/** Ends a contact and puts the successor in place, keeping both in the tie's history of contacts. */
export async function handOver(
  ctx: Ctx,
  partnershipId: string,
  contactId: string,
  input: z.input<typeof HandoverSchema>,
  expectedVersion: number,
): Promise<PartnershipRecord> {
  const h = parseOrThrow(HandoverSchema, input, 'handover');
  const tie = (await partnerships.load(ctx.db, partnershipId)) as PartnershipRecord;
  const leaving = tie.contacts.find((c) => c.id === contactId);
  if (!leaving) throw new AmityError('not_found', `no contact ${contactId} on partnership ${partnershipId}`);
  if (leaving.until) throw new AmityError('validation', `contact ${contactId} already left on ${leaving.until}`);
  const next = nextContactId(tie.contacts);
  const contacts = [
    ...tie.contacts.map((c) => (c.id === contactId ? { ...c, until: h.until } : c)),
    { ...h.successor, id: next, side: leaving.side, succeeds: contactId, until: null, since: h.successor.since ?? h.until },
  ];
  return (await partnerships.patch(ctx, partnershipId, { contacts }, expectedVersion)) as PartnershipRecord;
}
