import { sql, type Kysely } from 'kysely';

/** Accounts, sessions, API tokens and login throttling; and date columns the API's range filters need. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute();

  for (const [table, column, from] of DAY_COLUMNS) {
    await db.schema.alterTable(table).addColumn(column, 'text').execute();
    // The first day a YYYY, YYYY-MM or YYYY-MM-DD value can mean, for rows written before this column.
    await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = CASE length(${sql.ref(from)})
      WHEN 4 THEN ${sql.ref(from)} || '-01-01' WHEN 7 THEN ${sql.ref(from)} || '-01' ELSE ${sql.ref(from)} END`.execute(db);
  }
}

const DAY_COLUMNS = [
  ['agreements', 'signed_from', 'signed_on'],
  ['sources', 'published_from', 'published'],
  ['figures', 'as_of_from', 'as_of'],
] as const;

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of DAY_COLUMNS) await db.schema.alterTable(table).dropColumn(column).execute();
  for (const table of ['login_attempts', 'api_tokens', 'sessions', 'users']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
