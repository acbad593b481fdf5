import type { Kysely } from 'kysely';

/** Which value the office chose for a fact that sources disagree on, and why. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fact_decisions')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fact_decisions_pk', ['entity', 'entity_id', 'field'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('fact_decisions').ifExists().execute();
}
