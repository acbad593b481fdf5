import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.ts';
import * as registry from './migrations/2026-11-22T0900-registry.ts';
import * as accounts from './migrations/2026-11-22T1200-accounts.ts';
import * as facts from './migrations/2026-11-22T1500-facts.ts';
import * as network from './migrations/2026-11-22T1600-network.ts';
import * as officeYear from './migrations/2026-11-22T1700-office-year.ts';
import * as nameSearch from './migrations/2026-11-22T1800-name-search.ts';

/** Every migration, by name; names sort in the order they apply. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-22T0900-registry': registry,
  '2026-11-22T1200-accounts': accounts,
  '2026-11-22T1500-facts': facts,
  '2026-11-22T1600-network': network,
  '2026-11-22T1700-office-year': officeYear,
  '2026-11-22T1800-name-search': nameSearch,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

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
