import type { Selectable } from 'kysely';
import { readJson, type Db, type MergesTable } from './database.ts';

export type MergeRow = Selectable<MergesTable>;

export const mergeRepository = {
  async insert(db: Db, row: Omit<MergesTable, 'steps'> & { steps: string }): Promise<void> {
    await db.insertInto('merges').values(row).execute();
  },

  async findById(db: Db, id: string): Promise<(MergeRow & { steps: unknown }) | undefined> {
    const row = await db.selectFrom('merges').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { ...row, steps: readJson(row.steps) } : undefined;
  },

  /** The latest merges, newest first, without their steps. */
  async latest(db: Db, limit: number): Promise<Omit<MergeRow, 'steps'>[]> {
    return db
      .selectFrom('merges')
      .select(['id', 'entity', 'survivor_id', 'duplicate_id', 'at', 'actor_label', 'undone_at', 'undone_by'])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },

  async markUndone(db: Db, id: string, at: string, by: string): Promise<void> {
    await db.updateTable('merges').set({ undone_at: at, undone_by: by }).where('id', '=', id).execute();
  },
};
