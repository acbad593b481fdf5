import type { Db } from './database.ts';

/** A tie as the statistics read it, with its two places: the home side and the partner. */
export interface StatsTieRow {
  id: string;
  sort_name: string;
  /** The stored document, which holds the history. */
  doc: unknown;
  home_id: string;
  home_doc: unknown;
  home_country: string;
  home_kind: string;
  partner_id: string;
  partner_doc: unknown;
  partner_country: string;
  partner_kind: string;
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

  /** The place on the home side (side a) of the most live ties, then by id: counted by the database, one row. */
  homeSideOfMostTies(db: Db, publicOnly: boolean) {
    let q = db
      .selectFrom('partnerships')
      .select((eb) => ['place_a_id', eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null);
    if (publicOnly) q = q.where('visibility', '=', 'public');
    return q.groupBy('place_a_id').orderBy('n', 'desc').orderBy('place_a_id').limit(1);
  },

  /**
   * The live ties of the home places with their two live places, the home side first: one
   * half per side, each served by its side's index; the home side's ties first.
   */
  tiesOf(db: Db, homeIds: readonly string[], publicOnly: boolean) {
    const side = (home: 'place_a_id' | 'place_b_id', partner: 'place_a_id' | 'place_b_id', order: number) => {
      let q = db
        .selectFrom('partnerships as t')
        .innerJoin('places as h', 'h.id', `t.${home}`)
        .innerJoin('places as o', 'o.id', `t.${partner}`)
        .select((eb) => [
          eb.val(order).as('side'),
          't.id',
          't.sort_name',
          't.doc',
          'h.id as home_id',
          'h.doc as home_doc',
          'h.country as home_country',
          'h.kind as home_kind',
          'o.id as partner_id',
          'o.doc as partner_doc',
          'o.country as partner_country',
          'o.kind as partner_kind',
        ])
        .where(`t.${home}`, 'in', [...homeIds])
        .where('t.deleted_at', 'is', null)
        .where('h.deleted_at', 'is', null)
        .where('o.deleted_at', 'is', null);
      if (publicOnly) q = q.where('t.visibility', '=', 'public').where('h.visibility', '=', 'public').where('o.visibility', '=', 'public');
      return q;
    };
    return db
      .selectFrom(
        side('place_a_id', 'place_b_id', 0)
          .unionAll(side('place_b_id', 'place_a_id', 1))
          .as('ties'),
      )
      .selectAll()
      .orderBy('side')
      .orderBy('sort_name')
      .orderBy('id');
  },
};

/** Queries of the network statistics that the record repositories do not answer. */
export const statsRepository = {
  async homesByFigures(db: Db): Promise<{ home_place_id: string; n: number }[]> {
    return statsQueries.homesByFigures(db).execute();
  },

  async homeSideOfMostTies(db: Db, publicOnly: boolean): Promise<string | null> {
    return (await statsQueries.homeSideOfMostTies(db, publicOnly).executeTakeFirst())?.place_a_id ?? null;
  },

  async tiesOf(db: Db, homeIds: readonly string[], publicOnly: boolean): Promise<StatsTieRow[]> {
    if (homeIds.length === 0) return [];
    return statsQueries.tiesOf(db, homeIds, publicOnly).execute();
  },
};
