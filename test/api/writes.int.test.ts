import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/storage/connect.ts';
import { describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

describeEachBackend(
  'writes over HTTP',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let editor: Session;
    let url = '';

    beforeAll(async () => {
      store = use().store;
      const emails = await seedAccounts(store);
      server = await startServer(store);
      url = server.url;
      editor = await signIn(url, emails.editor);
    });
    afterAll(async () => {
      await server?.close();
    });

    const newPlace = async (name = 'Houston') => {
      const res = await call(url, 'POST', '/api/places', { session: editor, body: { kind: 'city', names: { en: name }, country: 'US' } });
      expect(res.status).toBe(201);
      return res.json as { id: string; version: number };
    };
    const countPlaces = async () => Number((await call(url, 'GET', '/api/places?limit=1&count=true', { session: editor })).json.total);

    it('needs If-Match (428) and refuses a stale one (412) without changing anything', async () => {
      const place = await newPlace();
      const noMatch = await call(url, 'PATCH', `/api/places/${place.id}`, { session: editor, body: { note: 'x' } });
      expect(noMatch.status).toBe(428);
      const ok = await call(url, 'PATCH', `/api/places/${place.id}`, {
        session: editor,
        body: { note: 'first' },
        headers: { 'if-match': '"1"' },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('etag')).toBe('"2"');
      const stale = await call(url, 'PATCH', `/api/places/${place.id}`, {
        session: editor,
        body: { note: 'lost?' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      expect(stale.json).toMatchObject({ error: 'stale_version', currentVersion: 2 });
      expect(stale.headers.get('etag')).toBe('"2"');
      const now = await call(url, 'GET', `/api/places/${place.id}`);
      expect(now.json).toMatchObject({ note: 'first', version: 2 });
      expect((await call(url, 'DELETE', `/api/places/${place.id}`, { session: editor, headers: { 'if-match': '"1"' } })).status).toBe(412);
    });

    it('accepts exactly one of 20 concurrent updates of one version, and audits only what it accepted', async () => {
      const place = await newPlace('Racetown');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          call(url, 'PATCH', `/api/places/${place.id}`, { session: editor, body: { note: `writer ${i}` }, headers: { 'if-match': '"1"' } }),
        ),
      );
      const accepted = results.filter((r) => r.status === 200);
      expect(accepted).toHaveLength(1);
      expect(results.filter((r) => r.status === 412)).toHaveLength(19);
      const history = (await call(url, 'GET', `/api/places/${place.id}/history`, { session: editor })).json.items as {
        action: string;
        changes: Record<string, { after: unknown }>;
      }[];
      expect(history.map((h) => h.action)).toEqual(['create', 'update']);
      const final = await call(url, 'GET', `/api/places/${place.id}`);
      expect(history[1]!.changes.note!.after).toBe(final.json.note);
      expect(accepted[0]!.json.note).toBe(final.json.note);
    });

    it('lets concurrent updates that each read the latest version all land, in order', async () => {
      const place = await newPlace('Queueville');
      let version = 1;
      for (let round = 0; round < 5; round++) {
        const results = await Promise.all(
          [0, 1, 2].map((i) =>
            call(url, 'PATCH', `/api/places/${place.id}`, {
              session: editor,
              body: { note: `r${round}w${i}` },
              headers: { 'if-match': `"${version}"` },
            }),
          ),
        );
        expect(results.filter((r) => r.status === 200)).toHaveLength(1);
        version++;
      }
      const history = (await call(url, 'GET', `/api/places/${place.id}/history`, { session: editor })).json.items as unknown[];
      expect(history).toHaveLength(6);
    });

    it.each([
      ['malformed JSON', { raw: '{"kind": "city", "names": ' }],
      ['a wrong type', { body: { kind: 'city', names: { en: 'Typeville' }, country: 42 } }],
      ['an unknown kind', { body: { kind: 'metropolis', names: { en: 'Kindville' }, country: 'US' } }],
      ['an SQL fragment as a name', { body: { kind: 'city', names: { en: "Robert'); DROP TABLE places;--" }, country: 'US' } }],
      ['an SQL fragment as a country', { body: { kind: 'city', names: { en: 'Sqlville' }, country: "US' OR '1'='1" } }],
      ['a script tag as a name', { body: { kind: 'city', names: { en: '<script>alert(1)</script>' }, country: 'US' } }],
      ['a 10,000-character name', { body: { kind: 'city', names: { en: 'a'.repeat(10_000) }, country: 'US' } }],
      [
        'invalid UTF-8',
        {
          raw: Buffer.concat([
            Buffer.from('{"kind":"city","names":{"en":"Bad'),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('"},"country":"US"}'),
          ]),
        },
      ],
      ['a prototype key', { raw: '{"kind":"city","names":{"en":"Protoville"},"country":"US","__proto__":{"admin":true}}' }],
      ['a control character in a name', { body: { kind: 'city', names: { en: 'Null\u0000ville' }, country: 'US' } }],
    ])('refuses %s with a 400 that names the problem, and changes nothing', async (_what, request) => {
      const before = await countPlaces();
      const res = await call(url, 'POST', '/api/places', { session: editor, ...request });
      expect(res.status).toBe(400);
      expect(typeof res.json.message).toBe('string');
      expect(JSON.stringify(res.body)).not.toMatch(/\.ts:\d+|at \w+ \(/);
      expect(await countPlaces()).toBe(before);
    });

    it('names every failing field of a bad record', async () => {
      const res = await call(url, 'POST', '/api/partnerships', {
        session: editor,
        body: { placeAId: 'pl_nosuchplace', placeBId: 42, history: [{ kind: 'established', date: '2024-13', type: 'twin' }] },
      });
      expect(res.status).toBe(400);
      const issues = (res.json.issues as { path: (string | number)[]; code: string }[]).map((i) => `${i.path.join('.')} ${i.code}`);
      expect(issues).toEqual(
        expect.arrayContaining(['body.placeBId invalid_type', 'body.history.0.date date_invalid', 'body.history.0.type invalid_value']),
      );
    });

    it('refuses a body over the size limit with 413 and hostile query strings with 400', async () => {
      const before = await countPlaces();
      const huge = await call(url, 'POST', '/api/places', {
        session: editor,
        raw: JSON.stringify({ kind: 'city', names: { en: 'Big' }, country: 'US', note: 'x'.repeat(1_100_000) }),
      });
      expect(huge.status).toBe(413);
      expect(await countPlaces()).toBe(before);
      for (const query of [
        "country=US'%20OR%201=1--",
        'limit=-1',
        'limit=100000',
        'sort=password',
        'type=<script>',
        'cursor=not-a-cursor',
        'unknown=1',
        'from=2024-02-30',
      ]) {
        const res = await call(url, 'GET', `/api/places?${query}`);
        expect([query, res.status]).toEqual([query, 400]);
      }
      expect((await call(url, 'GET', "/api/places/pl_x';DROP")).status).toBe(400);
    });

    it('deletes softly; an administrator restores', async () => {
      const place = await newPlace('Phoenix');
      expect((await call(url, 'DELETE', `/api/places/${place.id}`, { session: editor, headers: { 'if-match': '"1"' } })).status).toBe(204);
      expect((await call(url, 'GET', `/api/places/${place.id}`)).status).toBe(404);
      expect((await call(url, 'POST', `/api/places/${place.id}/restore`, { session: editor })).status).toBe(403);
      const admin = await signIn(url, 'admin@example.org');
      const restored = await call(url, 'POST', `/api/places/${place.id}/restore`, { session: admin });
      expect(restored.status).toBe(200);
      expect(restored.json).toMatchObject({ deletedAt: null, version: 3 });
    });
  },
  { registry: 'shared' },
);
