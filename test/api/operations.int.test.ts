import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/permissions.ts';
import { securityHeaders } from '../../src/http/hooks/headers.ts';
import { registerGauge } from '../../src/http/metrics.ts';
import { buildServer, type ServerOptions } from '../../src/http/server.ts';
import { WEB_BUILD_DIR, webApp } from '../../src/http/web-app.ts';
import { accounts } from '../../src/services/auth/accounts.service.ts';
import { LOGIN_LIMITS } from '../../src/services/auth/login-throttle.ts';
import { tasks } from '../../src/services/records.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { describeEachBackend, freshStore } from '../support/backends.ts';
import { call, seedAccounts, signIn, type Session } from '../support/server.ts';

/** A server on a free port whose log lines are kept, parsed, in `lines`. */
async function serveLogged(options: ServerOptions) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = await buildServer({ logger: { level: 'info', stream }, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, port, lines, close: () => app.close() };
}

/** A request with a Host header of our choosing, which fetch does not allow. */
function withHost(port: number, method: string, path: string, host: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, host } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A path of the OpenAPI document with its parameters filled in. */
const filled = (path: string) => path.replace(/\{[^}]+\}/g, 'zz_nothing');

describeEachBackend(
  'HTTP hygiene and observability',
  (use, backend) => {
    let server: Awaited<ReturnType<typeof serveLogged>>;
    let admin: Session;
    let adminToken = '';

    beforeAll(async () => {
      const { store } = use();
      await seedAccounts(store);
      server = await serveLogged({ store, corsOrigins: ['https://desk.example.org'], publicUrl: 'https://amity.example.org' });
      admin = await signIn(server.url, 'admin@example.org');
      const ctx = { db: store.db, actor: systemActor('test'), now: () => new Date() };
      const user = await accounts.byEmail(ctx, 'admin@example.org');
      adminToken = (await accounts.createToken(ctx, user.id, 'scraper')).token;
      // A reminder that links to its record, so the feed writes an absolute address.
      const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      await tasks.create(ctx, { title: 'Send the photographs', owner: 'admin@example.org', due });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('marks every signed-in GET answer of the API as not to be stored, varying by cookie and token', async () => {
      const doc = (await call(server.url, 'GET', '/api/openapi.json')).json as { paths: Record<string, Record<string, unknown>> };
      const paths = Object.entries(doc.paths)
        .filter(([, methods]) => 'get' in methods)
        .map(([path]) => filled(path));
      expect(paths.length).toBeGreaterThan(30);
      for (const path of [...paths, '/api/me', '/api/openapi.json']) {
        for (const auth of [{ session: admin }, { token: adminToken }]) {
          const res = await call(server.url, 'GET', path, auth);
          expect([path, res.headers.get('cache-control')]).toEqual([path, expect.stringMatching(/^(no-store|private, no-cache)$/)]);
          const vary = (res.headers.get('vary') ?? '').toLowerCase();
          expect([path, vary]).toEqual([path, expect.stringContaining('cookie')]);
          expect([path, vary]).toEqual([path, expect.stringContaining('authorization')]);
        }
      }
      // The CSRF token travels in /api/me: never stored by any cache.
      expect((await call(server.url, 'GET', '/api/me', { session: admin })).headers.get('cache-control')).toBe('no-store');
    });

    it('keeps the long cache of the web app’s hashed assets for a signed-in browser, and keeps its page private', async () => {
      const web = await serveLogged({ store: use().store, logger: false, plugins: [webApp()] });
      try {
        const asset = readdirSync(join(WEB_BUILD_DIR, 'assets')).find((f) => f.endsWith('.js'))!;
        const signedIn = await call(web.url, 'GET', `/assets/${asset}`, { session: admin });
        expect(signedIn.status).toBe(200);
        expect(signedIn.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        const page = await call(web.url, 'GET', '/staff/calendar', { session: admin });
        expect(page.headers.get('cache-control')).toBe('private, no-cache');
        expect(page.headers.get('vary')).toContain('Cookie');
        expect((await call(web.url, 'GET', '/staff/calendar')).headers.get('cache-control')).toBe('no-cache');
      } finally {
        await web.close();
      }
    });

    it('lets an allowed origin send a PATCH with If-Match and the CSRF header, and read the ETag', async () => {
      const preflight = await call(server.url, 'OPTIONS', '/api/places/zz_nothing', {
        headers: {
          origin: 'https://desk.example.org',
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'if-match, x-csrf-token, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
      const methods = (preflight.headers.get('access-control-allow-methods') ?? '').split(',').map((m) => m.trim());
      expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']));
      const headers = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const h of ['if-match', 'x-csrf-token', 'content-type', 'authorization']) expect(headers).toContain(h);
      const read = await call(server.url, 'GET', '/api/places?limit=1', { headers: { origin: 'https://desk.example.org' } });
      expect((read.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('etag');
      const stranger = await call(server.url, 'OPTIONS', '/api/places/zz_nothing', {
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' },
      });
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('writes a calendar feed’s request to the log without its token', async () => {
      const made = await call(server.url, 'POST', '/api/calendar/token', { session: admin });
      const token = String(made.json.token);
      expect(token).toMatch(/^cal_/);
      const feed = await call(server.url, 'GET', `/api/calendar.ics?token=${token}&lang=zh`);
      expect(feed.status).toBe(200);
      const logged = server.lines.filter((l) => JSON.stringify(l).includes('calendar.ics'));
      expect(logged.length).toBeGreaterThan(0);
      expect(JSON.stringify(server.lines)).not.toContain(token);
      expect(JSON.stringify(server.lines)).not.toContain(token.slice(4));
      expect(logged.map((l) => (l.req as { url?: string } | undefined)?.url).filter(Boolean)).toContain(
        '/api/calendar.ics?token=[redacted]&lang=zh',
      );
    });

    it('builds absolute addresses from the configured public URL, never from the Host header', async () => {
      const evil = 'evil.example';
      const made = await withHost(server.port, 'POST', '/api/calendar/token', evil, {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
      });
      expect(made.status).toBe(200);
      const { url, token } = JSON.parse(made.text) as { url: string; token: string };
      expect(url).toBe(`https://amity.example.org/api/calendar.ics?token=${token}`);
      const answers = [
        made,
        await withHost(server.port, 'GET', `/api/calendar.ics?token=${token}`, evil),
        await withHost(server.port, 'GET', '/api/me', evil, { cookie: admin.cookie }),
        await withHost(server.port, 'GET', '/api/openapi.json', evil),
        await withHost(server.port, 'GET', '/api/nothing-here', evil),
        await withHost(server.port, 'GET', '/healthz', evil),
      ];
      for (const answer of answers) {
        expect(answer.text).not.toContain(evil);
        expect(JSON.stringify(answer.headers)).not.toContain(evil);
      }
      expect(answers[1]!.text).toContain('https://amity.example.org/staff/');
    });

    it('without a public URL, writes the feed’s address relative to the server', async () => {
      const bare = await serveLogged({ store: use().store, logger: false });
      try {
        const session = await signIn(bare.url, 'viewer@example.org');
        const made = await withHost(bare.port, 'POST', '/api/calendar/token', 'evil.example', {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        });
        expect(JSON.parse(made.text).url).toMatch(/^\/api\/calendar\.ics\?token=cal_/);
      } finally {
        await bare.close();
      }
    });

    it('names each request by an id, in its X-Request-Id, its error body and its log lines', async () => {
      const missing = await call(server.url, 'GET', '/api/places/zz_nothing');
      expect(missing.status).toBe(404);
      const id = missing.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(missing.json.requestId).toBe(id);
      const invalid = await call(server.url, 'POST', '/api/places', { session: admin, body: { kind: 'nowhere' } });
      expect(invalid.status).toBe(400);
      expect(invalid.json.requestId).toBe(invalid.headers.get('x-request-id'));
      const noRoute = await call(server.url, 'GET', '/api/no-such-route');
      expect(noRoute.json.requestId).toBe(noRoute.headers.get('x-request-id'));

      const traced = await call(server.url, 'GET', '/api/places/zz_nothing', { headers: { 'x-request-id': 'proxy-trace.4711' } });
      expect([traced.headers.get('x-request-id'), traced.json.requestId]).toEqual(['proxy-trace.4711', 'proxy-trace.4711']);
      const forged = await call(server.url, 'GET', '/healthz', { headers: { 'x-request-id': 'bad id\twith "quotes"' } });
      expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const own = server.lines.filter((l) => l.reqId === 'proxy-trace.4711');
      expect(own.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
      const requestLines = server.lines.filter((l) => l.req !== undefined || l.res !== undefined);
      expect(requestLines.length).toBeGreaterThan(10);
      expect(requestLines.every((l) => typeof l.reqId === 'string')).toBe(true);
    });

    it('logs refused requests (401, 403, 429) with their route and address', async () => {
      const viewer = await signIn(server.url, 'viewer@example.org');
      expect((await call(server.url, 'GET', '/api/liaison')).status).toBe(401);
      expect((await call(server.url, 'GET', '/metrics', { session: viewer })).status).toBe(403);
      const wrong = { email: 'editor@example.org', password: 'not the password at all' };
      const statuses: number[] = [];
      for (let i = 0; i <= LOGIN_LIMITS.account; i++)
        statuses.push((await call(server.url, 'POST', '/api/auth/login', { body: wrong })).status);
      expect(statuses.at(-1)).toBe(429);
      const refused = server.lines.filter((l) => l.msg === 'request refused');
      const seen = refused.map((l) => `${String(l.status)} ${String(l.method)} ${String(l.route)} ${String(l.address)}`);
      expect(seen).toEqual(
        expect.arrayContaining([
          '401 GET /api/liaison 127.0.0.1',
          '403 GET /metrics 127.0.0.1',
          '401 POST /api/auth/login 127.0.0.1',
          '429 POST /api/auth/login 127.0.0.1',
        ]),
      );
    });

    it('serves /metrics to administrators in Prometheus format: routes, latency, pool, failed logins, registered gauges', async () => {
      registerGauge({ name: 'amity_test_queue', help: 'a queue reported through the hook', read: () => ({ queued: 3, running: 1 }) });
      expect((await call(server.url, 'GET', '/metrics')).status).toBe(401);
      const viewer = await signIn(server.url, 'viewer@example.org');
      expect((await call(server.url, 'GET', '/metrics', { session: viewer })).status).toBe(403);
      await call(server.url, 'GET', '/api/places/zz_one');
      await call(server.url, 'GET', '/api/places/zz_two');
      await call(server.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.org', password: 'wrong password here' } });
      const res = await call(server.url, 'GET', '/metrics', { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = String(res.body);
      // By route pattern: the two ids are one series.
      expect(text).toMatch(/amity_http_requests_total\{method="GET",route="\/api\/places\/:id",status="404"\} ([2-9]|\d\d+)/);
      expect(text).not.toContain('zz_one');
      expect(text).toMatch(/amity_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/places\/:id"\} \d+/);
      expect(text).toMatch(/amity_login_failures_total\{reason="wrong_credentials"\} [1-9]/);
      expect(text).toMatch(/amity_db_pool_connections\{state="total"\} [1-9]/);
      expect(text).toMatch(/amity_db_pool_connections\{state="waiting"\} 0/);
      expect(text).toContain('amity_test_queue{state="queued"} 3');
      // The server's own worker pool reports its queue.
      expect(text).toMatch(/amity_worker_pool\{state="queued"\} \d+/);
      expect(text).toContain('amity_process_cpu_user_seconds_total');
    });

    it('lets anyone read /metrics when started to (--metrics-open)', async () => {
      const open = await serveLogged({ store: use().store, logger: false, metricsOpen: true });
      try {
        const res = await call(open.url, 'GET', '/metrics');
        expect(res.status).toBe(200);
        expect(String(res.body)).toContain('amity_http_requests_total');
      } finally {
        await open.close();
      }
    });

    it('sets the security headers made once at start, the content security policy as it was', async () => {
      const res = await call(server.url, 'GET', '/healthz');
      const fixed = securityHeaders({ hsts: false });
      for (const [name, value] of Object.entries(fixed)) expect([name, res.headers.get(name)]).toEqual([name, value]);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self';base-uri 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';worker-src 'self' blob:;connect-src 'self'",
      );
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('cache-control')).toBeNull();
      const secure = await serveLogged({ store: use().store, logger: false, secureCookies: true });
      try {
        const hsts = await call(secure.url, 'GET', '/healthz');
        expect(hsts.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      } finally {
        await secure.close();
      }
    });

    it('serves the browsable API reference at /api/docs, reading the same document as /api/openapi.json', async () => {
      const page = await call(server.url, 'GET', '/api/docs');
      expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expect(String(page.body)).toContain('/api/docs/static/swagger-initializer.js');
      const style = await call(server.url, 'GET', '/api/docs/static/swagger-ui.css');
      expect([style.status, style.headers.get('content-type'), style.headers.get('cache-control')]).toEqual([
        200,
        'text/css; charset=utf-8',
        'no-store',
      ]);
      const shown = (await call(server.url, 'GET', '/api/docs/json')).json as { paths: object };
      const served = (await call(server.url, 'GET', '/api/openapi.json')).json as { paths: object };
      expect(Object.keys(shown.paths)).toEqual(Object.keys(served.paths));
      expect(served.paths).toHaveProperty(['/api/places/{id}', 'get']);
      expect((await call(server.url, 'GET', '/api/docs/nothing-here')).status).toBe(404);
    });

    it('answers /healthz with the security headers alone: no one identified, no cache rule, not counted', async () => {
      const res = await call(server.url, 'GET', '/healthz', {
        headers: { authorization: 'Bearer not-a-token', cookie: 'amity_session=not-a-session' },
      });
      expect([res.status, res.json]).toEqual([200, { status: 'ok' }]);
      expect(res.headers.get('content-security-policy')).toBe(securityHeaders({ hsts: false })['content-security-policy']);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect([res.headers.get('cache-control'), res.headers.get('vary')]).toEqual([null, null]);
      // The same credentials on the API are looked at, and refused.
      expect((await call(server.url, 'GET', '/api/me', { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
      const metrics = String((await call(server.url, 'GET', '/metrics', { token: adminToken })).body);
      expect(metrics).toMatch(/amity_http_requests_total\{method="GET",route="\/api\/me",status="401"\}/);
      expect(metrics).not.toContain('route="/healthz"');
    });

    describeReadiness(backend);
  },
  { registry: 'shared' },
);

function describeReadiness(backend: Store['backend']) {
  const serveOn = async (store: Store): Promise<{ app: FastifyInstance; url: string }> => {
    const s = await serveLogged({ store, logger: false });
    return { app: s.app, url: s.url };
  };

  it('/readyz answers 200 when the database answers and its schema is current', async () => {
    const store = await freshStore(backend);
    const { app, url } = await serveOn(store);
    try {
      const res = await call(url, 'GET', '/readyz');
      expect([res.status, res.headers.get('content-type')]).toEqual([200, expect.stringContaining('application/json')]);
      expect(res.json).toEqual({ ready: true, database: 'ok', schema: 'current' });
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('/readyz answers 503 with the reason when the schema lacks a migration', async () => {
    const store = await freshStore(backend);
    const { app, url } = await serveOn(store);
    try {
      const last = await store.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .orderBy('name' as never, 'desc')
        .executeTakeFirstOrThrow();
      await store.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '=', (last as { name: string }).name as never)
        .execute();
      const res = await call(url, 'GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ ready: false, database: 'ok', schema: 'behind', pending: [(last as { name: string }).name] });
      expect(String(res.json.reason)).toContain('amity init');
      expect((await call(url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('/readyz answers 503 when the database is gone, while /healthz says the process lives', async () => {
    const store = await freshStore(backend);
    const { app, url } = await serveOn(store);
    try {
      await store.close();
      const res = await call(url, 'GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ ready: false, database: 'unreachable' });
      expect(String(res.json.reason)).toMatch(/^the database does not answer: /);
      expect((await call(url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
}
