import type { Db } from './database.ts';

/** A tie as the statistics read it: its places and its stored document, which holds the history. */
export interface StatsTieRow {
  id: string;
  place_a_id: string;
  place_b_id: string;
  sort_name: string;
  doc: unknown;
}

/** A place as the statistics read it. */
export interface StatsPlaceRow {
  id: string;
  doc: unknown;
  country: string;
  kind: string;
}

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

  /** The live ties of the home places on either side, each index serving its own half. */
  tiesOf(db: Db, homeIds: readonly string[], publicOnly: boolean) {
    const side = (column: 'place_a_id' | 'place_b_id') => {
      let q = db
        .selectFrom('partnerships')
        .select(['id', 'place_a_id', 'place_b_id', 'sort_name', 'doc'])
        .where(column, 'in', [...homeIds])
        .where('deleted_at', 'is', null);
      if (publicOnly) q = q.where('visibility', '=', 'public');
      return q;
    };
    return side('place_a_id').unionAll(side('place_b_id'));
  },

  /** Live places by id. */
  placesByIds(db: Db, ids: readonly string[], publicOnly: boolean) {
    let q = db
      .selectFrom('places')
      .select(['id', 'doc', 'country', 'kind'])
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null);
    if (publicOnly) q = q.where('visibility', '=', 'public');
    return q;
  },
};

/** Queries of the network statistics that the record repositories do not answer. */
export const statsRepository = {
  async homesByFigures(db: Db): Promise<{ home_place_id: string; n: number }[]> {
    return statsQueries.homesByFigures(db).execute();
  },

  async tiesOf(db: Db, homeIds: readonly string[], publicOnly: boolean): Promise<StatsTieRow[]> {
    if (homeIds.length === 0) return [];
    return statsQueries.tiesOf(db, homeIds, publicOnly).execute();
  },

  async placesByIds(db: Db, ids: readonly string[], publicOnly: boolean): Promise<StatsPlaceRow[]> {
    const out: StatsPlaceRow[] = [];
    for (let i = 0; i < ids.length; i += 500)
      out.push(...(await statsQueries.placesByIds(db, ids.slice(i, i + 500), publicOnly).execute()));
    return out;
  },
};
