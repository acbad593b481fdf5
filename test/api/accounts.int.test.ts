import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/permissions.ts';
import { accounts, createAccountToken } from '../../src/services/auth/accounts.service.ts';
import { accountRepository } from '../../src/storage/account.repository.ts';
import type { Store } from '../../src/storage/connect.ts';
import { describeEachBackend } from '../support/backends.ts';
import { call, PASSWORD, seedAccounts, signIn, startServer } from '../support/server.ts';

const DAY = 86_400_000;
const systemCtx = (store: Store, at = new Date()) => ({ db: store.db, actor: systemActor('test'), now: () => at });
const idOf = async (store: Store, email: string) => (await accounts.byEmail(systemCtx(store), email)).id;

describeEachBackend('accounts that cannot lock the office out', (use) => {
  it('keeps the last active administrator from being disabled or demoted, by anyone', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const adminId = await idOf(store, 'admin@example.org');
      for (const body of [{ disabled: true }, { role: 'viewer' }, { role: 'editor', password: 'a new long password' }]) {
        const res = await call(server.url, 'PATCH', `/api/users/${adminId}`, { session: admin, body });
        expect(res.status).toBe(409);
        expect(res.json.issues).toEqual([expect.objectContaining({ code: 'last_admin' })]);
      }
      expect((await accounts.byEmail(systemCtx(store), 'admin@example.org')).role).toBe('admin');
      // With a second administrator the first may step down, and then the second is the last.
      const second = await accounts.add(systemCtx(store), { email: 'second@example.org', role: 'admin', password: PASSWORD });
      expect((await call(server.url, 'PATCH', `/api/users/${adminId}`, { session: admin, body: { role: 'editor' } })).status).toBe(200);
      const secondSession = await signIn(server.url, 'second@example.org');
      expect(
        (await call(server.url, 'PATCH', `/api/users/${second.id}`, { session: secondSession, body: { disabled: true } })).status,
      ).toBe(409);
    } finally {
      await server.close();
    }
  });

  it('keeps one administrator when two disable each other at the same moment', async () => {
    const { store } = use();
    await seedAccounts(store);
    const other = await accounts.add(systemCtx(store), { email: 'other@example.org', role: 'admin', password: PASSWORD });
    const adminId = await idOf(store, 'admin@example.org');
    const server = await startServer(store);
    try {
      const [a, b] = [await signIn(server.url, 'admin@example.org'), await signIn(server.url, 'other@example.org')];
      const answers = await Promise.all([
        call(server.url, 'PATCH', `/api/users/${other.id}`, { session: a, body: { disabled: true } }),
        call(server.url, 'PATCH', `/api/users/${adminId}`, { session: b, body: { disabled: true } }),
      ]);
      expect(answers.map((r) => r.status).sort()).toContain(200);
      expect(await accountRepository.activeAdministrators(store.db)).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('revokes API and calendar tokens when an account is disabled or its password reset, and says how many', async () => {
    const { store } = use();
    await seedAccounts(store);
    const editorId = await idOf(store, 'editor@example.org');
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      for (const change of [{ disabled: true }, { password: 'another long password' }]) {
        const api = await createAccountToken(systemCtx(store), { id: editorId }, 'script');
        const editor = await signIn(server.url, 'editor@example.org', 'password' in change ? PASSWORD : undefined);
        const calendar = String((await call(server.url, 'POST', '/api/calendar/token', { session: editor })).json.token);
        expect((await call(server.url, 'GET', '/api/me', { token: api.token })).json).toMatchObject({
          user: { email: 'editor@example.org' },
        });
        const res = await call(server.url, 'PATCH', `/api/users/${editorId}`, { session: admin, body: change });
        expect(res.status).toBe(200);
        expect(res.json.revoked).toEqual({ sessions: 1, apiTokens: 1, calendarTokens: 1 });
        if ('disabled' in change) {
          expect((await call(server.url, 'PATCH', `/api/users/${editorId}`, { session: admin, body: { disabled: false } })).status).toBe(
            200,
          );
        }
        // Enabled again or not, the old tokens stay dead.
        expect((await call(server.url, 'GET', '/api/me', { token: api.token })).status).toBe(401);
        expect((await call(server.url, 'GET', `/api/calendar.ics?token=${calendar}`)).status).not.toBe(200);
        await call(server.url, 'PATCH', `/api/users/${editorId}`, { session: admin, body: { password: PASSWORD } });
      }
    } finally {
      await server.close();
    }
  });

  it('lists tokens without their secrets: every account’s for administrators, one’s own for others', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const editor = await signIn(server.url, 'editor@example.org');
      await createAccountToken(systemCtx(store), { email: 'admin@example.org' }, 'backup job');
      const made = await createAccountToken(systemCtx(store), { email: 'editor@example.org' }, 'sync', '30d');
      await call(server.url, 'POST', '/api/calendar/token', { session: editor });
      const all = (await call(server.url, 'GET', '/api/tokens', { session: admin })).json.items as Record<string, unknown>[];
      expect(all.map((t) => `${t.email} ${t.name} ${t.scope} ${t.state}`).sort()).toEqual([
        'admin@example.org backup job api valid',
        'editor@example.org calendar feed calendar valid',
        'editor@example.org sync api valid',
      ]);
      expect(JSON.stringify(all)).not.toContain(made.token);
      const own = (await call(server.url, 'GET', '/api/tokens', { session: editor })).json.items as Record<string, unknown>[];
      expect(own.map((t) => t.email)).toEqual(['editor@example.org', 'editor@example.org']);
      expect((await call(server.url, 'GET', '/api/tokens')).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('gives tokens an expiry and refuses them after it', async () => {
    const { store } = use();
    await seedAccounts(store);
    const now = new Date();
    const server = await startServer(store, () => now);
    const later = await startServer(store, () => new Date(now.getTime() + 31 * DAY));
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const userId = await idOf(store, 'viewer@example.org');
      const made = await call(server.url, 'POST', '/api/tokens', { session: admin, body: { userId, name: 'month', expiresAt: '30d' } });
      expect(made.status).toBe(201);
      expect(Date.parse(String(made.json.expiresAt)) - now.getTime()).toBe(30 * DAY);
      const token = String(made.json.token);
      expect((await call(server.url, 'GET', '/api/me', { token })).json).toMatchObject({ user: { email: 'viewer@example.org' } });
      expect((await call(later.url, 'GET', '/api/me', { token })).status).toBe(401);
      const past = await call(server.url, 'POST', '/api/tokens', { session: admin, body: { userId, name: 'x', expiresAt: '2001-01-01' } });
      expect(past.status).toBe(400);
      expect(past.json.issues).toEqual([expect.objectContaining({ path: ['expiresAt'] })]);
    } finally {
      await server.close();
      await later.close();
    }
  });

  it('revokes a known token, refuses an unknown one with 404, and lets others revoke only their own', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const editor = await signIn(server.url, 'editor@example.org');
      expect((await call(server.url, 'DELETE', '/api/tokens/tk_doesnotexist', { session: admin })).status).toBe(404);
      const adminToken = await createAccountToken(systemCtx(store), { email: 'admin@example.org' }, 'admin job');
      const editorToken = await createAccountToken(systemCtx(store), { email: 'editor@example.org' }, 'editor job');
      expect((await call(server.url, 'DELETE', `/api/tokens/${adminToken.id}`, { session: editor })).status).toBe(404);
      const own = await call(server.url, 'DELETE', `/api/tokens/${editorToken.id}`, { session: editor });
      expect(own.json).toEqual({ id: editorToken.id, revoked: true });
      expect((await call(server.url, 'DELETE', `/api/tokens/${editorToken.id}`, { session: admin })).json).toEqual({
        id: editorToken.id,
        revoked: false,
      });
      expect((await call(server.url, 'GET', '/api/me', { token: editorToken.token })).status).toBe(401);
      expect((await call(server.url, 'GET', '/api/me', { token: adminToken.token })).json).toMatchObject({
        user: { email: 'admin@example.org' },
      });
    } finally {
      await server.close();
    }
  });
});
