import { Migrator, sql, type Kysely, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Database } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';
import { MIGRATIONS } from './migrations/index.ts';

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// Naming the schema keeps the migrator from mistaking another schema's bookkeeping tables for its own.
const migratorOf = (db: Kysely<Database>, schema?: string) =>
  new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });

/** Brings the schema up to date; safe to call on every start. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  return settle(await migratorOf(db, schema).migrateToLatest());
}

/** Moves the schema up or down to the named migration (a backup's version, before its rows go in). */
export async function migrateTo(db: Kysely<Database>, name: string, schema?: string): Promise<string[]> {
  return settle(await migratorOf(db, schema).migrateTo(name));
}

export interface SchemaStatus {
  /** The migrations this database has had, in order; its version is the last. */
  applied: string[];
  /** The migrations this Amity knows and the database has not had yet. */
  pending: string[];
  /** The migrations the database has had and this Amity does not know (a newer Amity made them). */
  unknown: string[];
  /** The newest migration this Amity knows. */
  latest: string;
}

/** Where a database's schema stands against this Amity's migrations; reads only. */
export async function schemaStatus(db: Kysely<Database>): Promise<SchemaStatus> {
  const known = Object.keys(MIGRATIONS).sort();
  const applied = (await appliedMigrations(db)).sort();
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
    latest: known.at(-1) ?? '',
  };
}

/** The names in the migrator's own table (looked up in the connection's schema); none before the first migration. */
async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const exists = isPostgres(db as never)
    ? sql<{ found: string | null }>`select to_regclass('kysely_migration')::text as found`
    : sql<{ found: string | null }>`select name as found from sqlite_master where type = 'table' and name = 'kysely_migration'`;
  const { rows } = await exists.execute(db);
  if (!rows[0]?.found) return [];
  const names = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return names.rows.map((r) => r.name);
}

function settle({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations not yet applied to the database, by name; none when its schema is current. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  return (await schemaStatus(db)).pending;
}
