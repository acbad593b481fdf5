import { sql, type Insertable } from 'kysely';
import type { Scope } from '../domain/scope.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { Db, NetworkTiesTable } from './database.ts';

export interface TieRow {
  id: number;
  place_a_id: string;
  place_b_id: string;
  source_id: string;
  source_rows: string;
  type: string;
}

export const networkRepository = {
  async insertTies(db: Db, rows: readonly Insertable<NetworkTiesTable>[]): Promise<void> {
    await bulkInsert(db, 'network_ties', rows);
  },

  async setTieRows(db: Db, id: number, sourceRows: string): Promise<void> {
    await db.updateTable('network_ties').set({ source_rows: sourceRows }).where('id', '=', id).execute();
  },

  async tiesOfSource(db: Db, sourceId: string): Promise<TieRow[]> {
    return db
      .selectFrom('network_ties')
      .select(['id', 'place_a_id', 'place_b_id', 'source_id', 'source_rows', 'type'])
      .where('source_id', '=', sourceId)
      .execute();
  },

  /** How many ties the world network holds. */
  /** Whether the registry holds any tie of the world network, without counting them. */
  async hasTies(db: Db): Promise<boolean> {
    const row = await db.selectFrom('network_ties').select(sql<number>`1`.as('one')).limit(1).executeTakeFirst();
    return row !== undefined;
  },

  async allTies(db: Db): Promise<TieRow[]> {
    return db
      .selectFrom('network_ties')
      .select(['id', 'place_a_id', 'place_b_id', 'source_id', 'source_rows', 'type'])
      .orderBy('id')
      .execute();
  },

  /** Every live place with the columns matching needs. */
  async livePlaces(db: Db) {
    return db
      .selectFrom('places')
      .select(['id', 'layer', 'kind', 'country', 'parent_id', 'lat', 'lng'])
      .where('deleted_at', 'is', null)
      .execute();
  },

  async placeNameKeys(db: Db): Promise<{ entity_id: string; key: string }[]> {
    return db.selectFrom('name_keys').select(['entity_id', 'key']).where('entity', '=', 'place').execute();
  },

  /** Every live place `scope` may read, with its document, for the network graph. */
  async graphPlaces(db: Db, scope: Scope) {
    const q = db
      .selectFrom('places')
      .select(['id', 'doc', 'layer', 'kind', 'country', 'parent_id', 'lat', 'lng', 'sort_name', 'visibility'])
      .where('deleted_at', 'is', null);
    return (scope.records === 'public' ? q.where('visibility', '=', 'public') : q).execute();
  },

  /** How many partnerships there are and when the latest changed: part of the graph's stamp. */
  async partnershipsStamp(db: Db): Promise<{ n: number; latest: string | null } | undefined> {
    return db
      .selectFrom('partnerships')
      .select([sql<number>`count(*)`.as('n'), sql<string | null>`max(updated_at)`.as('latest')])
      .executeTakeFirst();
  },

  /** The latest audited change to a place (a rename, a deletion, a merge): part of the graph's stamp. */
  async latestPlaceAuditId(db: Db): Promise<number | null> {
    const row = await db
      .selectFrom('audit_log')
      .select(sql<number | null>`max(id)`.as('id'))
      .where('entity', '=', 'place')
      .executeTakeFirst();
    return row?.id ?? null;
  },
};
