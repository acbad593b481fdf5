import type { Kysely } from 'kysely';
import { columnTypes } from './dialect.ts';

/** Follow-up tasks, the office's settings, diplomatic relations between countries, and calendar-only tokens. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { json } = columnTypes(db);
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('internal'))
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_due').on('tasks').columns(['status', 'due']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', json, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('country_relations')
    .addColumn('country_a', 'text', (c) => c.notNull())
    .addColumn('country_b', 'text', (c) => c.notNull())
    .addColumn('established', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('sources.id'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('country_relations_pk', ['country_a', 'country_b'])
    .execute();

  await db.schema
    .alterTable('api_tokens')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('api'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('scope').execute();
  for (const table of ['country_relations', 'settings', 'tasks']) await db.schema.dropTable(table).ifExists().execute();
}
