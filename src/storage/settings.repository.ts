import type { Db } from './database.ts';

export const settingsRepository = {
  /** The stored setting (its value JSON, parsed or not as the backend returns it); undefined when it was never set. */
  async get(db: Db, key: string): Promise<{ value: unknown } | undefined> {
    return db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  },

  async put(db: Db, key: string, json: string, updatedAt: string): Promise<void> {
    await db
      .insertInto('settings')
      .values({ key, value: json, updated_at: updatedAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: updatedAt }))
      .execute();
  },
};
