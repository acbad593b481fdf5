import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const MIGRATION_FILE = /^(\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+)\.(ts|js)$/;

/**
 * Every migration in src/storage/migrations, by name; names sort in the order they apply, so a
 * new table is one new timestamped file there and nothing else.
 */
async function loadMigrations(): Promise<Record<string, Migration>> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort();
  const entries = await Promise.all(
    files.map(
      async (f) => [f.replace(MIGRATION_FILE, '$1'), (await import(pathToFileURL(join(MIGRATIONS_DIR, f)).href)) as Migration] as const,
    ),
  );
  return Object.fromEntries(entries);
}

const provider: MigrationProvider = { getMigrations: loadMigrations };

/** Brings the schema up to date; safe to call on every start. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  // Naming the schema keeps the migrator from mistaking another schema's bookkeeping tables for its own.
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations not yet applied to the database, by name; none when its schema is current. */
export async function pendingMigrations(db: Kysely<Database>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}
