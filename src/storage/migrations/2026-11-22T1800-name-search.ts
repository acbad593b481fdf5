import type { Kysely } from 'kysely';
import { columnTypes } from './dialect.ts';

/**
 * Search by name across scripts: `name_keys` gains how each key was made and the
 * name it was made from, `name_fuzz` holds the one-deletion keys for near spellings,
 * and `merges` keeps what each merge changed so it can be undone. The name index is
 * derived data: it is recreated empty here and rebuilt when the registry is opened.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { json, key } = columnTypes(db);
  await db.schema.dropTable('name_keys').execute();
  await db.schema
    .createTable('name_keys')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('key', key, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('name_keys_key').on('name_keys').columns(['key', 'entity']).execute();
  await db.schema.createIndex('name_keys_record').on('name_keys').columns(['entity', 'entity_id']).execute();

  await db.schema
    .createTable('name_fuzz')
    .addColumn('key', key, (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('base', 'text', (c) => c.notNull())
    .addColumn('whole', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('name_fuzz_key').on('name_fuzz').columns(['key', 'entity']).execute();
  await db.schema.createIndex('name_fuzz_record').on('name_fuzz').columns(['entity', 'entity_id']).execute();

  await db.schema
    .createTable('merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('survivor_id', 'text', (c) => c.notNull())
    .addColumn('duplicate_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('steps', json, (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('merges_survivor').on('merges').columns(['entity', 'survivor_id']).execute();
  await db.schema.createIndex('merges_duplicate').on('merges').columns(['entity', 'duplicate_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('merges').ifExists().execute();
  await db.schema.dropTable('name_fuzz').ifExists().execute();
  await db.schema.dropTable('name_keys').ifExists().execute();
  await db.schema
    .createTable('name_keys')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .execute();
  await db.schema.createIndex('name_keys_key').on('name_keys').columns(['key', 'entity']).execute();
  await db.schema.createIndex('name_keys_record').on('name_keys').columns(['entity', 'entity_id']).execute();
}
