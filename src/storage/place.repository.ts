import type { Db } from './database.ts';

/** Queries on places that only their projection columns answer. */
export const placeRepository = {
  /** Every place of a country, deleted ones and both layers included. */
  async idsInCountry(db: Db, country: string): Promise<string[]> {
    return (await db.selectFrom('places').select('id').where('country', '=', country).execute()).map((r) => r.id);
  },
};
