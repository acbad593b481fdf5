import { sql } from 'kysely';
import type { Database, Db } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';

/** Bound parameters per statement on SQLite: well under its limit of 32,766. */
const PARAMETERS_PER_STATEMENT = 30_000;

/** PostgreSQL array types of the columns bulk inserts write that are not text. */
const PG_TYPES: Record<string, string> = {
  doc: 'jsonb',
  version: 'integer',
  lat: 'double precision',
  lng: 'double precision',
  whole: 'integer',
};

/**
 * Inserts many rows of one table, every row with the columns of the first: on SQLite as
 * multi-row VALUES of up to 30,000 parameters (`write` runs each batch), on PostgreSQL as one
 * array per column through UNNEST, which spares the server from parsing tens of thousands of
 * parameters. Table and column names come from the code, never from input; every value is bound.
 */
export async function bulkInsert<T extends object>(
  db: Db,
  table: keyof Database,
  rows: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof T & string)[];
  if (isPostgres(db as never)) {
    const arrays = columns.map((c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(PG_TYPES[c] ?? 'text')}[]`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
      db,
    );
    return;
  }
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
