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
