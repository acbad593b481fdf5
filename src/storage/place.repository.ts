import type { Db } from './database.ts';

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
};

export const placeRepository = {
  async idsInCountry(db: Db, country: string): Promise<string[]> {
    return (await placeQueries.idsInCountry(db, country).execute()).map((r) => r.id);
  },
  async parentOf(db: Db, id: string): Promise<{ parent_id: string | null; deleted_at: string | null } | undefined> {
    return placeQueries.parentOf(db, id).executeTakeFirst();
  },
};
