import type { Db } from './database.ts';

/** The statistics' own queries, built but not run, so that their SQL can be reviewed per dialect. */
export const statsQueries = {
  /** The home places of live published figures, the most figured first, then by id. */
  homesByFigures(db: Db) {
    return db
      .selectFrom('figures')
      .select((eb) => ['home_place_id', eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .groupBy('home_place_id')
      .orderBy('n', 'desc')
      .orderBy('home_place_id');
  },
};

/** Queries of the network statistics that the record repositories do not answer. */
export const statsRepository = {
  async homesByFigures(db: Db): Promise<{ home_place_id: string; n: number }[]> {
    return statsQueries.homesByFigures(db).execute();
  },
};
