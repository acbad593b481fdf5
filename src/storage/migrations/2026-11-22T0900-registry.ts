import type { CreateTableBuilder, Kysely } from 'kysely';
import { addAutoId, columnTypes } from './dialect.ts';

type Builder = CreateTableBuilder<string, never>;

/** The columns shared by every record table. */
function recordTable(db: Kysely<unknown>, name: string, extra: (t: Builder) => Builder): Builder {
  const { json } = columnTypes(db);
  const base = db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text') as Builder;
  return extra(base);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const { json, real } = columnTypes(db);

  await recordTable(db, 'places', (t) =>
    t
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('places.id'))
      .addColumn('lat', real)
      .addColumn('lng', real)
      .addColumn('layer', 'text', (c) => c.notNull().defaultTo('registry')),
  ).execute();
  await db.schema.createIndex('places_country').on('places').column('country').execute();
  await db.schema.createIndex('places_parent').on('places').column('parent_id').execute();
  await db.schema.createIndex('places_sort').on('places').columns(['sort_name', 'id']).execute();

  await recordTable(db, 'partnerships', (t) =>
    t
      .addColumn('place_a_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('place_b_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('established', 'text')
      .addColumn('established_from', 'text')
      .addColumn('ended', 'text'),
  ).execute();
  await db.schema.createIndex('partnerships_a').on('partnerships').column('place_a_id').execute();
  await db.schema.createIndex('partnerships_b').on('partnerships').column('place_b_id').execute();

  await recordTable(db, 'agreements', (t) =>
    t
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('signed_on', 'text')
      .addColumn('expires_on', 'text'),
  ).execute();

  await recordTable(db, 'people', (t) => t).execute();

  await recordTable(db, 'organisations', (t) =>
    t.addColumn('kind', 'text', (c) => c.notNull()).addColumn('place_id', 'text', (c) => c.references('places.id')),
  ).execute();

  await recordTable(db, 'events', (t) =>
    t
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('start_from', 'text')
      .addColumn('end_date', 'text')
      .addColumn('parent_event_id', 'text', (c) => c.references('events.id')),
  ).execute();
  await db.schema.createIndex('events_start').on('events').columns(['start_from', 'id']).execute();

  await recordTable(db, 'mechanisms', (t) => t.addColumn('established', 'text')).execute();

  await recordTable(db, 'sources', (t) =>
    t
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('published', 'text'),
  ).execute();
  await db.schema.createIndex('sources_url').on('sources').column('url').execute();

  await recordTable(db, 'figures', (t) =>
    t
      .addColumn('home_place_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id')),
  ).execute();

  await db.schema
    .createTable('citations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('quote', 'text')
    .addColumn('value', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('citations_entity').on('citations').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('citations_source').on('citations').column('source_id').execute();

  await db.schema
    .createTable('refs')
    .addColumn('from_entity', 'text', (c) => c.notNull())
    .addColumn('from_id', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('to_entity', 'text', (c) => c.notNull())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('refs_from').on('refs').columns(['from_entity', 'from_id']).execute();
  await db.schema.createIndex('refs_to').on('refs').columns(['to_entity', 'to_id']).execute();

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

  await db.schema
    .createTable('areas')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('labels', json, (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await addAutoId(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('changes', json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'meta',
    'audit_log',
    'areas',
    'name_keys',
    'refs',
    'citations',
    'figures',
    'sources',
    'mechanisms',
    'events',
    'organisations',
    'people',
    'agreements',
    'partnerships',
    'places',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
