import type { CountryRelationsTable, Db } from './database.ts';

export type CountryRelationRow = CountryRelationsTable;

export const countryRelationsRepository = {
  async all(db: Db): Promise<CountryRelationRow[]> {
    return db.selectFrom('country_relations').selectAll().orderBy('country_a').orderBy('country_b').execute();
  },

  /** Writes the relation of the pair, replacing the one it had. */
  async upsert(db: Db, row: CountryRelationRow): Promise<void> {
    await db
      .insertInto('country_relations')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['country_a', 'country_b']).doUpdateSet({ established: row.established, source_id: row.source_id, note: row.note }),
      )
      .execute();
  },
};
