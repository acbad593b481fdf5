import type { Kysely } from 'kysely';

/**
 * A place's ties in list order: one index per side, each ordered as lists sort, so a page of a
 * place's ties reads its rows in order from two index ranges merged, instead of sorting every
 * tie of the place. They replace the single-column indexes of each side, which they cover.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('partnerships_a_sorted').on('partnerships').columns(['place_a_id', 'sort_name', 'id']).execute();
  await db.schema.createIndex('partnerships_b_sorted').on('partnerships').columns(['place_b_id', 'sort_name', 'id']).execute();
  await db.schema.dropIndex('partnerships_a').execute();
  await db.schema.dropIndex('partnerships_b').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('partnerships_a').on('partnerships').column('place_a_id').execute();
  await db.schema.createIndex('partnerships_b').on('partnerships').column('place_b_id').execute();
  await db.schema.dropIndex('partnerships_a_sorted').execute();
  await db.schema.dropIndex('partnerships_b_sorted').execute();
}
