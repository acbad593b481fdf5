import { sql } from 'kysely';
import type { Db } from './database.ts';

const KEY = 'registry.version';

/**
 * A counter that every write to a record table moves in its own transaction, so that answers
 * cached by version (the statistics) know when they are stale. The increment is one atomic
 * statement: concurrent writers queue on the row instead of both writing the same number.
 */
export const registryVersionRepository = {
  async current(db: Db): Promise<number> {
    const row = await db.selectFrom('meta').select('value').where('key', '=', KEY).executeTakeFirst();
    return Number(row?.value ?? 0);
  },

  async bump(db: Db): Promise<void> {
    await db
      .insertInto('meta')
      .values({ key: KEY, value: '1' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql<string>`cast(cast(meta.value as bigint) + 1 as text)` }))
      .execute();
  },
};
