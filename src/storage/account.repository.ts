import type { Insertable, Selectable } from 'kysely';
import type { ApiTokensTable, Db, SessionsTable, UsersTable } from './database.ts';

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<ApiTokensTable>;

/** Accounts, their sessions and their API tokens. Secrets are stored only as hashes. */
export const accountRepository = {
  insertUser: (db: Db, row: Insertable<UsersTable>) => db.insertInto('users').values(row).execute(),
  userByEmail: (db: Db, email: string) => db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),
  userById: (db: Db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
  users: (db: Db) => db.selectFrom('users').selectAll().orderBy('email').execute(),
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
  revokeSessionsOf: (db: Db, userId: string, at: string) =>
    db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute(),
  deleteExpiredSessions: (db: Db, before: string) => db.deleteFrom('sessions').where('expires_at', '<', before).execute(),

  insertToken: (db: Db, row: Insertable<ApiTokensTable>) => db.insertInto('api_tokens').values(row).execute(),
  tokenByHash: (db: Db, hash: string) => db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst(),
  tokensOf: (db: Db, userId: string) =>
    db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute(),
  touchToken: (db: Db, id: string, at: string) => db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute(),
  revokeToken: (db: Db, id: string, at: string) =>
    db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute(),
};

export const loginAttemptRepository = {
  get: (db: Db, key: string) => db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst(),
  /** Counts one more failure, starting a new window when the old one has passed. */
  async fail(db: Db, key: string, now: string, windowStartsAfter: string): Promise<void> {
    await db
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
      .execute();
  },
  clear: (db: Db, key: string) => db.deleteFrom('login_attempts').where('key', '=', key).execute(),
};
