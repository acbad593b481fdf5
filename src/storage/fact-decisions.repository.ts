import type { Db, FactDecisionsTable } from './database.ts';

export type FactDecisionRow = FactDecisionsTable;

/** The office's choice of value for one field of one record, with its reason. */
export const factDecisionsRepository = {
  async forRecord(db: Db, entity: string, entityId: string): Promise<FactDecisionRow[]> {
    return db.selectFrom('fact_decisions').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).execute();
  },

  /** Every decision, in a stable order for exports. */
  async all(db: Db): Promise<FactDecisionRow[]> {
    return db.selectFrom('fact_decisions').selectAll().orderBy('entity').orderBy('entity_id').orderBy('field').execute();
  },

  async find(db: Db, entity: string, entityId: string, field: string): Promise<FactDecisionRow | undefined> {
    return db
      .selectFrom('fact_decisions')
      .selectAll()
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .where('field', '=', field)
      .executeTakeFirst();
  },

  async insert(db: Db, row: FactDecisionRow): Promise<void> {
    await db.insertInto('fact_decisions').values(row).execute();
  },

  /** Rewrites the stored decision of the row's record and field. */
  async update(db: Db, row: FactDecisionRow): Promise<void> {
    await db
      .updateTable('fact_decisions')
      .set(row)
      .where('entity', '=', row.entity)
      .where('entity_id', '=', row.entity_id)
      .where('field', '=', row.field)
      .execute();
  },

  /** Writes the decision, replacing the one the field had. */
  async upsert(db: Db, row: FactDecisionRow): Promise<void> {
    await db
      .insertInto('fact_decisions')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['entity', 'entity_id', 'field'])
          .doUpdateSet({ value: row.value, reason: row.reason, decided_at: row.decided_at, decided_by: row.decided_by }),
      )
      .execute();
  },
};
