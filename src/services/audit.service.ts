import { ACCOUNT_ENTITIES, scopeOf } from '../domain/scope.ts';
import { assertCanEdit } from '../domain/permissions.ts';
import { auditRepository, type AuditRow } from '../storage/audit.repository.ts';
import { readJson } from '../storage/database.ts';
import type { Ctx } from './context.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  version: number | null;
  changes: unknown;
}

const entryOf = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor_label,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  version: row.version,
  changes: readJson(row.changes),
});

/** Entries about accounts, sessions and tokens are for administrators only. */
const hiddenFrom = (ctx: Ctx): readonly string[] => (scopeOf(ctx.actor).accounts ? [] : ACCOUNT_ENTITIES);

/** Who changed what and when; for editors and administrators (entries about accounts: administrators). */
export const auditTrail = {
  async list(ctx: Ctx, query: { entity?: string; id?: string; before?: number; limit: number }): Promise<AuditEntry[]> {
    assertCanEdit(ctx.actor, 'read the audit trail');
    const rows = await auditRepository.list(ctx.db, {
      entity: query.entity,
      entityId: query.id,
      beforeId: query.before,
      limit: query.limit,
      hidden: hiddenFrom(ctx),
    });
    return rows.map(entryOf);
  },

  /** One record's history, oldest first. */
  async forRecord(ctx: Ctx, entity: string, id: string): Promise<AuditEntry[]> {
    assertCanEdit(ctx.actor, 'read a record’s history');
    return (await auditRepository.forRecord(ctx.db, entity, id, hiddenFrom(ctx))).map(entryOf);
  },
};
