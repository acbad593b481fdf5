import { afterAll, beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/domain/common.ts';
import { PlaceDataSchema } from '../../src/records/place/place.schema.ts';
import { inTransaction } from '../../src/services/context.ts';
import { places } from '../../src/services/records.service.ts';
import { describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { getOk, startServer } from '../support/server.ts';

/**
 * More places named alike than either database takes bound parameters for a tie's two sides
 * (SQLite 32,766; PostgreSQL 65,535), as a world network of 17,000 places and more can have.
 */
const ALIKE = 33_000;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
  total?: number;
}

describeEachBackend(
  'the lists searched by a place’s name that very many places have',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    const ids: Record<string, string> = {};
    const get = (path: string) => getOk<Page>(server.url, path);
    const tiesOfSankt = () => get('/api/partnerships?q=sankt&count=true&limit=2');

    let before: Page;
    beforeAll(async () => {
      const { ctx } = use();
      const make = given(ctx);
      const home = await make.place('Hometown', 'CN');
      const polten = await make.place('Sankt Pölten', 'AT');
      const gallen = await make.place('Sankt Gallen', 'CH');
      const graz = await make.place('Graz', 'AT');
      ids.polten = (await make.tie(home, polten, { kind: 'established', date: '1995', type: 'sister_city' })).id;
      ids.gallen = (await make.tie(gallen, home, { kind: 'established', date: '1988-05', type: 'friendly_exchange_city' })).id;
      ids.graz = (await make.tie(home, graz, { kind: 'established', date: '2001', type: 'sister_city' })).id;
      ids.koeln = (await make.tie(home, await make.place('Köln', 'DE'), { kind: 'established', date: '1986', type: 'sister_city' })).id;
      server = await startServer(use().store);
      before = await tiesOfSankt();

      // Written as the world network's import writes its places, name and near-spelling keys included.
      const now = new Date().toISOString();
      const meta = { version: 1, createdAt: now, updatedAt: now, deletedAt: null };
      await inTransaction(ctx.db, async (db) => {
        for (let i = 0; i < ALIKE; i += 2000) {
          const batch = Array.from({ length: Math.min(2000, ALIKE - i) }, (_, j) => ({
            id: newId('pl'),
            data: PlaceDataSchema.parse({ kind: 'city', names: { en: `Sankt ${i + j}` }, country: 'DE' }),
            meta,
            columns: { layer: 'network' },
          }));
          await places.insertMany(db, batch);
        }
      });
    });
    afterAll(() => server?.close());

    it('finds the ties of the places so named, the same and in the same order as before they were many', async () => {
      expect(before.total).toBe(2);
      expect(before.items.map((t) => t.id)).toEqual([ids.gallen, ids.polten]);
      const after = await tiesOfSankt();
      expect(after).toEqual(before);
      expect(after.items.map((t) => t.id)).not.toContain(ids.graz);
      const newestFirst = await get('/api/partnerships?q=sankt&sort=date&order=desc&type=sister_city&count=true');
      expect([newestFirst.total, newestFirst.items.map((t) => t.id)]).toEqual([1, [ids.polten]]);
    });

    it('finds the ties of a country that has more places than bound parameters go', async () => {
      const german = await get('/api/partnerships?country=DE&count=true');
      expect([german.total, german.items.map((t) => t.id)]).toEqual([1, [ids.koeln]]);
      const austrian = await get('/api/partnerships?country=AT&count=true');
      expect(new Set(austrian.items.map((t) => t.id))).toEqual(new Set([ids.polten, ids.graz]));
    });

    it('counts and pages the places so named, every one of them', async () => {
      const first = await get('/api/places?q=sankt&layer=all&count=true&limit=50');
      expect(first.total).toBe(ALIKE + 2);
      expect(first.items).toHaveLength(50);
      const second = await get(`/api/places?q=sankt&layer=all&limit=50&cursor=${first.nextCursor}`);
      expect(second.items).toHaveLength(50);
      expect(second.items.some((p) => first.items.some((q) => q.id === p.id))).toBe(false);
    });
  },
  { registry: 'shared', timeout: 60_000 },
);
