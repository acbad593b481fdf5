import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Column types that differ between the two backends. */
export function columnTypes(db: Kysely<unknown>) {
  const pg = isPostgres(db);
  return {
    json: pg ? ('jsonb' as const) : ('text' as const),
    real: pg ? ('double precision' as const) : ('real' as const),
    /** Text compared byte by byte, so that a range of keys is the same range on both backends. */
    key: pg ? sql`text collate "C"` : sql`text`,
  };
}

/** An integer primary key the database numbers itself. */
export function addAutoId<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>) {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export { sql };
