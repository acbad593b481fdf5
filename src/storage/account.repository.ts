import type { Insertable, Selectable } from 'kysely';
import type { ApiTokensTable, Db, SessionsTable, UsersTable } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<ApiTokensTable>;

/** Accounts, their sessions and their API tokens. Secrets are stored only as hashes. */
export const accountRepository = {
  insertUser: (db: Db, row: Insertable<UsersTable>) => db.insertInto('users').values(row).execute(),
  userByEmail: (db: Db, email: string) => db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),
  userById: (db: Db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
  users: (db: Db) => db.selectFrom('users').selectAll().orderBy('email').execute(),
  /**
   * Holds the rows of the active administrators (and of `id`) until the transaction ends, so two
   * changes to accounts cannot each count the other's administrator as still there. SQLite runs
   * one write transaction at a time, so there the order of statements does the same.
   */
  async lockAdministrators(db: Db, id: string): Promise<void> {
    if (!isPostgres(db as never)) return;
    await db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb.and([eb('role', '=', 'admin'), eb('disabled_at', 'is', null)]), eb('id', '=', id)]))
      .orderBy('id')
      .forUpdate()
      .execute();
  },
  /** Holds one account's row until the transaction ends (PostgreSQL; SQLite writes one at a time). */
  async lockUser(db: Db, id: string): Promise<void> {
    if (!isPostgres(db as never)) return;
    await db.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
  },
  async activeAdministrators(db: Db): Promise<number> {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async updateUser(db: Db, id: string, expectedVersion: number, set: Partial<Omit<UserRow, 'id' | 'created_at'>>): Promise<boolean> {
    const r = await db.updateTable('users').set(set).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  insertSession: (db: Db, row: Insertable<SessionsTable>) => db.insertInto('sessions').values(row).execute(),
  sessionByHash: (db: Db, idHash: string) => db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst(),
  touchSession: (db: Db, idHash: string, at: string) =>
    db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute(),
  revokeSession: (db: Db, idHash: string, at: string) =>
    db.updateTable('sessions').set({ revoked_at: at }).where('id_hash', '=', idHash).where('revoked_at', 'is', null).execute(),
  async revokeSessionsOf(db: Db, userId: string, at: string): Promise<number> {
    const r = await db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  deleteExpiredSessions: (db: Db, before: string) => db.deleteFrom('sessions').where('expires_at', '<', before).execute(),

  insertToken: (db: Db, row: Insertable<ApiTokensTable>) => db.insertInto('api_tokens').values(row).execute(),
  tokenByHash: (db: Db, hash: string) => db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst(),
  tokensOf: (db: Db, userId: string) =>
    db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute(),
  touchToken: (db: Db, id: string, at: string) => db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute(),
  tokenById: (db: Db, id: string) => db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Every token with its account's e-mail, newest first; one account's when `userId` is given. */
  tokensWithOwner: (db: Db, userId?: string) =>
    db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.user_id',
        'users.email',
        'api_tokens.name',
        'api_tokens.scope',
        'api_tokens.created_at',
        'api_tokens.expires_at',
        'api_tokens.last_used_at',
        'api_tokens.revoked_at',
      ])
      .$if(userId !== undefined, (q) => q.where('api_tokens.user_id', '=', userId!))
      .orderBy('api_tokens.created_at', 'desc')
      .orderBy('api_tokens.id')
      .execute(),
  async revokeToken(db: Db, id: string, at: string): Promise<number> {
    const r = await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  /** Revokes an account's tokens of one scope that are still valid; how many. */
  async revokeTokensOf(db: Db, userId: string, scope: 'api' | 'calendar', at: string): Promise<number> {
    const r = await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('scope', '=', scope)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};

export const loginAttemptRepository = {
  get: (db: Db, key: string) => db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst(),
  /**
   * Counts one more attempt in one statement, starting a new window when the old one has passed,
   * and answers the count with the window's start: parallel attempts each see a different count.
   */
  async hit(db: Db, key: string, now: string, windowStartsAfter: string): Promise<{ failures: number; window_start: string }> {
    return db
      .insertInto('login_attempts')
      .values({ key, window_start: now, failures: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('login_attempts.window_start', '<', windowStartsAfter)
            .then(1)
            .else(eb('login_attempts.failures', '+', 1))
            .end(),
          window_start: eb
            .case()
            .when('login_attempts.window_start', '<', windowStartsAfter)
            .then(now)
            .else(eb.ref('login_attempts.window_start'))
            .end(),
        })),
      )
      .returning(['failures', 'window_start'])
      .executeTakeFirstOrThrow();
  },
  /** Takes back one attempt counted by `hit` (a login that succeeded). */
  forgive: (db: Db, key: string) =>
    db
      .updateTable('login_attempts')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', '=', key)
      .where('failures', '>', 0)
      .execute(),
  clear: (db: Db, key: string) => db.deleteFrom('login_attempts').where('key', '=', key).execute(),
};
