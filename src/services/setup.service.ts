import { existsSync } from 'node:fs';
import { AmityError } from '../domain/errors.ts';
import { backupRepository } from '../storage/backup.repository.ts';
import { openStore, resolveDatabaseTarget, type Store } from '../storage/connect.ts';
import { migrateToLatest, schemaStatus } from '../storage/migrate.ts';
import { areaService } from './area.service.ts';
import { ensureNameIndex } from './name-index.service.ts';

export interface OpenOptions {
  /**
   * The file's quick check (`quickCheck`), begun by the caller: a SQLite file whose pages it finds
   * damaged is refused before anything is written to it (what `serve` and `start` do).
   */
  quickCheck?: Promise<string[]>;
  /** Where to say what was done on the way (a copy made before migrating). */
  say?: (line: string) => void;
}

/**
 * Opens the database, brings its schema up to date and fills in the built-in vocabulary. The
 * target is a SQLite file or a postgres:// URL; by default AMITY_DATABASE_URL, else ./data/amity.db.
 */
export async function openRegistry(target?: string, options: OpenOptions = {}): Promise<Store> {
  const store = openStore(resolveDatabaseTarget(target));
  try {
    if (options.quickCheck) refuseDamaged(store, await options.quickCheck);
    await prepareRegistry(store, options);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export async function prepareRegistry(store: Store, options: Pick<OpenOptions, 'say'> = {}): Promise<string[]> {
  await copyBeforeMigrating(store, options.say);
  const applied = await migrateToLatest(store.db, store.schema);
  await areaService.ensureBuiltins(store.db);
  await ensureNameIndex(store.db);
  return applied;
}

/** Creates the database, or brings its schema up to date; says where it is and which migrations it applied. */
export async function initRegistry(target?: string, say?: (line: string) => void): Promise<{ location: string; applied: string[] }> {
  const store = openStore(resolveDatabaseTarget(target));
  try {
    return { location: store.location, applied: await prepareRegistry(store, { say }) };
  } finally {
    await store.close();
  }
}

/** One line, and no start, for a SQLite file SQLite's quick check finds damaged. */
function refuseDamaged(store: Store, found: string[]): void {
  if (found.length === 0) return;
  throw new AmityError(
    'unsupported',
    `${store.location} is damaged (${found[0]}${found.length > 1 ? `, and ${found.length - 1} more` : ''}): not opened; 'amity doctor' says more, 'amity restore' brings back a backup`,
  );
}

/**
 * Before a SQLite file that already holds a registry is migrated, keeps a copy of it beside it
 * (`<file>.before-<migration>.bak`), so that a migration that goes wrong loses nothing.
 */
async function copyBeforeMigrating(store: Store, say?: (line: string) => void): Promise<void> {
  if (store.backend !== 'sqlite' || store.location === ':memory:') return;
  const status = await schemaStatus(store.db);
  if (status.applied.length === 0 || status.pending.length === 0) return;
  const copy = `${store.location}.before-${status.pending[0]}.bak`;
  if (existsSync(copy)) return;
  await backupRepository.copySqlite(store.db, copy);
  say?.(`Copied ${store.location} to ${copy} before migrating it to ${status.latest}.`);
}
