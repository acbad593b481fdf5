import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';

/**
 * The registry's uniqueness rules as constraints of the database, so that requests racing on one
 * server or on several cannot both pass a check made before the write:
 * - one live tie per unordered pair of places: `pair_key` holds the two place ids in order, and a
 *   unique index covers the ties not deleted. Ties that already share a pair keep their places
 *   and stay readable; only the oldest of each pair gets a key, the others stay outside the index
 *   (and the spec's own check still refuses to save one of them until it is merged or deleted);
 * - one calendar token per account that has not been revoked (older extra ones are revoked here);
 * - account e-mails, case-insensitively. Addresses that differ only in case cannot be merged for
 *   their owner, so the migration refuses to run and names them.
 * Area keys are the areas table's primary key already.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const least = pg ? sql`least(place_a_id COLLATE "C", place_b_id COLLATE "C")` : sql`min(place_a_id, place_b_id)`;
  const greatest = pg ? sql`greatest(place_a_id COLLATE "C", place_b_id COLLATE "C")` : sql`max(place_a_id, place_b_id)`;

  await db.schema.alterTable('partnerships').addColumn('pair_key', 'text').execute();
  await sql`UPDATE partnerships SET pair_key = ${least} || ' ' || ${greatest} WHERE deleted_at IS NULL`.execute(db);
  // Among live ties of one pair, the oldest (then the smallest id) keeps the key.
  await sql`UPDATE partnerships SET pair_key = NULL WHERE pair_key IS NOT NULL AND EXISTS (
      SELECT 1 FROM partnerships older WHERE older.pair_key = partnerships.pair_key
        AND (older.created_at < partnerships.created_at OR (older.created_at = partnerships.created_at AND older.id < partnerships.id)))`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX partnerships_live_pair ON partnerships (pair_key) WHERE deleted_at IS NULL`.execute(db);

  await sql`UPDATE api_tokens SET revoked_at = created_at WHERE scope = 'calendar' AND revoked_at IS NULL AND EXISTS (
      SELECT 1 FROM api_tokens newer WHERE newer.user_id = api_tokens.user_id AND newer.scope = 'calendar' AND newer.revoked_at IS NULL
        AND (newer.created_at > api_tokens.created_at OR (newer.created_at = api_tokens.created_at AND newer.id > api_tokens.id)))`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX api_tokens_one_calendar ON api_tokens (user_id) WHERE scope = 'calendar' AND revoked_at IS NULL`.execute(
    db,
  );

  const clashes = await sql<{ email: string }>`SELECT lower(email) AS email FROM users GROUP BY lower(email) HAVING count(*) > 1`.execute(
    db,
  );
  if (clashes.rows.length > 0) {
    throw new Error(
      `accounts share an e-mail address written in different cases (${clashes.rows.map((r) => r.email).join(', ')}); ` +
        'give each person one account, then start again',
    );
  }
  await sql`UPDATE users SET email = lower(email) WHERE email <> lower(email)`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_ci ON users (lower(email))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_email_ci').execute();
  await db.schema.dropIndex('api_tokens_one_calendar').execute();
  await db.schema.dropIndex('partnerships_live_pair').execute();
  await db.schema.alterTable('partnerships').dropColumn('pair_key').execute();
}
