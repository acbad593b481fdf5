import type { Db } from './database.ts';

export interface NameKeyRow {
  entity: string;
  entity_id: string;
  key: string;
  kind: string;
  lang: string | null;
}

export const nameKeysRepository = {
  async replaceFor(db: Db, entity: string, id: string, rows: readonly NameKeyRow[]): Promise<void> {
    await db.deleteFrom('name_keys').where('entity', '=', entity).where('entity_id', '=', id).execute();
    for (let i = 0; i < rows.length; i += 200) {
      await db.insertInto('name_keys').values(rows.slice(i, i + 200)).execute();
    }
  },

  async findByKeys(db: Db, entity: string, keys: readonly string[]): Promise<NameKeyRow[]> {
    if (keys.length === 0) return [];
    return db.selectFrom('name_keys').selectAll().where('entity', '=', entity).where('key', 'in', [...keys]).execute();
  },
};
