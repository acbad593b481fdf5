import { z } from 'zod';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { coded } from '../../domain/issue-codes.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { inTransaction, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { partnerships } from '../records.service.ts';

export const StatusChangeSchema = z
  .object({
    status: z.enum(['active', 'dormant', 'suspended', 'ended']),
    date: PreciseDateSchema,
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((c) => c.status !== 'suspended' || (c.reason?.length ?? 0) > 0, {
    path: ['reason'],
    ...coded('suspension_reason', 'a suspension needs its reason'),
  });
export type StatusChange = z.input<typeof StatusChangeSchema>;

/**
 * Marks a tie dormant, suspended, ended or active again from a date, as a new step in its
 * history; a suspended or ended tie leaves the statistics from that date.
 *
 * With `expectedVersion` the change is refused when the tie is no longer at that version. Without
 * it the change applies to the tie as it stands: it is read and written in one transaction, and
 * the write still checks the version read, so a concurrent edit is never overwritten.
 */
export async function changeTieStatus(ctx: Ctx, id: string, change: StatusChange, expectedVersion?: number): Promise<PartnershipRecord> {
  const c = parseOrThrow(StatusChangeSchema, change, 'status change');
  return inTransaction(ctx.db, async (db) => {
    const tie = (await partnerships.load(db, id)) as PartnershipRecord;
    if (tie.status === c.status)
      throw new AmityError('validation', `status: the tie is already ${c.status}`, [
        { path: ['status'], code: 'same_status', message: `already ${c.status}` },
      ]);
    const step =
      c.status === 'ended'
        ? { kind: 'ended' as const, date: c.date, note: c.reason ?? null }
        : { kind: 'status_changed' as const, status: c.status, date: c.date, note: c.reason ?? null };
    return (await partnerships.patch(
      { ...ctx, db },
      id,
      { history: [...tie.history, step] },
      expectedVersion ?? tie.version,
    )) as PartnershipRecord;
  });
}
