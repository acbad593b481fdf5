import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NetworkMap } from '../../src/services/network/network.service.ts';
import { places } from '../../src/services/records.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { ctxFor, describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { importLines } from '../support/network.ts';
import { startServer } from '../support/server.ts';

/** Homeville (with a Chinese name in the registry) tied to three places, and two places tied only to each other. */
const LINES = [
  'Homeville,China,30,110,Partnera,Germany,51.123456,10.654321',
  'Homeville,China,30,110,Partnerb,France,46,2',
  'Partnerb,France,46,2,Homeville,China,30,110',
  'Homeville,China,30,110,Partnerc,United States,40,-100',
  'Loneton,Brazil,-10,-50,Lonetwo,Argentina,-35,-65',
];

/** The bytes as sent: fetch() would undo the compression and hide it. */
function raw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Map<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${url}/api/network/map`, { headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: new Map(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

describeEachBackend(
  "the world map's data over HTTP",
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    const ids = { home: '', secret: '' };

    beforeAll(async () => {
      store = use().store;
      const ctx = ctxFor(store);
      const g = given(ctx);
      const home = await g.place({ en: 'Homeville', zh: '家乡市' }, 'CN', { coordinates: { lat: 30, lng: 110 } });
      const secret = await g.place('Secretville', 'JP', { coordinates: { lat: 35, lng: 135 }, visibility: 'internal' });
      await g.tie(home, secret, { kind: 'established', date: '2010', type: 'sister_city' });
      ids.home = home.id;
      ids.secret = secret.id;
      await importLines(ctx, LINES);
      server = await startServer(store);
    });
    afterAll(async () => {
      await server?.close();
    });

    const read = (body: Buffer) => JSON.parse(body.toString('utf8')) as NetworkMap;
    const named = (map: NetworkMap, name: string) => map.places.name.indexOf(name);
    const tiesOf = (map: NetworkMap) =>
      Array.from({ length: map.ties.length / 2 }, (_, k) =>
        [map.places.name[map.ties[2 * k]!], map.places.name[map.ties[2 * k + 1]!]].sort().join('–'),
      ).sort();

    it('gives every public place and tie in columns, with Chinese names where the registry knows them', async () => {
      const res = await raw(server.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const map = read(res.body);
      expect(Object.keys(map.places).sort()).toEqual(['country', 'degree', 'id', 'lat', 'lng', 'name', 'nameZh', 'registry']);
      for (const column of Object.values(map.places)) expect(column).toHaveLength(map.places.id.length);
      expect(tiesOf(map)).toEqual(['Homeville–Partnera', 'Homeville–Partnerb', 'Homeville–Partnerc', 'Loneton–Lonetwo']);
      expect(map.tieInRegistry).toHaveLength(4);
      const home = named(map, 'Homeville');
      expect(map.places.id[home]).toBe(ids.home);
      expect(map.places.nameZh[home]).toBe('家乡市');
      expect(map.places.registry[home]).toBe(true);
      expect(map.places.degree[home]).toBe(3);
      expect(map.places.nameZh[named(map, 'Partnera')]).toBeNull();
      // Rounded to 4 decimals (about 11 m).
      expect([map.places.lat[named(map, 'Partnera')], map.places.lng[named(map, 'Partnera')]]).toEqual([51.1235, 10.6543]);
      // A place the registry keeps internal is not on the public map, nor is its tie.
      expect(map.places.id).not.toContain(ids.secret);
      expect(map.places.name).not.toContain('Secretville');
    });

    it('sends the answer compressed, with an ETag that answers a repeat with 304 and nothing else', async () => {
      const plain = await raw(server.url);
      const etag = plain.headers.get('etag')!;
      expect(etag).toMatch(/^"map-[\w-]+"$/);
      // Revalidated by its ETag; kept only by the browser, as every API answer.
      expect(plain.headers.get('cache-control')).toBe('private, no-cache');
      expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);

      const br = await raw(server.url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      const gz = await raw(server.url, { 'accept-encoding': 'gzip' });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      expect(br.headers.get('etag')).toBe(etag);

      const again = await raw(server.url, { 'if-none-match': etag, 'accept-encoding': 'br' });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await raw(server.url, { 'if-none-match': '"map-other"' })).status).toBe(200);
    });

    it('changes when the network or a place changes, and not otherwise', async () => {
      const ctx = ctxFor(store);
      const before = (await raw(server.url)).headers.get('etag');
      expect((await raw(server.url)).headers.get('etag')).toBe(before);

      await importLines(ctx, ['Partnera,Germany,51.123456,10.654321,Newtown,Poland,52,19'], { name: 'more.csv' });
      const afterImport = await raw(server.url);
      expect(afterImport.headers.get('etag')).not.toBe(before);
      expect(tiesOf(read(afterImport.body))).toContain('Newtown–Partnera');

      const home = await places.get(ctx, ids.home);
      await places.patch(ctx, ids.home, { names: { en: 'Homeville', zh: '新家乡市' } }, home.version);
      const afterRename = await raw(server.url);
      expect(afterRename.headers.get('etag')).not.toBe(afterImport.headers.get('etag'));
      const map = read(afterRename.body);
      expect(map.places.nameZh[named(map, 'Homeville')]).toBe('新家乡市');
    });
  },
  { registry: 'shared' },
);
