import { bulkInsert } from './bulk-insert.ts';
import type { Db } from './database.ts';

export interface RefRow {
  from_entity: string;
  from_id: string;
  path: string;
  to_entity: string;
  to_id: string;
}

/** Queries of the reference index, built but not run, so that their SQL can be reviewed per dialect. */
export const refsQueries = {
  /** The records of one kind that point at a record (a list filtered by area, place or tie). */
  fromIds(db: Db, fromEntity: string, toEntity: string, toId: string) {
    return db
      .selectFrom('refs')
      .select('from_id')
      .where('from_entity', '=', fromEntity)
      .where('to_entity', '=', toEntity)
      .where('to_id', '=', toId);
  },
};

export const refsRepository = {
  /** Replaces the references these records of one kind make with the rows given. */
  async replaceFrom(db: Db, entity: string, ids: readonly string[], refs: readonly RefRow[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await db
        .deleteFrom('refs')
        .where('from_entity', '=', entity)
        .where('from_id', 'in', ids.slice(i, i + 500))
        .execute();
    }
    await bulkInsert(db, 'refs', refs);
  },

  /** The records that point at a record. */
  async to(db: Db, entity: string, id: string): Promise<RefRow[]> {
    return db.selectFrom('refs').selectAll().where('to_entity', '=', entity).where('to_id', '=', id).execute();
  },

  async toMany(db: Db, entity: string, ids: readonly string[], fromEntity?: string): Promise<RefRow[]> {
    if (ids.length === 0) return [];
    let q = db
      .selectFrom('refs')
      .selectAll()
      .where('to_entity', '=', entity)
      .where('to_id', 'in', [...ids]);
    if (fromEntity) q = q.where('from_entity', '=', fromEntity);
    return q.execute();
  },

  /** The ids of the records of one kind that point at a record, once per reference. */
  async fromIds(db: Db, fromEntity: string, toEntity: string, toId: string): Promise<string[]> {
    return (await refsQueries.fromIds(db, fromEntity, toEntity, toId).execute()).map((r) => r.from_id);
  },

  /** What these records of one kind point at among records of another, once per reference. */
  async toIds(db: Db, fromEntity: string, fromIds: readonly string[], toEntity: string): Promise<string[]> {
    const rows = await db
      .selectFrom('refs')
      .select(['to_id'])
      .where('from_entity', '=', fromEntity)
      .where('to_entity', '=', toEntity)
      .where('from_id', 'in', fromIds.length ? [...fromIds] : [''])
      .execute();
    return rows.map((r) => r.to_id);
  },
};
