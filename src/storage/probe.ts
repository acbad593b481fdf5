import { sql } from 'kysely';
import type { Db } from './database.ts';

/** Resolves when the database answers a query. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

class ProbeDone extends Error {}

/**
 * Whether the database takes a write: a table made inside a transaction that is then rolled back,
 * so nothing is left behind. Gives the database's own reason when it refuses.
 */
export async function writeRefusal(db: Db): Promise<string | null> {
  try {
    await db.transaction().execute(async (trx) => {
      await sql`create table amity_write_probe (x integer)`.execute(trx);
      throw new ProbeDone();
    });
    return null;
  } catch (error) {
    if (error instanceof ProbeDone) return null;
    return error instanceof Error ? error.message : String(error);
  }
}
