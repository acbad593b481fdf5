import type { Kysely } from 'kysely';
import { addAutoId } from './dialect.ts';

/**
 * The world network: ties between places that a dataset lists, kept apart from the
 * registry's partnerships so they never enter a home place's own records or figures.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addAutoId(db, db.schema.createTable('network_ties'))
    .addColumn('place_a_id', 'text', (c) => c.notNull().references('places.id'))
    .addColumn('place_b_id', 'text', (c) => c.notNull().references('places.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('source_rows', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('network_ties_pair', ['place_a_id', 'place_b_id', 'source_id'])
    .execute();
  await db.schema.createIndex('network_ties_b').on('network_ties').column('place_b_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('network_ties').ifExists().execute();
}
