import { openStore, resolveDatabaseTarget, type Store } from '../storage/connect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { areaService } from './area.service.ts';
import { ensureNameIndex } from './name-index.service.ts';

/**
 * Opens the database, brings its schema up to date and fills in the built-in vocabulary. The
 * target is a SQLite file or a postgres:// URL; by default AMITY_DATABASE_URL, else ./data/amity.db.
 */
export async function openRegistry(target?: string): Promise<Store> {
  const store = openStore(resolveDatabaseTarget(target));
  try {
    await prepareRegistry(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export async function prepareRegistry(store: Store): Promise<string[]> {
  const applied = await migrateToLatest(store.db, store.schema);
  await areaService.ensureBuiltins(store.db);
  await ensureNameIndex(store.db);
  return applied;
}

/** Creates the database, or brings its schema up to date; says where it is and which migrations it applied. */
export async function initRegistry(target?: string): Promise<{ location: string; applied: string[] }> {
  const store = openStore(resolveDatabaseTarget(target));
  try {
    return { location: store.location, applied: await prepareRegistry(store) };
  } finally {
    await store.close();
  }
}
