import type { Db } from './database.ts';
import { registryVersionRepository } from './registry-version.repository.ts';

/** Queries on places that their projection columns answer, built but not run. */
export const placeQueries = {
  /** Every place of a country, deleted ones and both layers included. */
  idsInCountry(db: Db, country: string) {
    return db.selectFrom('places').select('id').where('country', '=', country);
  },
  /** A place's parent, deleted or not. */
  parentOf(db: Db, id: string) {
    return db.selectFrom('places').select(['parent_id', 'deleted_at']).where('id', '=', id);
  },
  /** A place's layer: `registry` for the office's own places, `network` for those known only from the world network. */
  layersOf(db: Db, ids: readonly string[]) {
    return db.selectFrom('places').select(['id', 'layer']).where('id', 'in', ids);
  },
  /** Makes a place the world network brought in one of the registry's own. */
  toRegistry(db: Db, id: string) {
    return db.updateTable('places').set({ layer: 'registry' }).where('id', '=', id).where('layer', '=', 'network');
  },
};

export const placeRepository = {
  async parentOf(db: Db, id: string): Promise<{ parent_id: string | null; deleted_at: string | null } | undefined> {
    return placeQueries.parentOf(db, id).executeTakeFirst();
  },
  /** Each place's layer ('registry', 'network', …), read in one query. */
  async layersOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await placeQueries.layersOf(db, ids).execute()).map((row) => [row.id, row.layer]));
  },
  /** True when the place was the network's and now is the registry's. */
  async moveToRegistry(db: Db, id: string): Promise<boolean> {
    const result = await placeQueries.toRegistry(db, id).executeTakeFirst();
    await registryVersionRepository.bump(db);
    return Number(result.numUpdatedRows) === 1;
  },
};
