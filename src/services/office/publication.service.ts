import type { Names } from '../../domain/common.ts';
import { AmityError } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { PUBLIC_SCOPE } from '../../domain/scope.ts';
import { isVisit, type RegistryEvent } from '../../records/event/event.schema.ts';
import { SPECS, type EntityKind } from '../../records/kinds.ts';
import type { Person } from '../../records/person/person.schema.ts';
import { auditRepository } from '../../storage/audit.repository.ts';
import { readJson, type Db } from '../../storage/database.ts';
import { refsRepository } from '../../storage/refs.repository.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { writeAudit } from '../generic-record.service.ts';
import { events, people, SERVICES } from '../records.service.ts';

/** The event's audit entry naming the members its publication made public, written with the publication. */
const DELEGATION_PUBLISHED = 'publish_delegation';

/** Who a publication or its withdrawal makes public or takes back to internal along with the event. */
export interface PublicationEffect {
  people: { id: string; names: Names }[];
}

const delegationOf = (event: RegistryEvent) => [...new Set(event.participants.filter((p) => p.delegation !== null).map((p) => p.personId))];

/** A visit's page names its delegation: publishing the visit publishes the members still internal. */
async function toPublish(db: Db, event: RegistryEvent): Promise<Person[]> {
  if (!isVisit(event.kind)) return [];
  const members = await Promise.all(delegationOf(event).map((id) => people.load(db, id)));
  return members.filter((person) => person.visibility !== 'public');
}

/** The members the event's current publication made public, from the entry written with it. */
async function publishedWithIt(db: Db, eventId: string): Promise<string[]> {
  const trail = await auditRepository.forRecord(db, 'event', eventId);
  const since = trail.findLastIndex((entry) => entry.action === 'publish');
  const entry = since < 0 ? undefined : trail.slice(since).find((e) => e.action === DELEGATION_PUBLISHED);
  return entry ? (readJson<{ people?: string[] }>(entry.changes).people ?? []) : [];
}

/**
 * Whether a public record other than `eventId` names the person where the public can read it: a
 * public event's participant, a public agreement's signatory. A tie's liaison contacts are
 * internal to it and do not count; nor do deleted records.
 */
async function namedPubliclyElsewhere(db: Db, personId: string, eventId: string): Promise<boolean> {
  const refs = (await refsRepository.to(db, 'person', personId)).filter((r) => {
    const kind = r.from_entity as EntityKind;
    const internal = Object.keys(SPECS[kind]?.internalFields ?? {});
    return !(kind === 'event' && r.from_id === eventId) && !internal.some((field) => r.path.startsWith(field));
  });
  for (const kind of new Set(refs.map((r) => r.from_entity as EntityKind))) {
    const ids = refs.filter((r) => r.from_entity === kind).map((r) => r.from_id);
    const rows = await SERVICES[kind].repo.findByIds(db, [...new Set(ids)], PUBLIC_SCOPE);
    if (rows.some((row) => row.deleted_at === null)) return true;
  }
  return false;
}

/**
 * Taking a visit back to internal takes back with it the members its publication made public,
 * those still public that no other public record names; the rest stay as they are.
 */
async function toWithdraw(db: Db, event: RegistryEvent): Promise<Person[]> {
  const out: Person[] = [];
  const ids = await publishedWithIt(db, event.id);
  const rows = new Map((await people.repo.findByIds(db, ids)).map((row) => [row.id, row]));
  for (const row of ids.map((id) => rows.get(id))) {
    // One merged or deleted since is no longer there to take back.
    if (!row || row.deleted_at !== null) continue;
    const person = people.toRecord(row) as Person;
    if (person.visibility === 'public' && !(await namedPubliclyElsewhere(db, person.id, event.id))) out.push(person);
  }
  return out;
}

const effectOf = (changed: Person[]): PublicationEffect => ({ people: changed.map((p) => ({ id: p.id, names: p.names })) });

/** Who publishing the event (or taking it back to internal) would change along with it; nothing is changed. */
export async function previewEventPublication(ctx: Ctx, id: string, publish: boolean): Promise<PublicationEffect> {
  assertCanEdit(ctx.actor, publish ? 'publish events' : 'unpublish events');
  const event = (await events.load(ctx.db, id)) as RegistryEvent;
  if (event.visibility === (publish ? 'public' : 'internal')) return effectOf([]);
  return effectOf(await (publish ? toPublish(ctx.db, event) : toWithdraw(ctx.db, event)));
}

/**
 * Publishes an event (a planned visit is internal until the office publishes it) or takes it back
 * to internal, as a new version with its own audit entry, with the visit's members it changes
 * (each with its own entry). With `expectedVersion` the change is refused when the event is no
 * longer at that version.
 */
export async function setEventPublished(ctx: Ctx, id: string, publish: boolean, expectedVersion?: number): Promise<RegistryEvent> {
  assertCanEdit(ctx.actor, publish ? 'publish events' : 'unpublish events');
  return inTransaction(ctx.db, async (db) => {
    const inner = { ...ctx, db };
    const current = (await events.load(db, id)) as RegistryEvent;
    const visibility = publish ? 'public' : 'internal';
    if (current.visibility === visibility)
      throw new AmityError('validation', `visibility: the event is already ${visibility}`, [
        { path: ['visibility'], code: 'same_visibility', message: `already ${visibility}` },
      ]);
    const members = publish ? await toPublish(db, current) : await toWithdraw(db, current);
    const saved = (await events.update(inner, id, { ...events.dataOf(current), visibility }, expectedVersion ?? current.version, {
      auditAction: publish ? 'publish' : 'unpublish',
    })) as RegistryEvent;
    for (const person of members) {
      await people.update(inner, person.id, { ...people.dataOf(person), visibility }, person.version, {
        auditAction: publish ? 'publish' : 'unpublish',
      });
    }
    if (publish && members.length)
      await writeAudit(db, ctx, DELEGATION_PUBLISHED, 'event', id, saved.version, { people: members.map((p) => p.id) });
    return saved;
  });
}
