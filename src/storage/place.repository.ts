import type { Db } from './database.ts';

/** Queries on places that their projection columns answer, built but not run. */
export const placeQueries = {
  /** Every place of a country, deleted ones and both layers included. */
  idsInCountry(db: Db, country: string) {
    return db.selectFrom('places').select('id').where('country', '=', country);
  },
};

export const placeRepository = {
  async idsInCountry(db: Db, country: string): Promise<string[]> {
    return (await placeQueries.idsInCountry(db, country).execute()).map((r) => r.id);
  },
};
