import { AmityError } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import type { RegistryEvent } from '../../records/event/event.schema.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { events } from '../records.service.ts';

/**
 * Publishes an event (a planned visit is internal until the office publishes it) or takes it back
 * to internal, as a new version with its own audit entry. With `expectedVersion` the change is
 * refused when the event is no longer at that version.
 */
export async function setEventPublished(ctx: Ctx, id: string, publish: boolean, expectedVersion?: number): Promise<RegistryEvent> {
  assertCanEdit(ctx.actor, publish ? 'publish events' : 'unpublish events');
  return inTransaction(ctx.db, async (db) => {
    const current = await events.load(db, id);
    const visibility = publish ? 'public' : 'internal';
    if (current.visibility === visibility)
      throw new AmityError('validation', `visibility: the event is already ${visibility}`, [
        { path: ['visibility'], code: 'same_visibility', message: `already ${visibility}` },
      ]);
    return (await events.update({ ...ctx, db }, id, { ...events.dataOf(current), visibility }, expectedVersion ?? current.version, {
      auditAction: publish ? 'publish' : 'unpublish',
    })) as RegistryEvent;
  });
}
