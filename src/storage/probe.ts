import { sql } from 'kysely';
import type { Db } from './database.ts';

/** Resolves when the database answers a query. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

class ProbeDone extends Error {}

/**
 * Why the database would refuse a write, or null when it takes one. SQLite: a table made inside a
 * transaction that is then rolled back, so nothing is left behind, giving SQLite's own reason.
 * PostgreSQL: whether the session is read-only or the server a standby (a schema not made yet
 * is not a refusal: the migrations make it).
 */
export async function writeRefusal(db: Db, backend: 'sqlite' | 'postgres'): Promise<string | null> {
  if (backend === 'postgres') {
    const { rows } = await sql<{ read_only: string; recovery: boolean }>`
      select current_setting('transaction_read_only') as read_only, pg_is_in_recovery() as recovery`.execute(db);
    if (rows[0]?.recovery) return 'the PostgreSQL server is a standby in recovery';
    if (rows[0]?.read_only === 'on') return 'the PostgreSQL session is read-only (default_transaction_read_only)';
    return null;
  }
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
