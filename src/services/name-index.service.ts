import type { EntityKind } from '../records/kinds.ts';
import { NAME_KEYS_VERSION } from '../domain/names.ts';
import { assertCanAdminister } from '../domain/permissions.ts';
import type { Db } from '../storage/database.ts';
import { metaRepository } from '../storage/meta.repository.ts';
import { inTransaction, type Ctx } from './context.ts';
import { SERVICES } from './records.service.ts';

const VERSION_KEY = 'name_keys.version';

async function rebuildAll(db: Db): Promise<Record<EntityKind, number>> {
  const counts = {} as Record<EntityKind, number>;
  for (const [kind, service] of Object.entries(SERVICES) as [EntityKind, (typeof SERVICES)[EntityKind]][]) {
    counts[kind] = await service.rebuildIndexes(db);
  }
  await metaRepository.set(db, VERSION_KEY, String(NAME_KEYS_VERSION));
  return counts;
}

/** Rebuilds the reference and name indexes of every record from the records themselves: `amity reindex`. */
export async function rebuildIndexes(ctx: Ctx): Promise<Record<EntityKind, number>> {
  assertCanAdminister(ctx.actor, 'rebuild the indexes');
  return inTransaction(ctx.db, rebuildAll);
}

/** Rebuilds the indexes when they were made by another version of the name keys; true when it did. */
export async function ensureNameIndex(db: Db): Promise<boolean> {
  if ((await metaRepository.get(db, VERSION_KEY)) === String(NAME_KEYS_VERSION)) return false;
  await inTransaction(db, rebuildAll);
  return true;
}
