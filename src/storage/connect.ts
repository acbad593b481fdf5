import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import type { Database } from './database.ts';
import { isPostgresUrl, resolveDatabaseTarget } from './target.ts';

export type Backend = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  backend: Backend;
  /** Where the data lives, without credentials. */
  location: string;
  /** The PostgreSQL schema the registry lives in, when one is named. */
  schema?: string;
  /** Opened to be read only: nothing is migrated and every write is refused. */
  readOnly: boolean;
  /** The connections the store holds, for the metrics. */
  poolState(): PoolState;
  /**
   * Called when a connection fails outside a query (a server restarted, a connection terminated);
   * the connection is dropped and the next query opens a new one.
   */
  onConnectionError(listener: (error: Error) => void): void;
  /** What was opened (`:memory:`, a file, a URL with its credentials), for worker threads to open it again. */
  target?: string;
  close(): Promise<void>;
}

export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
}

export interface OpenOptions {
  /** Open the database to read only (SQLite's read-only mode; PostgreSQL sessions default to read only). */
  readOnly?: boolean;
  /** SQLite's page cache, in KiB, when less than its 16 MB (better-sqlite3's default) is to be kept. */
  pageCacheKiB?: number;
}

export { DEFAULT_DATABASE, isPostgresUrl, resolveDatabaseTarget } from './target.ts';

let pg: typeof Pg | undefined;

/** The PostgreSQL driver, loaded by the first store that needs it: a server on SQLite never does. */
function postgresDriver(): typeof Pg {
  if (pg) return pg;
  pg = createRequire(import.meta.url)('pg') as typeof Pg;
  // PostgreSQL's bigint (counts, sums) arrives as a string; the registry's counts fit a JS number.
  pg.types.setTypeParser(20, (v) => Number(v));
  return pg;
}

function openPostgres(target: string, { readOnly = false }: OpenOptions): Store {
  const url = new URL(target);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema '${schema}' is not a plain lower-case identifier`);
  }
  // A named schema is every connection's search path; the migrator creates it.
  const settings = [...(schema ? [`-c search_path=${schema}`] : []), ...(readOnly ? ['-c default_transaction_read_only=on'] : [])];
  const pool = new (postgresDriver().Pool)({
    connectionString: url.toString(),
    max: 10,
    connectionTimeoutMillis: 5000,
    keepAlive: true,
    ...(settings.length ? { options: settings.join(' ') } : {}),
  });
  // A connection the server drops (a restart, a failover, pg_terminate_backend) emits 'error'; unheard,
  // that event would end the process. The pool forgets an idle client that failed; one in use fails its query.
  const listeners = new Set<(error: Error) => void>();
  const report = (error: Error) => {
    for (const listener of listeners) listener(error);
  };
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = `postgres://${url.host}${url.pathname}${schema ? ` (schema ${schema})` : ''}`;
  return {
    db,
    backend: 'postgres',
    location,
    schema: schema ?? undefined,
    target,
    readOnly,
    poolState: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    onConnectionError: (listener) => void listeners.add(listener),
    close: () => db.destroy(),
  };
}

function openSqlite(target: string, { readOnly = false, pageCacheKiB }: OpenOptions): Store {
  const path = target === ':memory:' ? target : resolve(target);
  if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path, { readonly: readOnly, fileMustExist: readOnly });
  if (!readOnly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  if (pageCacheKiB !== undefined) sqlite.pragma(`cache_size = -${Math.max(1, Math.trunc(pageCacheKiB))}`);
  if (!readOnly) sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // One connection, in the process: it is in use while a query runs, else idle.
  return {
    db,
    backend: 'sqlite',
    location: path,
    target: path,
    readOnly,
    poolState: () => ({ total: sqlite.open ? 1 : 0, idle: sqlite.open && !sqlite.inTransaction ? 1 : 0, waiting: 0 }),
    onConnectionError: () => {},
    close: () => db.destroy(),
  };
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

export function openStore(target: string = resolveDatabaseTarget(), options: OpenOptions = {}): Store {
  return isPostgresUrl(target) ? openPostgres(target, options) : openSqlite(target, options);
}
