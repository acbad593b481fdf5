import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/permissions.ts';
import { accounts } from '../../src/services/auth/accounts.service.ts';
import { LOGIN_LIMITS } from '../../src/services/auth/login-throttle.ts';
import { openStore, type Store } from '../../src/storage/connect.ts';
import { prepareRegistry } from '../../src/services/setup.service.ts';
import { auditRepository } from '../../src/storage/audit.repository.ts';
import { describeEachBackend, POSTGRES_URL } from '../support/backends.ts';
import { call, PASSWORD, seedAccounts, signIn, startServer } from '../support/server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

describeEachBackend(
  'accounts, sessions and tokens over HTTP',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let url = '';

    beforeAll(async () => {
      store = use().store;
      await seedAccounts(store);
      server = await startServer(store);
      url = server.url;
    });
    afterAll(async () => {
      await server?.close();
    });

    it('signs in with an httpOnly, SameSite=Lax session cookie kept in the database, and signs out', async () => {
      const res = await call(url, 'POST', '/api/auth/login', { body: { email: 'Editor@Example.org', password: PASSWORD } });
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^amity_session=[\w-]{40,};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const session = { cookie: cookie.split(';')[0]!, csrf: String(res.json.csrfToken) };
      expect((await call(url, 'GET', '/api/me', { session })).json).toMatchObject({
        user: { email: 'editor@example.org', role: 'editor' },
      });
      const stored = await store.db.selectFrom('sessions').select(['id_hash']).execute();
      expect(stored.some((s) => cookie.includes(s.id_hash))).toBe(false);
      expect((await call(url, 'POST', '/api/auth/logout', { session })).status).toBe(204);
      expect((await call(url, 'GET', '/api/me', { session })).json).toMatchObject({ user: null });
      const trail = await auditRepository.list(store.db, { entity: 'user', limit: 10 });
      expect(trail.some((t) => t.action === 'login' && t.actor_label === 'editor@example.org')).toBe(true);
    });

    it('refuses a cookie write without the session’s CSRF token', async () => {
      const session = await signIn(url, 'editor@example.org');
      const body = { kind: 'city', names: { en: 'Csrfville' }, country: 'FR' };
      expect((await call(url, 'POST', '/api/places', { session, body, headers: { 'x-csrf-token': 'forged' } })).status).toBe(403);
      expect((await call(url, 'POST', '/api/places', { body, headers: { cookie: session.cookie } })).status).toBe(403);
      expect((await call(url, 'POST', '/api/places', { session, body })).status).toBe(201);
    });

    it('accepts an API token without CSRF and refuses it once revoked', async () => {
      const ctx = { db: store.db, actor: systemActor('test'), now: () => new Date() };
      const editor = await accounts.byEmail(ctx, 'editor@example.org');
      const { id, token } = await accounts.createToken(ctx, editor.id, 'sync script');
      const body = { kind: 'city', names: { en: 'Tokenville' }, country: 'FR' };
      expect((await call(url, 'POST', '/api/places', { token, body })).status).toBe(201);
      await accounts.revokeToken(ctx, id);
      expect((await call(url, 'POST', '/api/places', { token, body })).status).toBe(401);
      expect((await call(url, 'GET', '/api/places', { token: 'amity_forged' })).status).toBe(401);
    });

    it('ends sessions when an account is disabled or its role changes take effect at once', async () => {
      const admin = await signIn(url, 'admin@example.org');
      const viewer = await signIn(url, 'viewer@example.org');
      const users = (await call(url, 'GET', '/api/users', { session: admin })).json.items as { id: string; email: string }[];
      const viewerId = users.find((u) => u.email === 'viewer@example.org')!.id;
      expect((await call(url, 'PATCH', `/api/users/${viewerId}`, { session: admin, body: { role: 'editor' } })).status).toBe(200);
      expect((await call(url, 'GET', '/api/me', { session: viewer })).json).toMatchObject({ user: { role: 'editor' } });
      expect((await call(url, 'PATCH', `/api/users/${viewerId}`, { session: admin, body: { disabled: true } })).status).toBe(200);
      expect((await call(url, 'GET', '/api/me', { session: viewer })).json).toMatchObject({ user: null });
      expect((await call(url, 'POST', '/api/auth/login', { body: { email: 'viewer@example.org', password: PASSWORD } })).status).toBe(401);
      await call(url, 'PATCH', `/api/users/${viewerId}`, { session: admin, body: { disabled: false, role: 'viewer' } });
    });

    it('changes all of an account or none of it: a refused password leaves the role as it was', async () => {
      const admin = await signIn(url, 'admin@example.org');
      const users = (await call(url, 'GET', '/api/users', { session: admin })).json.items as {
        id: string;
        email: string;
        role: string;
        version: number;
      }[];
      const before = users.find((u) => u.email === 'editor@example.org')!;
      const trail = async () => (await auditRepository.list(store.db, { entity: 'user', entityId: before.id, limit: 500 })).length;
      const entries = await trail();
      const refused = await call(url, 'PATCH', `/api/users/${before.id}`, { session: admin, body: { role: 'admin', password: 'short' } });
      expect(refused.status).toBe(400);
      const after = ((await call(url, 'GET', '/api/users', { session: admin })).json.items as typeof users).find(
        (u) => u.id === before.id,
      )!;
      expect(after).toEqual(before);
      expect(await trail()).toBe(entries);
      expect((await call(url, 'POST', '/api/auth/login', { body: { email: 'editor@example.org', password: PASSWORD } })).status).toBe(200);
    });

    it('stops an account after too many failed logins, even with the right password', async () => {
      const email = 'ratelimited@example.org';
      const ctx = { db: store.db, actor: systemActor('test'), now: () => new Date() };
      await accounts.add(ctx, { email, role: 'viewer', password: PASSWORD });
      for (let i = 0; i < LOGIN_LIMITS.account; i++) {
        expect((await call(url, 'POST', '/api/auth/login', { body: { email, password: 'wrong password!' } })).status).toBe(401);
      }
      const blocked = await call(url, 'POST', '/api/auth/login', { body: { email, password: PASSWORD } });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(url, 'POST', '/api/auth/login', { body: { email: 'editor@example.org', password: PASSWORD } })).status).toBe(200);
    });

    it('stops an address that tries many accounts', async () => {
      const rows = await store.db.selectFrom('login_attempts').selectAll().where('key', 'like', 'address:%').execute();
      const used = rows[0]?.failures ?? 0;
      for (let i = used; i < LOGIN_LIMITS.address; i++) {
        await call(url, 'POST', '/api/auth/login', { body: { email: `nobody${i}@example.org`, password: 'wrong password!' } });
      }
      expect((await call(url, 'POST', '/api/auth/login', { body: { email: 'admin@example.org', password: PASSWORD } })).status).toBe(429);
      await store.db.deleteFrom('login_attempts').execute();
    });

    it('sends security headers and no CORS headers unless configured', async () => {
      const res = await fetch(`${url}/api/places`, { headers: { origin: 'https://elsewhere.example' } });
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  },
  { registry: 'shared' },
);

// Two stores open on one database: the test makes the database itself, a file or a schema.
describeEachBackend(
  'two servers on one database',
  (_use, backend) => {
    it('signs in on one and writes on the other', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'amity-two-'));
      const target = backend === 'sqlite' ? join(dir, 'shared.db') : `${POSTGRES_URL}?schema=t_two_${randomBytes(4).toString('hex')}`;
      const storeA = openStore(target);
      await prepareRegistry(storeA);
      await seedAccounts(storeA);
      const storeB = openStore(target);
      const a = await startServer(storeA);
      const b = await startServer(storeB);
      try {
        const session = await signIn(a.url, 'editor@example.org');
        const created = await call(b.url, 'POST', '/api/places', {
          session,
          body: { kind: 'city', names: { en: 'Twinstance' }, country: 'DE' },
        });
        expect(created.status).toBe(201);
        const id = String(created.json.id);
        expect((await call(a.url, 'GET', `/api/places/${id}`)).json).toMatchObject({ names: { en: 'Twinstance' } });
        const stale = await call(a.url, 'PATCH', `/api/places/${id}`, { session, body: { note: 'b' }, headers: { 'if-match': '"1"' } });
        expect(stale.status).toBe(200);
        expect(
          (await call(b.url, 'PATCH', `/api/places/${id}`, { session, body: { note: 'c' }, headers: { 'if-match': '"1"' } })).status,
        ).toBe(412);
        expect((await call(b.url, 'POST', '/api/auth/logout', { session })).status).toBe(204);
        expect((await call(a.url, 'GET', '/api/me', { session })).json).toMatchObject({ user: null });
      } finally {
        await a.close();
        await b.close();
        await storeA.close();
        await storeB.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  { registry: 'none' },
);
