import { bulkInsert } from './bulk-insert.ts';
import type { CitationsTable, Db } from './database.ts';

export const citationRepository = {
  async insert(db: Db, row: CitationsTable): Promise<void> {
    await db.insertInto('citations').values(row).execute();
  },

  async insertMany(db: Db, rows: readonly CitationsTable[]): Promise<void> {
    await bulkInsert(db, 'citations', rows);
  },

  async findById(db: Db, id: string): Promise<CitationsTable | undefined> {
    return db.selectFrom('citations').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async forRecord(db: Db, entity: string, entityId: string): Promise<CitationsTable[]> {
    return db
      .selectFrom('citations')
      .selectAll()
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  /** The citations of these records of one kind, 500 records a query. */
  async forRecords(db: Db, entity: string, entityIds: readonly string[]): Promise<CitationsTable[]> {
    const out: CitationsTable[] = [];
    for (let i = 0; i < entityIds.length; i += 500) {
      out.push(
        ...(await db
          .selectFrom('citations')
          .selectAll()
          .where('entity', '=', entity)
          .where('entity_id', 'in', entityIds.slice(i, i + 500))
          .execute()),
      );
    }
    return out;
  },

  async forSource(db: Db, sourceId: string): Promise<CitationsTable[]> {
    return db.selectFrom('citations').selectAll().where('source_id', '=', sourceId).orderBy('id').execute();
  },

  async all(db: Db): Promise<CitationsTable[]> {
    return db.selectFrom('citations').selectAll().orderBy('id').execute();
  },

  /** Attaches the citation to another record of the same kind. */
  async moveTo(db: Db, id: string, entityId: string): Promise<void> {
    await db.updateTable('citations').set({ entity_id: entityId }).where('id', '=', id).execute();
  },

  async delete(db: Db, id: string): Promise<void> {
    await db.deleteFrom('citations').where('id', '=', id).execute();
  },
};
