import { AmityError, notFound } from '../domain/errors.ts';
import { actorLabel, assertCanAdminister } from '../domain/permissions.ts';
import { citationRepository } from '../storage/citation.repository.ts';
import { mergeRepository } from '../storage/merge.repository.ts';
import { inTransaction, type Ctx } from './context.ts';
import type { MergeStep } from './merge.service.ts';
import { repositoryFor, writeAudit } from './generic-record.service.ts';
import { SERVICES } from './records.service.ts';

export interface UnmergeReport {
  id: string;
  kind: string;
  survivorId: string;
  duplicateId: string;
  restored: number;
  rewritten: number;
  citationsMoved: number;
}

/** Refuses when a record the merge wrote has been written since: undoing would lose that change. */
async function assertUntouched(ctx: Ctx, steps: readonly MergeStep[]): Promise<void> {
  for (const step of steps) {
    if (step.op === 'cite') continue;
    const row = await repositoryFor(step.entity).findById(ctx.db, step.id);
    const deleted = row?.deleted_at !== null;
    if (!row || row.version !== step.version || deleted !== (step.op === 'delete')) {
      throw new AmityError(
        'stale_version',
        `${step.entity} ${step.id} has changed since the merge (version ${row?.version ?? '?'}, the merge left ${step.version}): it cannot be undone automatically`,
      );
    }
  }
}

/**
 * Undoes a merge exactly: the records it deleted come back, every record it rewrote
 * gets the document it had before, and the citations it moved move back, each
 * through the services and into the audit trail. Administrators only.
 */
export async function unmergeRecords(ctx: Ctx, mergeId: string): Promise<UnmergeReport> {
  assertCanAdminister(ctx.actor, 'undo a merge');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const merge = await mergeRepository.findById(db, mergeId);
    if (!merge) throw notFound('merge', mergeId);
    if (merge.undone_at) throw new AmityError('validation', `merge ${mergeId} was undone at ${merge.undone_at} by ${merge.undone_by}`);
    const steps = merge.steps as MergeStep[];
    await assertUntouched(tx, steps);
    const reversed = [...steps].reverse();
    // Deleted records first, so that the documents written back point at live records.
    for (const step of reversed) if (step.op === 'delete') await SERVICES[step.entity].restore(tx, step.id, { auditAction: 'unmerge' });
    for (const step of reversed) {
      if (step.op !== 'rewrite') continue;
      const current = await SERVICES[step.entity].load(db, step.id);
      await SERVICES[step.entity].update(tx, step.id, step.before, current.version, { auditAction: 'unmerge' });
    }
    for (const step of reversed) {
      if (step.op !== 'cite') continue;
      await citationRepository.moveTo(db, step.citationId, step.from);
      await writeAudit(db, tx, 'unmerge', 'citation', step.citationId, null, { entityId: { before: step.to, after: step.from } });
    }
    await mergeRepository.markUndone(db, mergeId, ctx.now().toISOString(), actorLabel(ctx.actor));
    await writeAudit(db, tx, 'unmerge', merge.entity, merge.survivor_id, null, { mergeId, duplicateId: merge.duplicate_id });
    const count = (op: MergeStep['op']) => steps.filter((s) => s.op === op).length;
    return {
      id: mergeId,
      kind: merge.entity,
      survivorId: merge.survivor_id,
      duplicateId: merge.duplicate_id,
      restored: count('delete'),
      rewritten: count('rewrite'),
      citationsMoved: count('cite'),
    };
  });
}
