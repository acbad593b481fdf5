import type { Db } from './database.ts';

/** Queries of the network statistics that the record repositories do not answer. */
export const statsRepository = {
  /** The home places of live published figures, the most figured first, then by id. */
  async homesByFigures(db: Db): Promise<{ home_place_id: string; n: number }[]> {
    return db
      .selectFrom('figures')
      .select((eb) => ['home_place_id', eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .groupBy('home_place_id')
      .orderBy('n', 'desc')
      .orderBy('home_place_id')
      .execute();
  },
};
