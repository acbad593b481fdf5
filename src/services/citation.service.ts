import { CitationDataSchema, type Citation, type CitationInput } from '../domain/citation.ts';
import type { EntityKind } from '../records/kinds.ts';
import { newId } from '../domain/common.ts';
import { AmityError, notFound, parseOrThrow } from '../domain/errors.ts';
import { actorId, actorLabel, assertCanEdit } from '../domain/permissions.ts';
import { auditRepository } from '../storage/audit.repository.ts';
import type { CitationsTable, Db } from '../storage/database.ts';
import { citationRepository } from '../storage/citation.repository.ts';
import { inTransaction, type Ctx } from './context.ts';
import { checkReferences, diffFields, repositoryFor, writeAudit } from './generic-record.service.ts';
import { isDeepStrictEqual } from 'node:util';
import { SERVICES } from './records.service.ts';

function rowOf(c: Citation): CitationsTable {
  return {
    id: c.id,
    source_id: c.sourceId,
    entity: c.entity,
    entity_id: c.entityId,
    field: c.field,
    quote: c.quote,
    value: c.value,
    note: c.note,
    created_at: c.createdAt,
  };
}

export function citationFromRow(row: CitationsTable): Citation {
  return {
    id: row.id,
    sourceId: row.source_id,
    entity: row.entity as EntityKind,
    entityId: row.entity_id,
    field: row.field,
    quote: row.quote,
    value: row.value,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** Sources attached to records, or to one field of a record, with the quote that supports it. */
export const citationService = {
  async cite(
    ctx: Ctx,
    input: CitationInput,
    options: { id?: string; createdAt?: string; skipReferenceCheck?: boolean } = {},
  ): Promise<Citation> {
    assertCanEdit(ctx.actor);
    const data = parseOrThrow(CitationDataSchema, input, 'citation');
    return inTransaction(ctx.db, async (db) => {
      if (!options.skipReferenceCheck) {
        await checkReferences(db, [
          { path: 'sourceId', entity: 'source', id: data.sourceId },
          { path: 'entityId', entity: data.entity, id: data.entityId },
        ]);
      }
      const row = rowOf({ ...data, id: options.id ?? newId('ci'), createdAt: options.createdAt ?? ctx.now().toISOString() });
      await citationRepository.insert(db, row);
      await writeAudit(db, ctx, 'create', 'citation', row.id, null, { ...data });
      return citationFromRow(row);
    });
  },

  /** Writes many citations of records and sources known to exist, in few statements (bulk imports). */
  async citeMany(ctx: Ctx, inputs: readonly CitationInput[]): Promise<void> {
    assertCanEdit(ctx.actor);
    const createdAt = ctx.now().toISOString();
    const cited = inputs.map((input) => parseOrThrow(CitationDataSchema, input, 'citation'));
    const rows = cited.map((data) => rowOf({ ...data, id: newId('ci'), createdAt }));
    await citationRepository.insertMany(ctx.db, rows);
    await auditRepository.appendMany(
      ctx.db,
      rows.map((row, i) => ({
        at: createdAt,
        actor_id: actorId(ctx.actor),
        actor_label: actorLabel(ctx.actor),
        action: 'create',
        entity: 'citation',
        entity_id: row.id,
        version: null,
        changes: JSON.stringify({ ...cited[i] }),
      })),
    );
  },

  /** Writes a citation exactly as exported, creating or replacing it. */
  async put(ctx: Ctx, citation: Citation): Promise<'created' | 'updated' | 'unchanged'> {
    assertCanEdit(ctx.actor);
    const row = rowOf(citation);
    return inTransaction(ctx.db, async (db) => {
      const existing = await citationRepository.findById(db, citation.id);
      if (existing && isDeepStrictEqual({ ...existing }, row)) return 'unchanged';
      const source = await repositoryFor('source').findById(db, citation.sourceId);
      const target = await repositoryFor(citation.entity).findById(db, citation.entityId);
      if (!source || !target) {
        const missing = !source ? `source ${citation.sourceId}` : `${citation.entity} ${citation.entityId}`;
        throw new AmityError('missing_reference', `citation ${citation.id} names ${missing}, which is not in the registry`);
      }
      if (existing) await citationRepository.delete(db, citation.id);
      await citationRepository.insert(db, row);
      await writeAudit(db, ctx, 'import', 'citation', citation.id, null, diffFields(existing ? citationFromRow(existing) : null, citation));
      return existing ? 'updated' : 'created';
    });
  },

  async forRecord(db: Db, entity: EntityKind, entityId: string): Promise<Citation[]> {
    return (await citationRepository.forRecord(db, entity, entityId)).map(citationFromRow);
  },

  /** A record's citations, for an actor who may see the record. */
  async visibleFor(ctx: Ctx, entity: EntityKind, entityId: string): Promise<Citation[]> {
    await SERVICES[entity].get(ctx, entityId);
    return this.forRecord(ctx.db, entity, entityId);
  },

  async all(db: Db): Promise<Citation[]> {
    return (await citationRepository.all(db)).map(citationFromRow);
  },

  async remove(ctx: Ctx, id: string): Promise<void> {
    assertCanEdit(ctx.actor);
    await inTransaction(ctx.db, async (db) => {
      const row = await citationRepository.findById(db, id);
      if (!row) throw notFound('citation', id);
      await citationRepository.delete(db, id);
      await writeAudit(db, ctx, 'delete', 'citation', id, null, { before: citationFromRow(row) });
    });
  },

  /** The citations of these records of one kind, in no order: for imports that skip what is already cited. */
  async forRecords(db: Db, entity: EntityKind, entityIds: readonly string[]): Promise<Citation[]> {
    return (await citationRepository.forRecords(db, entity, entityIds)).map(citationFromRow);
  },
};
