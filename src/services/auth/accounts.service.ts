import { createHash, randomBytes } from 'node:crypto';
import type { Options } from '@node-rs/argon2';
import { parseSpan } from '../../domain/anniversaries.ts';
import { newId } from '../../domain/common.ts';
import { AmityError, notFound, parseOrThrow } from '../../domain/errors.ts';
import { assertCanAdminister, type Actor, type Role } from '../../domain/permissions.ts';
import { NewUserSchema, PasswordSchema, RoleSchema, EmailSchema, type NewUser, type User } from '../../domain/user.ts';
import { accountRepository, type UserRow } from '../../storage/account.repository.ts';
import type { Db } from '../../storage/database.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { writeAudit } from '../generic-record.service.ts';
import { loginThrottle } from './login-throttle.ts';

/** Argon2id with OWASP's minimum memory cost; about 30 ms on this class of machine. */
// `algorithm: 2` is Argon2id (the package's enum is a const enum, which this build cannot import).
const ARGON2: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const SESSION_HOURS = 12;

/**
 * The Argon2 binding, loaded by the first password hashed or checked: loading its native module
 * cost the server's start about a tenth of a second, and a start that signs no one in needs none.
 */
let argon2: Promise<typeof import('@node-rs/argon2')> | null = null;
const passwords = () => (argon2 ??= import('@node-rs/argon2'));
const hash = async (password: string, options: Options) => (await passwords()).hash(password, options);
const verify = async (hashed: string, password: string) => (await passwords()).verify(hashed, password);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

/**
 * Verified against when the account does not exist, so a wrong e-mail takes as long as a wrong
 * password: the hash of 'amity-no-such-account' with the parameters above, written out rather
 * than made at every start (19 MB and tens of milliseconds of Argon2 before the first request).
 */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$xoMsKf3uQt7Yp/po0nb09A$KVF4msVngwSeYr8oniqzN03T39+Hm9qUnfSLa7ZvGNI';
if (!DUMMY_HASH.startsWith(`$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`)) {
  throw new Error('DUMMY_HASH must be made with the parameters of ARGON2, or a wrong e-mail answers faster than a wrong password');
}

export function userFromRow(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    role: RoleSchema.parse(row.role),
    disabled: row.disabled_at !== null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const actorOf = (user: User): Actor => ({ kind: 'user', id: user.id, email: user.email, role: user.role });

export interface TokenInfo {
  id: string;
  userId: string;
  email: string;
  name: string;
  scope: 'api' | 'calendar';
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: 'valid' | 'expired' | 'revoked';
}

/** What disabling an account or resetting its password ended. */
export interface Revoked {
  sessions: number;
  apiTokens: number;
  calendarTokens: number;
}

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

async function loadUser(db: Db, id: string): Promise<UserRow> {
  const row = await accountRepository.userById(db, id);
  if (!row) throw notFound('user', id);
  return row;
}

async function changeUser(ctx: Ctx, id: string, action: string, set: (row: UserRow) => Partial<UserRow>, audit: (row: UserRow) => unknown) {
  assertCanAdminister(ctx.actor, 'manage accounts');
  return inTransaction(ctx.db, async (db) => {
    const row = await loadUser(db, id);
    const now = ctx.now().toISOString();
    const changes = { ...set(row), version: row.version + 1, updated_at: now };
    if (!(await accountRepository.updateUser(db, id, row.version, changes))) {
      throw new AmityError('stale_version', `user ${id} has changed; try again`);
    }
    await writeAudit(db, ctx, action, 'user', id, row.version + 1, audit(row));
    return userFromRow(await loadUser(db, id));
  });
}

function expiryOf(expires: string, now: Date): string {
  const days = parseSpan(expires);
  const at = days !== null ? now.getTime() + days * 86_400_000 : /^\d{4}-\d{2}-\d{2}/.test(expires) ? Date.parse(expires) : Number.NaN;
  if (!(at > now.getTime())) {
    throw new AmityError('validation', 'expiresAt: give a span such as 30d or a moment in the future', [
      { path: ['expiresAt'], code: 'time_span', message: 'a span such as 30d, 12w, 6m or 1y, or a future date and time' },
    ]);
  }
  return new Date(at).toISOString();
}

/** Accounts, roles, sessions and API tokens. */
export const accounts = {
  async add(ctx: Ctx, input: NewUser): Promise<User> {
    assertCanAdminister(ctx.actor, 'create accounts');
    const data = parseOrThrow(NewUserSchema, input, 'account');
    const passwordHash = await hash(data.password, ARGON2);
    return inTransaction(ctx.db, async (db) => {
      if (await accountRepository.userByEmail(db, data.email)) {
        throw new AmityError('duplicate', `an account for ${data.email} exists`, [
          { path: ['email'], code: 'email_taken', message: 'already in use' },
        ]);
      }
      const now = ctx.now().toISOString();
      const row = {
        id: newId('us'),
        email: data.email,
        password_hash: passwordHash,
        role: data.role,
        disabled_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await accountRepository.insertUser(db, row);
      await writeAudit(db, ctx, 'create', 'user', row.id, 1, { email: data.email, role: data.role });
      return userFromRow(row);
    });
  },

  async list(ctx: Ctx): Promise<User[]> {
    assertCanAdminister(ctx.actor, 'list accounts');
    return (await accountRepository.users(ctx.db)).map(userFromRow);
  },

  async byEmail(ctx: Ctx, email: string): Promise<User> {
    const row = await accountRepository.userByEmail(ctx.db, parseOrThrow(EmailSchema, email, 'e-mail'));
    if (!row) throw new AmityError('not_found', `no account for ${email}`);
    return userFromRow(row);
  },

  /** Checks the password, throttled per account and per address, and opens a session. */
  async login(
    ctx: Ctx,
    input: { email: string; password: string; ip: string; userAgent?: string },
  ): Promise<{ user: User; session: SessionGrant }> {
    const email = input.email.trim().toLowerCase();
    const now = ctx.now();
    await loginThrottle.claim(ctx.db, email, input.ip, now);
    const row = await accountRepository.userByEmail(ctx.db, email);
    const ok = await verify(row?.password_hash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!row || !ok || row.disabled_at !== null) {
      if (row) await writeAudit(ctx.db, { ...ctx, actor: { kind: 'anonymous' } }, 'login_failed', 'user', row.id, null, { ip: input.ip });
      throw new AmityError('unauthenticated', 'wrong e-mail or password, or the account is disabled');
    }
    await loginThrottle.succeeded(ctx.db, email, input.ip);
    const user = userFromRow(row);
    const token = secret();
    const session = { token, csrfToken: secret(), expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString() };
    await inTransaction(ctx.db, async (db) => {
      await accountRepository.insertSession(db, {
        id_hash: sha256(token),
        user_id: user.id,
        csrf_token: session.csrfToken,
        created_at: now.toISOString(),
        expires_at: session.expiresAt,
        last_seen_at: now.toISOString(),
        revoked_at: null,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      });
      await writeAudit(db, { ...ctx, actor: actorOf(user) }, 'login', 'user', user.id, null, { ip: input.ip });
    });
    return { user, session };
  },

  async logout(db: Db, token: string, now: Date): Promise<void> {
    await accountRepository.revokeSession(db, sha256(token), now.toISOString());
  },

  /** The signed-in account behind a session cookie, with the session's CSRF token; null when it is not valid. */
  async fromSession(db: Db, token: string, now: Date): Promise<{ actor: Actor; user: User; csrfToken: string } | null> {
    const session = await accountRepository.sessionByHash(db, sha256(token));
    if (!session || session.revoked_at !== null || session.expires_at <= now.toISOString()) return null;
    const row = await accountRepository.userById(db, session.user_id);
    if (!row || row.disabled_at !== null) return null;
    if (now.getTime() - Date.parse(session.last_seen_at) > 60_000)
      await accountRepository.touchSession(db, session.id_hash, now.toISOString());
    const user = userFromRow(row);
    return { actor: actorOf(user), user, csrfToken: session.csrf_token };
  },

  /** `expires`: a span from now (30d, 12w, 6m, 1y) or a moment (ISO 8601); null for a token that does not expire. */
  async createToken(
    ctx: Ctx,
    userId: string,
    name: string,
    expires: string | null = null,
  ): Promise<{ id: string; token: string; expiresAt: string | null }> {
    assertCanAdminister(ctx.actor, 'create API tokens');
    const user = userFromRow(await loadUser(ctx.db, userId));
    const expiresAt = expires === null ? null : expiryOf(expires, ctx.now());
    const token = `amity_${secret()}`;
    const id = newId('tk');
    await inTransaction(ctx.db, async (db) => {
      await accountRepository.insertToken(db, {
        id,
        user_id: user.id,
        name: name.slice(0, 100),
        token_hash: sha256(token),
        created_at: ctx.now().toISOString(),
        expires_at: expiresAt,
        last_used_at: null,
        revoked_at: null,
        scope: 'api',
      });
      await writeAudit(db, ctx, 'create', 'api_token', id, null, { user: user.email, name, expiresAt });
    });
    return { id, token, expiresAt };
  },

  /**
   * Revokes a token: administrators any, others their own. A token that does not exist (or that
   * the actor may not see) is an error; one revoked before stays as it was and says so.
   */
  async revokeToken(ctx: Ctx, id: string): Promise<{ id: string; revoked: boolean }> {
    const actor = ctx.actor;
    if (actor.kind !== 'user' && actor.kind !== 'system') throw new AmityError('unauthenticated', 'sign in to revoke a token');
    return inTransaction(ctx.db, async (db) => {
      const row = await accountRepository.tokenById(db, id);
      if (!row || (actor.kind === 'user' && actor.role !== 'admin' && row.user_id !== actor.id)) {
        throw new AmityError('not_found', `no token ${id}`, [{ path: ['id'], code: 'unknown_token', message: 'no such token' }], {
          entity: 'token',
          id,
        });
      }
      const revoked = (await accountRepository.revokeToken(db, id, ctx.now().toISOString())) === 1;
      if (revoked) await writeAudit(db, ctx, 'revoke', row.scope === 'calendar' ? 'calendar_token' : 'api_token', id, null, {});
      return { id, revoked };
    });
  },

  /** Tokens with their account, scope, expiry and state: every account's for administrators, else the actor's own. */
  async listTokens(ctx: Ctx): Promise<TokenInfo[]> {
    const actor = ctx.actor;
    if (actor.kind !== 'user' && actor.kind !== 'system') throw new AmityError('unauthenticated', 'sign in to list tokens');
    const own = actor.kind === 'user' && actor.role !== 'admin' ? actor.id : undefined;
    const now = ctx.now().toISOString();
    return (await accountRepository.tokensWithOwner(ctx.db, own)).map((t) => ({
      id: t.id,
      userId: t.user_id,
      email: t.email,
      name: t.name,
      scope: t.scope === 'calendar' ? 'calendar' : 'api',
      createdAt: t.created_at,
      expiresAt: t.expires_at,
      lastUsedAt: t.last_used_at,
      revokedAt: t.revoked_at,
      state: t.revoked_at !== null ? 'revoked' : t.expires_at !== null && t.expires_at <= now ? 'expired' : 'valid',
    }));
  },

  /**
   * A new address for the signed-in account's calendar feed; the old one stops working. The token in
   * it only opens the feed, because desk calendars keep such addresses in plain sight.
   */
  async rotateCalendarToken(ctx: Ctx): Promise<string> {
    const actor = ctx.actor;
    if (actor.kind !== 'user') throw new AmityError('unauthenticated', 'sign in to get a calendar feed');
    const token = `cal_${secret()}`;
    await inTransaction(ctx.db, async (db) => {
      const now = ctx.now().toISOString();
      // Requests racing for one account's address take turns; the unique index keeps one valid even so.
      await accountRepository.lockUser(db, actor.id);
      await accountRepository.revokeTokensOf(db, actor.id, 'calendar', now);
      await accountRepository.insertToken(db, {
        id: newId('tk'),
        user_id: actor.id,
        name: 'calendar feed',
        token_hash: sha256(token),
        created_at: now,
        expires_at: null,
        last_used_at: null,
        revoked_at: null,
        scope: 'calendar',
      });
      await writeAudit(db, ctx, 'rotate', 'calendar_token', actor.id, null, {});
    });
    return token;
  },

  /** The account behind an API token (or, with `scope`, a calendar token); null when it is not valid. */
  async fromToken(db: Db, token: string, now: Date, scope: 'api' | 'calendar' = 'api'): Promise<{ actor: Actor; user: User } | null> {
    const row = await accountRepository.tokenByHash(db, sha256(token));
    if (!row || row.scope !== scope || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now.toISOString()))
      return null;
    const userRow = await accountRepository.userById(db, row.user_id);
    if (!userRow || userRow.disabled_at !== null) return null;
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000)
      await accountRepository.touchToken(db, row.id, now.toISOString());
    const user = userFromRow(userRow);
    return { actor: actorOf(user), user };
  },
};

/** An account named by its id (`us_…`) or by its e-mail address. */
export type AccountRef = { id: string } | { email: string };

async function accountId(ctx: Ctx, ref: AccountRef): Promise<string> {
  return 'id' in ref ? ref.id : (await accounts.byEmail(ctx, ref.email)).id;
}

export interface AccountChanges {
  role?: Role;
  disabled?: boolean;
  password?: string;
}

/**
 * Changes an account's role, disables or enables it, and sets its password: all the changes
 * asked for, or none of them. Every value is checked before anything is written, and the writes
 * share one transaction, so a password too short leaves the role as it was.
 */
export async function changeAccount(ctx: Ctx, ref: AccountRef, changes: AccountChanges): Promise<User & { revoked?: Revoked }> {
  const { role, disabled, password } = changes;
  if (role === undefined && disabled === undefined && password === undefined) {
    throw new AmityError('validation', 'nothing to change: give role, disabled or password');
  }
  assertCanAdminister(ctx.actor, 'manage accounts');
  const nextRole = role === undefined ? undefined : parseOrThrow(RoleSchema, role, 'role');
  const passwordHash = password === undefined ? undefined : await hash(parseOrThrow(PasswordSchema, password, 'password'), ARGON2);
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const id = await accountId(tx, ref);
    await accountRepository.lockAdministrators(db, id);
    const before = await loadUser(db, id);
    let user: User | undefined;
    let revoked: Revoked | undefined;
    const endAccess = async () => {
      const at = ctx.now().toISOString();
      revoked = {
        sessions: (revoked?.sessions ?? 0) + (await accountRepository.revokeSessionsOf(db, id, at)),
        apiTokens: (revoked?.apiTokens ?? 0) + (await accountRepository.revokeTokensOf(db, id, 'api', at)),
        calendarTokens: (revoked?.calendarTokens ?? 0) + (await accountRepository.revokeTokensOf(db, id, 'calendar', at)),
      };
    };
    if (nextRole !== undefined) {
      user = await changeUser(
        tx,
        id,
        'role_change',
        () => ({ role: nextRole }),
        (row) => ({ role: { before: row.role, after: nextRole } }),
      );
    }
    if (disabled !== undefined) {
      user = await changeUser(
        tx,
        id,
        disabled ? 'disable' : 'enable',
        (row) => ({ disabled_at: disabled ? (row.disabled_at ?? ctx.now().toISOString()) : null }),
        (row) => ({ disabled: { before: row.disabled_at !== null, after: disabled } }),
      );
      if (disabled) await endAccess();
    }
    if (passwordHash !== undefined) {
      user = await changeUser(
        tx,
        id,
        'password_reset',
        () => ({ password_hash: passwordHash }),
        () => ({ password: 'reset' }),
      );
      await endAccess();
    }
    // Any door (API, command line, web app) comes through here: the last active administrator stays one.
    const wasAdmin = before.role === 'admin' && before.disabled_at === null;
    if (wasAdmin && (await accountRepository.activeAdministrators(db)) === 0) {
      throw new AmityError('in_use', `${user!.email} is the last active administrator: make another account administrator first`, [
        { path: [nextRole !== undefined ? 'role' : 'disabled'], code: 'last_admin', message: 'the last active administrator' },
      ]);
    }
    return revoked ? { ...user!, revoked } : user!;
  });
}

/** A new API token that acts as the account; the token is shown once. */
export async function createAccountToken(
  ctx: Ctx,
  ref: AccountRef,
  name: string,
  expires: string | null = null,
): Promise<{ id: string; token: string; expiresAt: string | null }> {
  return accounts.createToken(ctx, await accountId(ctx, ref), name, expires);
}
