import { CompiledQuery, sql } from 'kysely';
import type { Database, Db } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';

/** Bound parameters per statement on SQLite: well under its limit of 32,766. */
const PARAMETERS_PER_STATEMENT = 30_000;

/** PostgreSQL array types of the columns bulk inserts write that are not text. */
const PG_TYPES: Record<string, string> = {
  doc: 'jsonb',
  changes: 'jsonb',
  version: 'integer',
  lat: 'double precision',
  lng: 'double precision',
  whole: 'integer',
};

/** `insert into "table" ("a", "b") values (?, ?), …` for `count` rows: one text per shape, reused by every batch of that shape. */
const texts = new Map<string, string>();
function insertText(table: string, columns: readonly string[], count: number): string {
  const cacheKey = `${table} ${columns.join(' ')} ${count}`;
  let text = texts.get(cacheKey);
  if (!text) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(count).fill(row).join(', ')}`;
    if (texts.size > 100) texts.clear();
    texts.set(cacheKey, text);
  }
  return text;
}

/** Rows in one PostgreSQL bulk insert past which the table's planner statistics are looked at. */
const ANALYZE_AFTER = 1000;

/**
 * Analyzes a PostgreSQL table that has doubled since it was last analyzed. A table never analyzed
 * (a new registry, or one filled inside the transaction still running, which autovacuum cannot see)
 * leads the planner to take every row of a kind through the entity index where a lookup by key
 * should probe the key index: each of an import's lookups then reads the whole table, and the import
 * grows with the square of its rows. ANALYZE inside a transaction sees that transaction's rows.
 */
async function refreshStatistics(db: Db, table: string): Promise<void> {
  const { rows } = await sql<{ analyzed: number; pages: number }>`
    select c.relpages as analyzed, pg_relation_size(c.oid) / current_setting('block_size')::int as pages
    from pg_class c where c.oid = to_regclass(${table})`.execute(db);
  const stats = rows[0];
  if (stats && Number(stats.pages) >= 2 * Number(stats.analyzed)) await sql`analyze ${sql.table(table)}`.execute(db);
}

/**
 * Inserts many rows of one table, every row with the columns of the first: on SQLite as
 * multi-row VALUES of up to 30,000 parameters, the statement's text built once per shape rather
 * than through the query builder, whose cost grows with every value; on PostgreSQL as one array
 * per column through UNNEST, which spares the server from parsing tens of thousands of parameters.
 * Table and column names come from the code, never from input; every value is bound.
 */
export async function bulkInsert<T extends object>(db: Db, table: keyof Database, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof T & string)[];
  if (isPostgres(db as never)) {
    const arrays = columns.map((c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(PG_TYPES[c] ?? 'text')}[]`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
      db,
    );
    if (rows.length >= ANALYZE_AFTER) await refreshStatistics(db, table);
    return;
  }
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    const values: unknown[] = [];
    for (const r of batch) for (const c of columns) values.push(r[c] ?? null);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, batch.length), values));
  }
}

/**
 * Vacuums and analyzes PostgreSQL tables after a bulk load outside a transaction, as an operator
 * would: autovacuum would otherwise do it on the newly loaded tables in the middle of whatever runs
 * next. SQLite is left as it is: it keeps no statistics unless asked, and its planner does without.
 */
export async function settleAfterBulkLoad(db: Db, tables: readonly (keyof Database)[]): Promise<void> {
  if (!isPostgres(db as never)) return;
  for (const table of tables) await sql`vacuum analyze ${sql.table(table)}`.execute(db);
}
