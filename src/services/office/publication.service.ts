import { AmityError } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { isVisit, type RegistryEvent } from '../../records/event/event.schema.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { events, people } from '../records.service.ts';

/** A visit's page names its delegation: publishing the visit publishes the members still internal, each with its own audit entry. */
async function publishDelegation(ctx: Ctx, event: RegistryEvent): Promise<void> {
  const members = event.participants.filter((p) => p.delegation !== null).map((p) => p.personId);
  for (const person of await Promise.all(members.map((id) => people.load(ctx.db, id)))) {
    if (person.visibility === 'public') continue;
    await people.update(ctx, person.id, { ...people.dataOf(person), visibility: 'public' }, person.version, { auditAction: 'publish' });
  }
}

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
    const saved = (await events.update({ ...ctx, db }, id, { ...events.dataOf(current), visibility }, expectedVersion ?? current.version, {
      auditAction: publish ? 'publish' : 'unpublish',
    })) as RegistryEvent;
    if (publish && isVisit(saved.kind)) await publishDelegation({ ...ctx, db }, saved);
    return saved;
  });
}
