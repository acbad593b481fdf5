import { openStore, resolveDatabaseTarget, type Store } from '../storage/connect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { areaService } from './area.service.ts';
import { ensureNameIndex } from './name-index.service.ts';

/** Opens the database, brings its schema up to date and fills in the built-in vocabulary. */
export async function openRegistry(target: string = resolveDatabaseTarget()): Promise<Store> {
  const store = openStore(target);
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
