import { sql, type Kysely } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';

// Whole-database reads and writes for backups and their restore: tables and columns are read
// from the database itself, so a table a new migration adds is covered with no change here.
// Table and column names come from the database's own catalogue; every value is bound.

export interface ColumnInfo {
  name: string;
  /** The declared type: PostgreSQL's (`jsonb`, `integer`, …) or SQLite's. */
  type: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
}

export interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
}

const pg = (db: Db) => isPostgres(db as Kysely<unknown>);

/** Bound parameters per statement on SQLite, well under its limit of 32,766. */
const SQLITE_PARAMETERS = 30_000;

export const backupRepository = {
  /** Every ordinary table of the database (the migrator's own left out), with its columns in order. */
  async tables(db: Db): Promise<TableInfo[]> {
    const { rows } = pg(db)
      ? await sql<{ table_name: string; column_name: string; type: string }>`
          select c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) as type
          from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          join pg_attribute a on a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
            and a.attname = c.column_name
          where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name not like 'kysely\\_%'
          order by c.table_name, c.ordinal_position`.execute(db)
      : await sql<{ table_name: string; column_name: string; type: string }>`
          select m.name as table_name, p.name as column_name, p.type as type
          from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and m.name not like 'kysely\\_%' escape '\\'
            and coalesce(m.sql, '') not like 'CREATE VIRTUAL%'
          order by m.name, p.cid`.execute(db);
    const tables = new Map<string, TableInfo>();
    for (const r of rows) {
      const table = tables.get(r.table_name) ?? { name: r.table_name, columns: [] };
      table.columns.push({ name: r.column_name, type: r.type });
      tables.set(r.table_name, table);
    }
    return [...tables.values()];
  },

  /** The single-column foreign keys the schema declares. */
  async foreignKeys(db: Db): Promise<ForeignKey[]> {
    const { rows } = pg(db)
      ? await sql<ForeignKey>`
          select kcu.table_name as "table", kcu.column_name as "column", ccu.table_name as "refTable", ccu.column_name as "refColumn"
          from information_schema.table_constraints tc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
          order by 1, 2`.execute(db)
      : await sql<ForeignKey>`
          select m.name as "table", p."from" as "column", p."table" as "refTable", p."to" as "refColumn"
          from sqlite_master m join pragma_foreign_key_list(m.name) p
          where m.type = 'table'
          order by 1, 2`.execute(db);
    return rows;
  },

  async count(db: Db, table: string): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  /**
   * Runs `fn` in one transaction that sees the database as it was when it began, whatever is
   * written meanwhile: repeatable read and read only on PostgreSQL; on SQLite (in WAL mode) a
   * read transaction, whose snapshot the first read fixes.
   */
  async snapshot<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
    if (pg(db)) return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
    return db.transaction().execute(async (trx) => {
      await sql`select count(*) from sqlite_master`.execute(trx);
      return fn(trx);
    });
  },

  /** A table's rows as arrays in the order of `columns`, a chunk at a time. */
  async *rows(trx: Db, table: string, columns: readonly string[], chunk = 2_000): AsyncGenerator<unknown[][]> {
    const list = sql.join(columns.map((c) => sql.ref(c)));
    if (!pg(trx)) {
      // better-sqlite3 steps through the statement: the table is never held in memory whole.
      const anyTable = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
      let batch: unknown[][] = [];
      for await (const row of anyTable.selectFrom(table).select(columns).stream(chunk)) {
        batch.push(columns.map((c) => row[c]));
        if (batch.length >= chunk) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
      return;
    }
    await sql`declare amity_backup no scroll cursor for select ${list} from ${sql.table(table)}`.execute(trx);
    try {
      for (;;) {
        const { rows } = await sql<Record<string, unknown>>`fetch forward ${sql.lit(chunk)} from amity_backup`.execute(trx);
        if (rows.length === 0) break;
        yield rows.map((row) => columns.map((c) => row[c]));
      }
    } finally {
      await sql`close amity_backup`.execute(trx);
    }
  },

  /** The last number each self-numbering table handed out. */
  async sequences(db: Db, tables: readonly TableInfo[]): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    if (!pg(db)) {
      const { rows } = await sql<{ name: string; seq: number }>`select name, seq from sqlite_sequence`.execute(db);
      for (const r of rows) out[r.name] = Number(r.seq);
      return out;
    }
    for (const table of tables) {
      const { rows } = await sql<{ column_name: string; last: number | null }>`
        select c.column_name, s.last_value as last
        from information_schema.columns c
        join pg_sequences s on (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::regclass
          = pg_get_serial_sequence(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), c.column_name)::regclass
        where c.table_schema = current_schema() and c.table_name = ${table.name}`.execute(db);
      if (rows[0]) out[table.name] = Number(rows[0].last ?? 0);
    }
    return out;
  },

  /** Sets the last number handed out, so new rows are numbered after the restored ones. */
  async setSequence(trx: Db, table: string, column: string, last: number): Promise<void> {
    if (!pg(trx)) {
      await sql`delete from sqlite_sequence where name = ${table}`.execute(trx);
      if (last > 0) await sql`insert into sqlite_sequence (name, seq) values (${table}, ${last})`.execute(trx);
      return;
    }
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), ${Math.max(last, 1)}, ${last > 0})`.execute(trx);
  },

  /** On SQLite, checks the foreign keys when the transaction commits rather than row by row. */
  async deferForeignKeys(trx: Db): Promise<void> {
    if (!pg(trx)) await sql`pragma defer_foreign_keys = on`.execute(trx);
  },

  async clear(trx: Db, table: string): Promise<void> {
    await sql`delete from ${sql.table(table)}`.execute(trx);
  },

  /**
   * Inserts rows given as arrays in the order of `columns`, numbers included: on PostgreSQL one
   * statement with an array per column (`unnest`), which checks foreign keys once at its end; on
   * SQLite multi-row statements.
   */
  async insert(trx: Db, table: string, columns: readonly ColumnInfo[], rows: readonly unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const names = sql.join(columns.map((c) => sql.ref(c.name)));
    if (pg(trx)) {
      const arrays = columns.map((c, i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(arrayType(c.type))}`);
      await sql`insert into ${sql.table(table)} (${names}) overriding system value select * from unnest(${sql.join(arrays)})`.execute(trx);
      return;
    }
    const size = Math.max(1, Math.floor(SQLITE_PARAMETERS / columns.length));
    for (let i = 0; i < rows.length; i += size) {
      const values = rows.slice(i, i + size).map((r) => sql`(${sql.join(r.map((v) => (typeof v === 'boolean' ? Number(v) : v)))})`);
      await sql`insert into ${sql.table(table)} (${names}) values ${sql.join(values)}`.execute(trx);
    }
  },

  /** Writes a consistent copy of a SQLite database to a new file (`VACUUM INTO`). */
  async copySqlite(db: Db, file: string): Promise<void> {
    await sql`vacuum into ${file}`.execute(db);
  },
};

/** The array type of a PostgreSQL column's type, from its catalogue name (`integer` → `integer[]`). */
function arrayType(type: string): string {
  if (!/^[a-z][a-z0-9 ()," ]*$/.test(type)) throw new Error(`unexpected column type ${type}`);
  return `${type}[]`;
}
