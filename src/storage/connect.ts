import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

export type Backend = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  backend: Backend;
  /** Where the data lives, without credentials. */
  location: string;
  /** The PostgreSQL schema the registry lives in, when one is named. */
  schema?: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE = './data/amity.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/** The database named by `--db`, else `AMITY_DATABASE_URL`, else the embedded default. */
export function resolveDatabaseTarget(option?: string): string {
  return option ?? process.env.AMITY_DATABASE_URL ?? DEFAULT_DATABASE;
}

// PostgreSQL's bigint (counts, sums) arrives as a string; the registry's counts fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

function openPostgres(target: string): Store {
  const url = new URL(target);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema '${schema}' is not a plain lower-case identifier`);
  }
  // A named schema is every connection's search path; the migrator creates it.
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = `postgres://${url.host}${url.pathname}${schema ? ` (schema ${schema})` : ''}`;
  return { db, backend: 'postgres', location, schema: schema ?? undefined, close: () => db.destroy() };
}

function openSqlite(target: string): Store {
  const path = target === ':memory:' ? target : resolve(target);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, backend: 'sqlite', location: path, close: () => db.destroy() };
}

const STATEMENTS_KEPT = 500;

/**
 * The connection with its prepared statements kept by their SQL and reused, as Kysely prepares
 * every query it runs: the same query with other parameters skips SQLite's parsing and planning.
 * A statement still being read (a stream) is not handed out again; a fresh one is prepared.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const kept = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        const statement = kept.get(source);
        if (statement && !statement.busy) return statement;
        const fresh = prepare(source);
        if (!statement) {
          kept.set(source, fresh);
          if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
        }
        return fresh;
      };
    },
  });
}

export function openStore(target: string = resolveDatabaseTarget()): Store {
  return isPostgresUrl(target) ? openPostgres(target) : openSqlite(target);
}
