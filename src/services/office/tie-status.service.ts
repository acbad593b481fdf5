import { z } from 'zod';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { partnerships } from '../registry.ts';

export const StatusChangeSchema = z
  .object({
    status: z.enum(['active', 'dormant', 'suspended', 'ended']),
    date: PreciseDateSchema,
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((c) => c.status !== 'suspended' || (c.reason?.length ?? 0) > 0, { path: ['reason'], message: 'a suspension needs its reason' });
export type StatusChange = z.input<typeof StatusChangeSchema>;

/**
 * Marks a tie dormant, suspended, ended or active again from a date, as a new step in its
 * history; a suspended or ended tie leaves the statistics from that date.
 */
export async function changeTieStatus(ctx: Ctx, id: string, change: StatusChange, expectedVersion: number): Promise<PartnershipRecord> {
  const c = parseOrThrow(StatusChangeSchema, change, 'status change');
  const tie = (await partnerships.load(ctx.db, id)) as PartnershipRecord;
  if (tie.status === c.status) throw new AmityError('validation', `status: the tie is already ${c.status}`, [{ path: ['status'], message: `already ${c.status}` }]);
  const step = c.status === 'ended'
    ? { kind: 'ended' as const, date: c.date, note: c.reason ?? null }
    : { kind: 'status_changed' as const, status: c.status, date: c.date, note: c.reason ?? null };
  return (await partnerships.patch(ctx, id, { history: [...tie.history, step] }, expectedVersion)) as PartnershipRecord;
}
