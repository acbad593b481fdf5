import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/permissions.ts';
import { buildServer } from '../../src/http/server.ts';
import { parseTrustedProxies } from '../../src/http/trust-proxy.ts';
import { accounts } from '../../src/services/auth/accounts.service.ts';
import { LOGIN_LIMITS } from '../../src/services/auth/login-throttle.ts';
import { prepareRegistry } from '../../src/services/setup.service.ts';
import { accountRepository } from '../../src/storage/account.repository.ts';
import { openStore, type Store } from '../../src/storage/connect.ts';
import { duplicateFromDatabase } from '../../src/storage/unique-violation.ts';
import { describeEachBackend, POSTGRES_URL } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, PASSWORD, type Response, seedAccounts, signIn, startServer } from '../support/server.ts';

type Issue = { path: (string | number)[]; code: string };
const issuesOf = (res: Response) => (res.json.issues as Issue[] | undefined) ?? [];
const statuses = (responses: Response[]) => responses.map((r) => r.status).sort();

/** Ten answers to the same write fired at once: one made it, nine were refused naming `field`. */
function expectOneCreated(responses: Response[], field: string, code: string) {
  expect(statuses(responses)).toEqual([201, ...Array(responses.length - 1).fill(409)]);
  for (const refused of responses.filter((r) => r.status === 409)) {
    expect(issuesOf(refused)).toEqual([expect.objectContaining({ path: [field], code })]);
  }
}

async function twoPlaces(store: Store) {
  const make = given({ db: store.db, actor: systemActor('test'), now: () => new Date() });
  return { a: await make.place('Raceton', 'DE'), b: await make.place('Racecourse', 'FR') };
}

const tieBody = (a: string, b: string) => ({
  placeAId: a,
  placeBId: b,
  history: [{ kind: 'established', date: '1990', type: 'cooperation' }],
});

async function liveTies(store: Store): Promise<number> {
  const rows = await store.db.selectFrom('partnerships').select('id').where('deleted_at', 'is', null).execute();
  return rows.length;
}

describeEachBackend('races settled by the database', (use) => {
  it('creates one tie of ten fired at once for one pair of places, either way round, and answers the rest 409 naming the field', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const editor = await signIn(server.url, 'editor@example.org');
      const { a, b } = await twoPlaces(store);
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(server.url, 'POST', '/api/partnerships', { session: editor, body: i % 2 ? tieBody(a.id, b.id) : tieBody(b.id, a.id) }),
        ),
      );
      expectOneCreated(responses, 'placeBId', 'duplicate_tie');
      expect(await liveTies(store)).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('adds one area of ten with one key fired at once; the rest are 409 naming the key', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const body = { key: 'space_exploration', labels: { en: 'Space', zh: '航天' } };
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => call(server.url, 'POST', '/api/areas', { session: admin, body })),
      );
      expectOneCreated(responses, 'key', 'area_taken');
    } finally {
      await server.close();
    }
  });

  it('leaves one valid calendar address after ten requests for one at once', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const viewer = await signIn(server.url, 'viewer@example.org');
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => call(server.url, 'POST', '/api/calendar/token', { session: viewer })),
      );
      expect(statuses(responses)).toEqual(Array(10).fill(200));
      const feeds = await Promise.all(responses.map((r) => call(server.url, 'GET', `/api/calendar.ics?token=${String(r.json.token)}`)));
      expect(feeds.filter((f) => f.status === 200)).toHaveLength(1);
      const valid = (await accounts.listTokens(use().ctx)).filter((t) => t.scope === 'calendar' && t.state === 'valid');
      expect(valid).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('refuses an account whose e-mail differs from another only in case, through the API and in the database itself', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const admin = await signIn(server.url, 'admin@example.org');
      const body = { email: 'Liaison@Example.org', role: 'viewer', password: PASSWORD };
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(server.url, 'POST', '/api/users', {
            session: admin,
            body: { ...body, email: i % 2 ? body.email : body.email.toUpperCase() },
          }),
        ),
      );
      expectOneCreated(responses, 'email', 'email_taken');
      const now = new Date().toISOString();
      const written = accountRepository.insertUser(store.db, {
        id: 'us_writtenaround',
        email: 'LIAISON@example.org',
        password_hash: 'x',
        role: 'viewer',
        disabled_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      const error = await written.then(
        () => null,
        (e: unknown) => e,
      );
      expect(duplicateFromDatabase(error)?.issues).toEqual([expect.objectContaining({ path: ['email'], code: 'email_taken' })]);
    } finally {
      await server.close();
    }
  });

  it('judges at most five of twenty wrong passwords fired at once for one account; the rest are 429', async () => {
    const { store } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          call(server.url, 'POST', '/api/auth/login', { body: { email: 'editor@example.org', password: 'wrong password!' } }),
        ),
      );
      expect(responses.filter((r) => r.status === 401)).toHaveLength(LOGIN_LIMITS.account);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(20 - LOGIN_LIMITS.account);
      expect(
        (await call(server.url, 'POST', '/api/auth/login', { body: { email: 'editor@example.org', password: PASSWORD } })).status,
      ).toBe(429);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['by default, X-Forwarded-For ignored', undefined],
    ['behind one trusted proxy, whose appended address counts', '1'],
    ['behind a proxy named by its address', '127.0.0.1'],
  ])('holds the address limit over 45 failures fired at once with spoofed X-Forwarded-For: %s', async (_how, trust) => {
    const { store } = use();
    await seedAccounts(store);
    const app = await buildServer({ store, trustProxy: parseTrustedProxies(trust) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      // The client names itself anew each time; the proxy in front appends the address it saw.
      const responses = await Promise.all(
        Array.from({ length: 45 }, (_, i) =>
          call(url, 'POST', '/api/auth/login', {
            body: { email: `nobody${i}@example.org`, password: 'wrong password!' },
            headers: { 'x-forwarded-for': `198.51.100.${i + 1}, 203.0.113.9` },
          }),
        ),
      );
      expect(responses.filter((r) => r.status === 401)).toHaveLength(LOGIN_LIMITS.address);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(45 - LOGIN_LIMITS.address);
      const keys = (await store.db.selectFrom('login_attempts').select('key').where('key', 'like', 'address:%').execute()).map(
        (r) => r.key,
      );
      expect(keys).toEqual([trust ? 'address:203.0.113.9' : 'address:127.0.0.1']);
    } finally {
      await app.close();
    }
  });
});

describeEachBackend(
  'races between two server instances',
  (_use, backend) => {
    it('creates one tie of ten fired at two servers at once; the rest are 409', async () => {
      // On PostgreSQL each server has its own store (its own pool) on one schema; an in-memory
      // SQLite database can be shared only within one process, so there both servers share its store.
      const target = backend === 'sqlite' ? ':memory:' : `${POSTGRES_URL}?schema=t_race_${randomBytes(4).toString('hex')}`;
      const storeA = openStore(target);
      await prepareRegistry(storeA);
      await seedAccounts(storeA);
      const storeB = backend === 'sqlite' ? storeA : openStore(target);
      const serverA = await startServer(storeA);
      const serverB = await startServer(storeB);
      try {
        const editor = await signIn(serverA.url, 'editor@example.org');
        const { a, b } = await twoPlaces(storeA);
        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            call(i % 2 ? serverA.url : serverB.url, 'POST', '/api/partnerships', {
              session: editor,
              body: i % 3 ? tieBody(a.id, b.id) : tieBody(b.id, a.id),
            }),
          ),
        );
        expectOneCreated(responses, 'placeBId', 'duplicate_tie');
        expect(await liveTies(storeA)).toBe(1);
      } finally {
        await serverA.close();
        await serverB.close();
        if (storeB !== storeA) await storeB.close();
        await storeA.close();
      }
    });
  },
  { registry: 'none' },
);
