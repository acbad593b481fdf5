import { performance } from 'node:perf_hooks';
import { CompiledQuery } from 'kysely';
import { isPostgres } from '../src/storage/migrations/dialect.ts';
import type { Database, Db } from '../src/storage/database.ts';

/**
 * The floor an import of the world network is measured against: the rows the import wrote
 * (its places, their name keys, near-spelling keys and references, and the ties) read back,
 * then loaded again into the same tables of the same database in one transaction with plain
 * multi-row INSERTs of up to 30,000 bound values each: no reading, no matching, no key derivation.
 */
type Rows = { table: keyof Database; rows: Record<string, unknown>[] }[];

const networkPlaceIds = (db: Db) => db.selectFrom('places').select('id').where('layer', '=', 'network');

function parentsFirst(rows: Record<string, unknown>[]) {
  const ids = new Set(rows.map((r) => r.id));
  return rows.sort((a, b) => Number(ids.has(a.parent_id)) - Number(ids.has(b.parent_id)));
}

export async function networkRows(db: Db): Promise<Rows> {
  const plain = (rows: object[]) =>
    rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v])),
    );
  return [
    { table: 'places', rows: parentsFirst(plain(await db.selectFrom('places').selectAll().where('layer', '=', 'network').execute())) },
    {
      table: 'refs',
      rows: plain(
        await db.selectFrom('refs').selectAll().where('from_entity', '=', 'place').where('from_id', 'in', networkPlaceIds(db)).execute(),
      ),
    },
    {
      table: 'name_keys',
      rows: plain(
        await db.selectFrom('name_keys').selectAll().where('entity', '=', 'place').where('entity_id', 'in', networkPlaceIds(db)).execute(),
      ),
    },
    {
      table: 'name_fuzz',
      rows: plain(
        await db.selectFrom('name_fuzz').selectAll().where('entity', '=', 'place').where('entity_id', 'in', networkPlaceIds(db)).execute(),
      ),
    },
    {
      table: 'network_ties',
      rows: plain(
        await db
          .selectFrom('network_ties')
          .select(['place_a_id', 'place_b_id', 'source_id', 'source_rows', 'type', 'created_at'])
          .execute(),
      ),
    },
  ];
}

/** Removes what `networkRows` read, so that the floor can load it again. */
export async function deleteNetworkRows(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('network_ties').execute();
    await trx.deleteFrom('name_fuzz').where('entity', '=', 'place').where('entity_id', 'in', networkPlaceIds(trx)).execute();
    await trx.deleteFrom('name_keys').where('entity', '=', 'place').where('entity_id', 'in', networkPlaceIds(trx)).execute();
    await trx.deleteFrom('refs').where('from_entity', '=', 'place').where('from_id', 'in', networkPlaceIds(trx)).execute();
    // Children before parents: the network places that are parents of others go last.
    for (;;) {
      const result = await trx
        .deleteFrom('places')
        .where('layer', '=', 'network')
        .where('id', 'not in', trx.selectFrom('places').select('parent_id').where('parent_id', 'is not', null))
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) break;
    }
  });
}

/** `insert into table (columns) values (…), …` for `count` rows, with each dialect's placeholders. */
function insertText(table: string, columns: string[], count: number, postgres: boolean): string {
  let n = 0;
  const row = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(',')})`;
  return `insert into ${table} (${columns.join(',')}) values ${Array.from({ length: count }, row).join(',')}`;
}

/** Loads the rows in one transaction; returns the milliseconds it took. */
export async function bulkLoad(db: Db, tables: Rows): Promise<number> {
  const postgres = isPostgres(db as never);
  const start = performance.now();
  await db.transaction().execute(async (trx) => {
    for (const { table, rows } of tables) {
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      const size = Math.floor(30_000 / columns.length);
      const full = insertText(table, columns, size, postgres);
      for (let i = 0; i < rows.length; i += size) {
        const batch = rows.slice(i, i + size);
        const text = batch.length === size ? full : insertText(table, columns, batch.length, postgres);
        await trx.executeQuery(
          CompiledQuery.raw(
            text,
            batch.flatMap((r) => columns.map((c) => r[c] ?? null)),
          ),
        );
      }
    }
  });
  return performance.now() - start;
}
