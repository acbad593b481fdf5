import { bulkInsert } from './bulk-insert.ts';
import type { Insertable, Selectable } from 'kysely';
import type { AuditLogTable, Db } from './database.ts';

export type AuditRow = Selectable<AuditLogTable>;

export const auditRepository = {
  async append(db: Db, row: Insertable<AuditLogTable>): Promise<void> {
    await db.insertInto('audit_log').values(row).execute();
  },

  /** Appends many entries in few statements (bulk imports). */
  async appendMany(db: Db, rows: readonly Insertable<AuditLogTable>[]): Promise<void> {
    await bulkInsert(db, 'audit_log', rows);
  },

  /** One record's entries; `hidden` names the entities whose entries the reader may not see. */
  async forRecord(db: Db, entity: string, entityId: string, hidden: readonly string[] = []): Promise<AuditRow[]> {
    let q = db.selectFrom('audit_log').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId);
    if (hidden.length) q = q.where('entity', 'not in', [...hidden]);
    return q.orderBy('id').execute();
  },

  async list(
    db: Db,
    options: { entity?: string; entityId?: string; beforeId?: number; limit: number; hidden?: readonly string[] },
  ): Promise<AuditRow[]> {
    let q = db.selectFrom('audit_log').selectAll();
    if (options.hidden?.length) q = q.where('entity', 'not in', [...options.hidden]);
    if (options.entity) q = q.where('entity', '=', options.entity);
    if (options.entityId) q = q.where('entity_id', '=', options.entityId);
    if (options.beforeId !== undefined) q = q.where('id', '<', options.beforeId);
    return q.orderBy('id', 'desc').limit(options.limit).execute();
  },
};
