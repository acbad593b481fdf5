import { parseOrThrow } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import type { EventInput, RegistryEvent } from '../../records/event/event.schema.ts';
import type { Person } from '../../records/person/person.schema.ts';
import { titleAt } from '../../domain/positions.ts';
import { inTransaction, withDb, type Ctx } from '../context.ts';
import { writeAudit } from '../generic-record.service.ts';
import { events, people, tasks } from '../records.service.ts';
import { PlanVisitSchema, type PlanVisit, type PlanVisitInput } from './plan-visit.schema.ts';

export interface PlannedVisit {
  event: RegistryEvent;
  /** The people the plan named for the first time. */
  createdPeople: string[];
  /** The follow-up tasks it added. */
  taskIds: string[];
}

/** The delegation as the event's participants: new people made, titles left empty taken from positions held then. */
async function participantsOf(ctx: Ctx, p: PlanVisit, created: string[]): Promise<NonNullable<EventInput['participants']>> {
  const out: NonNullable<EventInput['participants']> = [];
  for (const m of p.members) {
    // A new member is internal like the planned visit; publishing the visit publishes its delegation.
    const person = (
      m.newPerson ? await people.create(ctx, { names: m.newPerson.names, visibility: 'internal' }) : await people.load(ctx.db, m.personId!)
    ) as Person;
    if (m.newPerson) created.push(person.id);
    const title = Object.keys(m.title).length ? m.title : titleAt(person.positions, p.start);
    out.push({ personId: person.id, title, representing: m.representing, delegation: m.delegation });
  }
  return out;
}

/**
 * Plans a visit in one go, or replans it at `target`'s version: the delegation (people found or
 * named anew, with their titles), the ties it serves, its stops, its file and its follow-ups. A new
 * visit is internal; only publishing makes it public. All of it is written in one transaction.
 */
export async function planVisit(ctx: Ctx, input: PlanVisitInput, target?: { id: string; version: number }): Promise<PlannedVisit> {
  assertCanEdit(ctx.actor, 'plan a visit');
  const p = parseOrThrow(PlanVisitSchema, input, 'visit');
  return inTransaction(ctx.db, async (db) => {
    const inner = withDb(ctx, db);
    const createdPeople: string[] = [];
    const { members: _members, followUps, ...fields } = p;
    const participants = await participantsOf(inner, p, createdPeople);
    const visibility = target ? (await events.load(db, target.id)).visibility : 'internal';
    const data = { ...fields, participants, visibility };
    const event = (
      target ? await events.update(inner, target.id, data, target.version) : await events.create(inner, data)
    ) as RegistryEvent;
    const taskIds: string[] = [];
    for (const f of followUps) {
      const task = await tasks.create(inner, {
        ...f,
        eventId: event.id,
        partnershipId: p.partnershipIds[0] ?? null,
        visibility: 'internal',
      });
      taskIds.push(task.id);
    }
    await writeAudit(db, ctx, 'plan_visit', 'event', event.id, event.version, { createdPeople, taskIds });
    return { event, createdPeople, taskIds };
  });
}
