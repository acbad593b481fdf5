import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { BACKENDS, ctxFor, freshStore } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

interface Operation {
  method: string;
  path: string;
}

/** Routes anyone may call, writes included. */
const OPEN = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);
const ADMIN_ONLY = [/\/restore$/, /^\/api\/users/, /^POST \/api\/areas$/];
const EDITOR_READS = [/^GET \/api\/audit$/, /\/history$/];

const key = (op: Operation) => `${op.method} ${op.path}`;
const needs = (op: Operation): 'anyone' | 'editor' | 'admin' => {
  if (OPEN.has(key(op))) return 'anyone';
  if (ADMIN_ONLY.some((r) => r.test(op.path) || r.test(key(op)))) return 'admin';
  if (op.method !== 'GET' || EDITOR_READS.some((r) => r.test(key(op)) || r.test(op.path))) return 'editor';
  return 'anyone';
};

for (const backend of BACKENDS) {
  describe(`every route of the OpenAPI document [${backend}]`, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let operations: Operation[] = [];
    const sessions: Record<string, Session> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      store = await freshStore(backend);
      await loadDemo(ctxFor(store));
      const emails = await seedAccounts(store);
      server = await startServer(store);
      for (const [role, email] of Object.entries(emails)) sessions[role] = await signIn(server.url, email);
      const doc = (await call(server.url, 'GET', '/api/openapi.json')).json as { paths: Record<string, Record<string, unknown>> };
      operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
      for (const collection of ['places', 'partnerships', 'agreements', 'people', 'organisations', 'events', 'mechanisms', 'sources', 'figures']) {
        const page = await call(server.url, 'GET', `/api/${collection}?limit=1`);
        ids[collection] = ((page.json.items as { id: string }[])[0]!).id;
      }
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    /** A request each route accepts from an administrator, built on the demo registry. */
    async function sample(op: Operation): Promise<{ path: string; body?: unknown; headers?: Record<string, string>; expect: number }> {
      const admin = sessions.admin!;
      const m = /^\/api\/(\w+)(?:\/\{id\})?(\/\w+)?$/.exec(op.path);
      const collection = m?.[1] ?? '';
      const fresh = async () => {
        const place = await call(server.url, 'POST', '/api/places', {
          session: admin, body: { kind: 'city', names: { en: `Testville ${Math.random().toString(36).slice(2, 8)}` }, country: 'FR' },
        });
        return place.json as { id: string; version: number };
      };
      const bodies: Record<string, unknown> = {
        places: { kind: 'city', names: { en: 'Samplecity', zh: '样本市' }, country: 'DE' },
        partnerships: { placeAId: ids.places, placeBId: (await fresh()).id, history: [{ kind: 'established', date: '2020', type: 'cooperation' }] },
        agreements: { kind: 'memorandum', titles: { en: 'A memorandum' }, signedOn: '2025-01' },
        people: { names: { en: 'Sample Person' } },
        organisations: { kind: 'company', names: { en: 'Sample Company' } },
        events: { kind: 'meeting', titles: { en: 'A meeting' }, start: '2025-06-01' },
        mechanisms: { names: { en: 'A network' } },
        sources: { kind: 'article', title: 'An article' },
        figures: { homePlaceId: ids.places, asOf: '2025', places: 1, sourceId: ids.sources },
      };
      switch (key(op)) {
        case 'POST /api/auth/login': return { path: op.path, body: { email: 'admin@example.org', password: 'correct horse battery' }, expect: 200 };
        case 'POST /api/auth/logout': return { path: op.path, expect: 204 };
        case 'GET /api/me': return { path: op.path, expect: 200 };
        case 'GET /api/users': return { path: op.path, expect: 200 };
        case 'POST /api/users': return { path: op.path, body: { email: `new${Date.now()}@example.org`, role: 'viewer', password: 'a long enough password' }, expect: 201 };
        case 'PATCH /api/users/{id}': {
          const users = (await call(server.url, 'GET', '/api/users', { session: admin })).json.items as { id: string; email: string }[];
          return { path: `/api/users/${users.find((u) => u.email === 'viewer@example.org')!.id}`, body: { role: 'viewer' }, expect: 200 };
        }
        case 'GET /api/stats': return { path: '/api/stats?home=Shenzhen&asOf=2024-03-07&lang=zh', expect: 200 };
        case 'GET /api/site': return { path: op.path, expect: 200 };
        case 'GET /api/dashboard': return { path: '/api/dashboard?home=Shenzhen', expect: 200 };
        case 'GET /api/audit': return { path: '/api/audit?limit=5', expect: 200 };
        case 'GET /api/areas': return { path: op.path, expect: 200 };
        case 'POST /api/areas': return { path: op.path, body: { key: `area_${Date.now()}`, labels: { zh: '试验', en: 'Trial' } }, expect: 201 };
        case 'GET /api/citations': return { path: `/api/citations?entity=place&id=${ids.places}`, expect: 200 };
        case 'POST /api/citations': return { path: op.path, body: { sourceId: ids.sources, entity: 'place', entityId: ids.places, quote: 'q' }, expect: 201 };
        case 'DELETE /api/citations/{id}': {
          const c = await call(server.url, 'POST', '/api/citations', { session: admin, body: { sourceId: ids.sources, entity: 'place', entityId: ids.places } });
          return { path: `/api/citations/${String(c.json.id)}`, expect: 204 };
        }
      }
      if (!(collection in bodies)) throw new Error(`no sample request for ${key(op)}: add one to this test`);
      const existing = ids[collection]!;
      if (op.method === 'GET' && op.path === `/api/${collection}`) return { path: `${op.path}?limit=2`, expect: 200 };
      if (op.method === 'POST' && op.path === `/api/${collection}`) return { path: op.path, body: bodies[collection], expect: 201 };
      if (op.method === 'GET' && m?.[2] === '/history') return { path: `/api/${collection}/${existing}/history`, expect: 200 };
      if (op.method === 'GET') return { path: `/api/${collection}/${existing}`, expect: 200 };
      // Writes to one record go to a record made for the purpose.
      const created = await call(server.url, 'POST', `/api/${collection}`, { session: admin, body: bodies[collection] });
      if (created.status !== 201) throw new Error(`cannot create a ${collection} sample: ${JSON.stringify(created.body)}`);
      const id = String(created.json.id);
      const ifMatch = { 'if-match': `"${String(created.json.version)}"` };
      if (m?.[2] === '/restore') {
        await call(server.url, 'DELETE', `/api/${collection}/${id}`, { session: admin, headers: ifMatch });
        return { path: `/api/${collection}/${id}/restore`, expect: 200 };
      }
      if (op.method === 'PUT') return { path: `/api/${collection}/${id}`, body: bodies[collection], headers: ifMatch, expect: 200 };
      if (op.method === 'PATCH') return { path: `/api/${collection}/${id}`, body: { visibility: 'internal' }, headers: ifMatch, expect: 200 };
      if (op.method === 'DELETE') return { path: `/api/${collection}/${id}`, headers: ifMatch, expect: 204 };
      throw new Error(`no sample request for ${key(op)}: add one to this test`);
    }

    it('lists the routes', () => {
      expect(operations.length).toBeGreaterThan(80);
      expect(operations.map(key)).toEqual(expect.arrayContaining(['GET /api/stats', 'POST /api/auth/login', 'GET /api/places/{id}', 'PATCH /api/partnerships/{id}']));
    });

    it('answers every route for a caller with the right role', async () => {
      const logoutLast = (op: Operation) => (key(op) === 'POST /api/auth/logout' ? 1 : 0);
      for (const op of [...operations].sort((a, b) => logoutLast(a) - logoutLast(b))) {
        const s = await sample(op);
        const res = await call(server.url, op.method, s.path, { session: sessions.admin, body: s.body, headers: s.headers });
        expect([key(op), res.status, res.status === s.expect ? '' : JSON.stringify(res.body)]).toEqual([key(op), s.expect, '']);
        if (op.method === 'GET' && res.status === 200 && /\{id\}$/.test(op.path)) expect(res.headers.get('etag')).toMatch(/^"\d+"$/);
      }
      // Logging out ended the administrator's session above; sign in again for the tests that follow.
      sessions.admin = await signIn(server.url, 'admin@example.org');
    });

    it('refuses every write to anonymous callers (401) and to roles below the route’s (403)', async () => {
      for (const op of operations) {
        const role = needs(op);
        if (role === 'anyone') continue;
        const path = op.path.replace('{id}', op.path.startsWith('/api/users') ? 'us_aaaaaaaaaa' : ids[op.path.split('/')[2]!] ?? 'ci_aaaaaaaaaa');
        const body = ['POST', 'PUT', 'PATCH'].includes(op.method) ? {} : undefined;
        const anonymous = await call(server.url, op.method, path, { body });
        expect([key(op), 'anonymous', anonymous.status]).toEqual([key(op), 'anonymous', 401]);
        const below = role === 'admin' ? sessions.editor! : sessions.viewer!;
        const refused = await call(server.url, op.method, path, { body, session: below });
        expect([key(op), 'below', refused.status]).toEqual([key(op), 'below', 403]);
      }
    });

    it('keeps internal records from the public and shows them to viewers', async () => {
      const created = await call(server.url, 'POST', '/api/places', {
        session: sessions.editor, body: { kind: 'city', names: { en: 'Quietville' }, country: 'FR', visibility: 'internal' },
      });
      const id = String(created.json.id);
      expect((await call(server.url, 'GET', `/api/places/${id}`)).status).toBe(404);
      expect(JSON.stringify((await call(server.url, 'GET', '/api/places?q=quiet')).json.items)).not.toContain(id);
      expect((await call(server.url, 'GET', `/api/places/${id}`, { session: sessions.viewer })).status).toBe(200);
      expect(JSON.stringify((await call(server.url, 'GET', '/api/places?q=quiet', { session: sessions.viewer })).json.items)).toContain(id);
    });

    it('answers 404 for unknown ids and routes, without a stack trace', async () => {
      const unknown = await call(server.url, 'GET', '/api/places/pl_doesnotexist');
      expect(unknown.status).toBe(404);
      expect(unknown.json).toMatchObject({ error: 'not_found' });
      const noRoute = await call(server.url, 'GET', '/api/nothing-here');
      expect(noRoute.status).toBe(404);
      expect(JSON.stringify(noRoute.body)).not.toMatch(/at .*\.ts/);
    });
  });
}
