import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { ctxFor, describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

interface Operation {
  method: string;
  path: string;
}

/** Routes anyone may call, writes included. */
const OPEN = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/check', 'GET /api/calendar.ics']);
const ADMIN_ONLY = [/\/restore$/, /^\/api\/users/, /^POST \/api\/areas$/, /\/undo$/, /^POST \/api\/tokens$/];
const EDITOR_READS = [/^GET \/api\/audit$/, /\/history$/, /^GET \/api\/duplicates$/];
/** Reads that need an account, though not an editor's. */
const VIEWER_READS = [
  /^GET \/api\/liaison$/,
  /^GET \/api\/settings$/,
  /^POST \/api\/calendar\/token$/,
  /^GET \/api\/reports\/annual$/,
  /^GET \/api\/flows\/places$/,
];
const ADMIN_WRITES = [/^PUT \/api\/settings$/];
/** One's own tokens: listed and revoked by any account, every account's by administrators. */
const OWN_TOKENS = [/^GET \/api\/tokens$/, /^DELETE \/api\/tokens\/\{id\}$/];

const key = (op: Operation) => `${op.method} ${op.path}`;
const needs = (op: Operation): 'anyone' | 'viewer' | 'editor' | 'admin' => {
  if (OPEN.has(key(op))) return 'anyone';
  if (ADMIN_ONLY.some((r) => r.test(op.path) || r.test(key(op))) || ADMIN_WRITES.some((r) => r.test(key(op)))) return 'admin';
  if (VIEWER_READS.some((r) => r.test(key(op))) || OWN_TOKENS.some((r) => r.test(key(op)))) return 'viewer';
  if (op.method !== 'GET' || EDITOR_READS.some((r) => r.test(key(op)) || r.test(op.path))) return 'editor';
  return 'anyone';
};

describeEachBackend(
  'every route of the OpenAPI document',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let operations: Operation[] = [];
    const sessions: Record<string, Session> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      store = use().store;
      await loadDemo(ctxFor(store));
      const emails = await seedAccounts(store);
      server = await startServer(store);
      for (const [role, email] of Object.entries(emails)) sessions[role] = await signIn(server.url, email);
      const doc = (await call(server.url, 'GET', '/api/openapi.json')).json as { paths: Record<string, Record<string, unknown>> };
      operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
      const task = await call(server.url, 'POST', '/api/tasks', {
        session: sessions.admin,
        body: { title: 'Send the programme', owner: 'editor@example.org', due: '2025-01-31' },
      });
      expect(task.status).toBe(201);
      for (const collection of [
        'places',
        'partnerships',
        'agreements',
        'people',
        'organisations',
        'events',
        'mechanisms',
        'sources',
        'figures',
        'tasks',
      ]) {
        const page = await call(server.url, 'GET', `/api/${collection}?limit=1`, { session: sessions.admin });
        ids[collection] = (page.json.items as { id: string }[])[0]!.id;
      }
    });
    afterAll(async () => {
      await server?.close();
    });

    /** A request each route accepts from an administrator, built on the demo registry. */
    async function sample(op: Operation): Promise<{ path: string; body?: unknown; headers?: Record<string, string>; expect: number }> {
      const admin = sessions.admin!;
      const m = /^\/api\/(\w+)(?:\/\{id\})?(\/\w+)?$/.exec(op.path);
      const collection = m?.[1] ?? '';
      const fresh = async () => {
        const place = await call(server.url, 'POST', '/api/places', {
          session: admin,
          body: { kind: 'city', names: { en: `Testville ${Math.random().toString(36).slice(2, 8)}` }, country: 'FR' },
        });
        return place.json as { id: string; version: number };
      };
      const bodies: Record<string, unknown> = {
        places: { kind: 'city', names: { en: 'Samplecity', zh: '样本市' }, country: 'DE' },
        partnerships: {
          placeAId: ids.places,
          placeBId: (await fresh()).id,
          history: [{ kind: 'established', date: '2020', type: 'cooperation' }],
        },
        agreements: { kind: 'memorandum', titles: { en: 'A memorandum' }, signedOn: '2025-01' },
        people: { names: { en: 'Sample Person' } },
        organisations: { kind: 'company', names: { en: 'Sample Company' } },
        events: { kind: 'meeting', titles: { en: 'A meeting' }, start: '2025-06-01' },
        mechanisms: { names: { en: 'A network' } },
        sources: { kind: 'article', title: 'An article' },
        figures: { homePlaceId: ids.places, asOf: '2025', places: 1, sourceId: ids.sources },
        tasks: { title: 'Book the hall', owner: 'editor@example.org', due: '2025-02-28', partnershipId: ids.partnerships },
      };
      switch (key(op)) {
        case 'POST /api/auth/login':
          return { path: op.path, body: { email: 'admin@example.org', password: 'correct horse battery' }, expect: 200 };
        case 'POST /api/auth/logout':
          return { path: op.path, expect: 204 };
        case 'GET /api/me':
          return { path: op.path, expect: 200 };
        case 'GET /api/users':
          return { path: op.path, expect: 200 };
        case 'POST /api/users':
          return {
            path: op.path,
            body: { email: `new${Date.now()}@example.org`, role: 'viewer', password: 'a long enough password' },
            expect: 201,
          };
        case 'PATCH /api/users/{id}': {
          const users = (await call(server.url, 'GET', '/api/users', { session: admin })).json.items as { id: string; email: string }[];
          return { path: `/api/users/${users.find((u) => u.email === 'viewer@example.org')!.id}`, body: { role: 'viewer' }, expect: 200 };
        }
        case 'GET /api/tokens':
          return { path: op.path, expect: 200 };
        case 'POST /api/tokens':
        case 'DELETE /api/tokens/{id}': {
          const users = (await call(server.url, 'GET', '/api/users', { session: admin })).json.items as { id: string; email: string }[];
          const body = { userId: users.find((u) => u.email === 'viewer@example.org')!.id, name: 'sample', expiresAt: '30d' };
          if (op.method === 'POST') return { path: op.path, body, expect: 201 };
          const made = await call(server.url, 'POST', '/api/tokens', { session: admin, body });
          return { path: `/api/tokens/${String(made.json.id)}`, expect: 200 };
        }
        case 'GET /api/stats':
          return { path: '/api/stats?home=Shenzhen&asOf=2024-03-07&lang=zh', expect: 200 };
        case 'GET /api/stats/partners':
          return { path: '/api/stats/partners?home=Shenzhen&asOf=2024-03-07&limit=5', expect: 200 };
        case 'GET /api/site':
          return { path: op.path, expect: 200 };
        case 'GET /api/dashboard':
          return { path: '/api/dashboard?home=Shenzhen', expect: 200 };
        case 'GET /api/audit':
          return { path: '/api/audit?limit=5', expect: 200 };
        case 'GET /api/areas':
          return { path: op.path, expect: 200 };
        case 'POST /api/areas':
          return { path: op.path, body: { key: `area_${Date.now()}`, labels: { zh: '试验', en: 'Trial' } }, expect: 201 };
        case 'GET /api/citations':
          return { path: `/api/citations?entity=place&id=${ids.places}`, expect: 200 };
        case 'POST /api/citations':
          return { path: op.path, body: { sourceId: ids.sources, entity: 'place', entityId: ids.places, quote: 'q' }, expect: 201 };
        case 'GET /api/network/partners':
          return { path: '/api/network/partners?place=Shenzhen', expect: 200 };
        case 'GET /api/network/shared':
          return { path: '/api/network/shared?a=Shenzhen&b=Futian', expect: 200 };
        case 'GET /api/network/path':
          return { path: '/api/network/path?from=Futian&to=Moscow', expect: 200 };
        case 'GET /api/network/rank':
          return { path: '/api/network/rank?country=CN&limit=3', expect: 200 };
        case 'GET /api/network/components':
          return { path: '/api/network/components?place=Shenzhen', expect: 200 };
        case 'GET /api/network/matrix':
          return { path: '/api/network/matrix?countries=CN,RU', expect: 200 };
        case 'GET /api/network/suggest':
          return { path: '/api/network/suggest?home=Shenzhen&continents=EU&limit=3', expect: 200 };
        case 'GET /api/network/peers':
          return { path: '/api/network/peers?home=Shenzhen&foreign=Moscow', expect: 200 };
        case 'GET /api/network/reconcile':
          return { path: '/api/network/reconcile?home=Shenzhen', expect: 200 };
        case 'GET /api/network/map':
          return { path: op.path, expect: 200 };
        case 'GET /api/network/export':
          return { path: '/api/network/export?format=gexf', expect: 200 };
        case 'POST /api/check':
          return {
            path: op.path,
            body: { text: 'Shenzhen and Moscow signed a memorandum on 6 March 2024.', asOf: '2024-03-07' },
            expect: 200,
          };
        case 'POST /api/sources/ingest':
          return { path: op.path, body: { content: `发布时间:2024年03月07日\n\n一段文字 ${Date.now()}。` }, expect: 201 };
        case 'GET /api/facts':
          return { path: `/api/facts?entity=place&id=${ids.places}`, expect: 200 };
        case 'PUT /api/facts/decision':
          return { path: op.path, body: { entity: 'place', id: ids.places, field: 'names.en', value: 'x', reason: 'test' }, expect: 204 };
        case 'GET /api/health':
          return { path: '/api/health?home=Shenzhen&asOf=2024-12-31', expect: 200 };
        case 'POST /api/partnerships/{id}/status': {
          const tie = await call(server.url, 'POST', '/api/partnerships', { session: admin, body: bodies.partnerships });
          return {
            path: `/api/partnerships/${String(tie.json.id)}/status`,
            body: { status: 'dormant', date: '2024' },
            headers: { 'if-match': '"1"' },
            expect: 200,
          };
        }
        case 'POST /api/partnerships/{id}/status/preview': {
          const tie = await call(server.url, 'POST', '/api/partnerships', { session: admin, body: bodies.partnerships });
          return { path: `/api/partnerships/${String(tie.json.id)}/status/preview`, body: { status: 'ended', date: '2024' }, expect: 200 };
        }
        case 'GET /api/flows/places':
          return { path: '/api/flows/places?q=Moskva', expect: 200 };
        case 'POST /api/flows/add-partner':
          return {
            path: op.path,
            body: {
              homeId: ids.places,
              newPlace: { names: { en: `Partnerville ${Date.now()}` }, country: 'FR' },
              type: 'cooperation',
              established: '2025-05',
              source: { kind: 'existing', id: ids.sources },
              quote: 'They agreed to cooperate.',
            },
            expect: 201,
          };
        case 'POST /api/flows/plan-visit':
          return {
            path: op.path,
            body: {
              kind: 'incoming_visit',
              titles: { en: 'A planned visit' },
              members: [{ newPerson: { names: { en: 'A Visitor' } }, delegation: 'head' }],
            },
            expect: 201,
          };
        case 'PUT /api/flows/plan-visit/{id}': {
          const body = { kind: 'incoming_visit', titles: { en: 'A planned visit' } };
          const planned = await call(server.url, 'POST', '/api/flows/plan-visit', { session: admin, body });
          return {
            path: op.path.replace('{id}', String(planned.json.eventId)),
            body: { ...body, titles: { en: 'A replanned visit' } },
            headers: { 'if-match': '"1"' },
            expect: 200,
          };
        }
        case 'POST /api/flows/record-signing':
        case 'POST /api/flows/record-signing/preview':
          return {
            path: op.path,
            body: {
              homeId: ids.places,
              agreement: { kind: 'letter_of_intent', titles: { en: 'A letter of intent' }, signedOn: '2025-05' },
              signatories: [{ newPerson: { names: { en: 'A Signatory' } }, side: 'partner' }],
              tie: { effect: 'founds', newPlace: { names: { en: `Signville ${Date.now()}` }, country: 'FR' }, type: 'cooperation' },
              source: { kind: 'existing', id: ids.sources },
              quote: 'They signed a letter of intent.',
            },
            expect: op.path.endsWith('/preview') ? 200 : 201,
          };
        case 'POST /api/events/{id}/publish':
        case 'POST /api/events/{id}/unpublish': {
          const publish = op.path.endsWith('/publish');
          const event = await call(server.url, 'POST', '/api/events', {
            session: admin,
            body: { kind: 'incoming_visit', titles: { en: 'A visit' }, visibility: publish ? 'internal' : 'public' },
          });
          return { path: op.path.replace('{id}', String(event.json.id)), headers: { 'if-match': '"1"' }, expect: 200 };
        }
        case 'POST /api/events/{id}/publish/preview':
        case 'POST /api/events/{id}/unpublish/preview': {
          const event = await call(server.url, 'POST', '/api/events', {
            session: admin,
            body: { kind: 'incoming_visit', titles: { en: 'A visit' } },
          });
          return { path: op.path.replace('{id}', String(event.json.id)), expect: 200 };
        }
        case 'POST /api/partnerships/{id}/contacts/{contact}/handover': {
          const tie = await call(server.url, 'POST', '/api/partnerships', {
            session: admin,
            body: { ...(bodies.partnerships as object), contacts: [{ id: 'c1', side: 'b', name: 'A Contact' }] },
          });
          return {
            path: `/api/partnerships/${String(tie.json.id)}/contacts/c1/handover`,
            body: { until: '2025-01', successor: { name: 'B Contact' } },
            headers: { 'if-match': '"1"' },
            expect: 200,
          };
        }
        case 'GET /api/liaison':
          return { path: op.path, expect: 200 };
        case 'GET /api/reminders':
          return { path: '/api/reminders?within=1y&from=2024-01-01', expect: 200 };
        case 'POST /api/calendar/token':
          return { path: op.path, expect: 200 };
        case 'GET /api/calendar.ics': {
          const t = await call(server.url, 'POST', '/api/calendar/token', { session: admin });
          return { path: `/api/calendar.ics?token=${String(t.json.token)}`, expect: 200 };
        }
        case 'GET /api/relations':
          return { path: op.path, expect: 200 };
        case 'PUT /api/relations':
          return { path: op.path, body: { countries: ['CN', 'FR'], established: '1964-01-27' }, expect: 200 };
        case 'GET /api/settings':
          return { path: op.path, expect: 200 };
        case 'PUT /api/settings':
          return { path: op.path, body: { reminders: { anniversaryEvery: 5, expiryHorizonDays: 120 } }, expect: 200 };
        case 'GET /api/reports/annual':
          return { path: '/api/reports/annual?year=2024&lang=en&format=html', expect: 200 };
        case 'GET /api/reports/visits':
          return { path: '/api/reports/visits?year=2024', expect: 200 };
        case 'GET /api/search':
          return { path: '/api/search?q=Cheremin&types=person', expect: 200 };
        case 'POST /api/duplicates/check':
          return { path: op.path, body: { kind: 'place', record: { kind: 'city', names: { en: 'Moskva' }, country: 'RU' } }, expect: 200 };
        case 'GET /api/duplicates':
          return { path: '/api/duplicates?types=place', expect: 200 };
        case 'POST /api/merges': {
          const a = await fresh();
          const b = await fresh();
          return { path: op.path, body: { survivorId: a.id, duplicateId: b.id }, expect: 200 };
        }
        case 'GET /api/merges':
          return { path: '/api/merges?limit=5', expect: 200 };
        case 'POST /api/merges/{id}/undo': {
          const a = await fresh();
          const b = await fresh();
          const merged = await call(server.url, 'POST', '/api/merges', { session: admin, body: { survivorId: a.id, duplicateId: b.id } });
          return { path: `/api/merges/${String(merged.json.id)}/undo`, expect: 200 };
        }
        case 'DELETE /api/citations/{id}': {
          const c = await call(server.url, 'POST', '/api/citations', {
            session: admin,
            body: { sourceId: ids.sources, entity: 'place', entityId: ids.places },
          });
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
      if (op.method === 'PATCH')
        return { path: `/api/${collection}/${id}`, body: { visibility: 'internal' }, headers: ifMatch, expect: 200 };
      if (op.method === 'DELETE') return { path: `/api/${collection}/${id}`, headers: ifMatch, expect: 204 };
      throw new Error(`no sample request for ${key(op)}: add one to this test`);
    }

    it('lists the routes', () => {
      expect(operations.length).toBeGreaterThan(80);
      expect(operations.map(key)).toEqual(
        expect.arrayContaining(['GET /api/stats', 'POST /api/auth/login', 'GET /api/places/{id}', 'PATCH /api/partnerships/{id}']),
      );
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
        const path = op.path.replace(
          '{id}',
          op.path.startsWith('/api/users') ? 'us_aaaaaaaaaa' : (ids[op.path.split('/')[2]!] ?? 'ci_aaaaaaaaaa'),
        );
        const body = ['POST', 'PUT', 'PATCH'].includes(op.method) ? {} : undefined;
        const anonymous = await call(server.url, op.method, path, { body });
        expect([key(op), 'anonymous', anonymous.status]).toEqual([key(op), 'anonymous', 401]);
        if (role === 'viewer') continue;
        const below = role === 'admin' ? sessions.editor! : sessions.viewer!;
        const refused = await call(server.url, op.method, path, { body, session: below });
        expect([key(op), 'below', refused.status]).toEqual([key(op), 'below', 403]);
      }
    });

    it('keeps internal records from the public and shows them to viewers', async () => {
      const created = await call(server.url, 'POST', '/api/places', {
        session: sessions.editor,
        body: { kind: 'city', names: { en: 'Quietville' }, country: 'FR', visibility: 'internal' },
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
  },
  { registry: 'shared' },
);
