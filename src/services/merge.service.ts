import type { EntityKind } from '../records/kinds.ts';
import type { Alias, Names } from '../domain/common.ts';
import { newId } from '../domain/common.ts';
import { AmityError } from '../domain/errors.ts';
import { aliasesAfterMerge, replaceAtPath, union } from '../domain/merge.ts';
import type { PartnershipData } from '../records/partnership/partnership.schema.ts';
import { actorLabel, assertCanEdit } from '../domain/permissions.ts';
import { citationRepository } from '../storage/citation.repository.ts';
import { readJson } from '../storage/database.ts';
import { mergeRepository } from '../storage/merge.repository.ts';
import { refsRepository } from '../storage/refs.repository.ts';
import type { MergeReport, MergeSummary } from '../http/contract/names.ts';
import { inTransaction, type Ctx } from './context.ts';
import { kindOfId } from '../records/kinds.ts';
import { repositoryFor, writeAudit } from './generic-record.service.ts';
import { partnerships, SERVICES } from './records.service.ts';

/** One thing a merge did, kept so that `unmerge` can undo it exactly. */
export type MergeStep =
  | { op: 'rewrite'; entity: EntityKind; id: string; before: object; version: number }
  | { op: 'delete'; entity: EntityKind; id: string; version: number }
  | { op: 'cite'; citationId: string; entity: EntityKind; from: string; to: string };

export const MERGEABLE_KINDS = ['place', 'organisation', 'person', 'mechanism', 'partnership'] as const satisfies readonly EntityKind[];

/** What a merge did, and a merge as the workspace lists it: the API's contract (src/http/contract/names.ts). */
export type { MergeReport, MergeSummary };

/** The latest merges, newest first, with the names of both records (the duplicate's as it was deleted). Editors. */
export async function latestMerges(ctx: Ctx, limit = 50): Promise<MergeSummary[]> {
  assertCanEdit(ctx.actor, 'list merges');
  const rows = await mergeRepository.latest(ctx.db, limit);
  const names = new Map<string, Names>();
  for (const kind of new Set(rows.map((r) => r.entity as EntityKind))) {
    const found = await repositoryFor(kind).findByIds(
      ctx.db,
      rows.filter((r) => r.entity === kind).flatMap((r) => [r.survivor_id, r.duplicate_id]),
    );
    for (const row of found) names.set(row.id as string, readJson<{ names?: Names }>(row.doc).names ?? {});
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.entity as EntityKind,
    survivor: { id: r.survivor_id, names: names.get(r.survivor_id) ?? {} },
    duplicate: { id: r.duplicate_id, names: names.get(r.duplicate_id) ?? {} },
    at: r.at,
    by: r.actor_label,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  }));
}

class MergeLog {
  readonly steps: MergeStep[] = [];
  readonly ties: { survivorId: string; duplicateId: string }[] = [];

  /** The first `before` of a record and its last version: undoing restores what the merge found. */
  rewrite(entity: EntityKind, id: string, before: object, version: number) {
    const known = this.steps.find((s) => s.op === 'rewrite' && s.entity === entity && s.id === id);
    if (known && known.op === 'rewrite') known.version = version;
    else this.steps.push({ op: 'rewrite', entity, id, before, version });
  }
}

/** What the survivor becomes: its names plus the duplicate's as aliases, or a tie's areas and contacts joined. */
function survivorData(kind: EntityKind, survivor: object, duplicate: object, duplicateId: string): object {
  if (kind === 'partnership') {
    const [s, d] = [survivor as PartnershipData, duplicate as PartnershipData];
    return { ...s, areas: union(s.areas, d.areas), contacts: union(s.contacts, d.contacts) };
  }
  const [s, d] = [survivor as { names: Names; aliases: Alias[] }, duplicate as { names: Names; aliases: Alias[] }];
  return { ...s, aliases: aliasesAfterMerge(s, d, duplicateId) };
}

async function rewrite(ctx: Ctx, entity: EntityKind, id: string, data: object, log: MergeLog): Promise<void> {
  const service = SERVICES[entity];
  const current = await service.load(ctx.db, id);
  const before = service.dataOf(current);
  const updated = await service.update(ctx, id, data, current.version, { auditAction: 'merge' });
  if (updated.version !== current.version) log.rewrite(entity, id, before, updated.version);
}

/** Points one referencing record at the survivor; a tie that would double another is merged into it. */
async function moveReferences(
  ctx: Ctx,
  from: { entity: EntityKind; id: string; paths: string[] },
  duplicateId: string,
  survivorId: string,
  log: MergeLog,
) {
  const service = SERVICES[from.entity];
  let data = service.dataOf(await service.load(ctx.db, from.id));
  for (const path of from.paths) data = replaceAtPath(data, path, duplicateId, survivorId);
  if (from.entity === 'partnership') {
    const tie = data as PartnershipData;
    if (tie.placeAId === tie.placeBId) {
      throw new AmityError(
        'validation',
        `partnership ${from.id} ties ${survivorId} and ${duplicateId} to each other: delete it before merging them`,
      );
    }
    const [other] = (await partnerships.between(ctx.db, tie.placeAId, tie.placeBId)).filter((p) => p.id !== from.id);
    if (other) {
      log.ties.push({ survivorId: other.id, duplicateId: from.id });
      return mergeInto(ctx, 'partnership', other.id, from.id, log);
    }
  }
  await rewrite(ctx, from.entity, from.id, data, log);
}

async function mergeInto(ctx: Ctx, kind: EntityKind, survivorId: string, duplicateId: string, log: MergeLog): Promise<void> {
  const service = SERVICES[kind];
  await service.load(ctx.db, survivorId); // both must exist and be live
  const duplicate = await service.load(ctx.db, duplicateId);
  const byRecord = new Map<string, { entity: EntityKind; id: string; paths: string[] }>();
  for (const ref of await refsRepository.to(ctx.db, kind, duplicateId)) {
    const entity = ref.from_entity as EntityKind;
    if (entity === kind && ref.from_id === survivorId) {
      throw new AmityError('validation', `${kind} ${survivorId} refers to ${duplicateId} (${ref.path}): change that before merging them`);
    }
    const row = await SERVICES[entity].repo.findById(ctx.db, ref.from_id);
    if (!row || row.deleted_at !== null) continue;
    const key = `${entity}:${ref.from_id}`;
    byRecord.set(key, { entity, id: ref.from_id, paths: [...(byRecord.get(key)?.paths ?? []), ref.path] });
  }
  for (const from of byRecord.values()) await moveReferences(ctx, from, duplicateId, survivorId, log);
  for (const c of await citationRepository.forRecord(ctx.db, kind, duplicateId)) {
    await citationRepository.moveTo(ctx.db, c.id, survivorId);
    await writeAudit(ctx.db, ctx, 'merge', 'citation', c.id, null, { entityId: { before: duplicateId, after: survivorId } });
    log.steps.push({ op: 'cite', citationId: c.id, entity: kind, from: duplicateId, to: survivorId });
  }
  const current = service.dataOf(await service.load(ctx.db, survivorId));
  await rewrite(ctx, kind, survivorId, survivorData(kind, current, service.dataOf(duplicate), duplicateId), log);
  const dup = await service.load(ctx.db, duplicateId);
  await service.remove(ctx, duplicateId, dup.version, { auditAction: 'merge' });
  log.steps.push({ op: 'delete', entity: kind, id: duplicateId, version: dup.version + 1 });
}

/**
 * Merges `duplicateId` into `survivorId`: the survivor keeps both records' names (the
 * duplicate's as aliases), every reference to the duplicate and every citation of it
 * moves to the survivor through the services (versions and audit trail included), and
 * the duplicate is soft-deleted. Ties that would double one another are merged too.
 * All or nothing; the steps are kept so that `unmerge` can undo the merge exactly.
 */
export async function mergeRecords(ctx: Ctx, survivorId: string, duplicateId: string): Promise<MergeReport> {
  assertCanEdit(ctx.actor, 'merge records');
  const kind = kindOfId(survivorId);
  if (!kind || kind !== kindOfId(duplicateId)) {
    throw new AmityError('validation', `${survivorId} and ${duplicateId} are not records of the same kind`);
  }
  if (!(MERGEABLE_KINDS as readonly string[]).includes(kind)) throw new AmityError('unsupported', `${kind} records cannot be merged`);
  if (survivorId === duplicateId) throw new AmityError('validation', 'a record cannot be merged into itself');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const log = new MergeLog();
    await mergeInto(tx, kind, survivorId, duplicateId, log);
    const id = newId('mg');
    const at = ctx.now().toISOString();
    await mergeRepository.insert(db, {
      id,
      entity: kind,
      survivor_id: survivorId,
      duplicate_id: duplicateId,
      at,
      actor_label: actorLabel(ctx.actor),
      steps: JSON.stringify(log.steps),
      undone_at: null,
      undone_by: null,
    });
    await writeAudit(db, tx, 'merge', kind, survivorId, null, { mergeId: id, duplicateId, steps: log.steps.length });
    return {
      id,
      kind,
      survivorId,
      duplicateId,
      rewritten: log.steps.filter((s) => s.op === 'rewrite').length,
      citationsMoved: log.steps.filter((s) => s.op === 'cite').length,
      tiesMerged: log.ties,
    };
  });
}
