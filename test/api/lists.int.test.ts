import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { ctxFor, describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer } from '../support/server.ts';
import { given } from '../support/given.ts';
import { partnerships } from '../../src/services/records.service.ts';

interface Item {
  id: string;
  [field: string]: unknown;
}

describeEachBackend(
  'lists over HTTP',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let url = '';
    const get = async (path: string) => {
      const res = await call(url, 'GET', path);
      expect([path, res.status]).toEqual([path, 200]);
      return res.json as { items: Item[]; nextCursor: string | null; total?: number };
    };

    beforeAll(async () => {
      store = use().store;
      await loadDemo(ctxFor(store));
      server = await startServer(store);
      url = server.url;
    });
    afterAll(async () => {
      await server?.close();
    });

    async function everyPage(path: string): Promise<Item[]> {
      const items: Item[] = [];
      let cursor: string | null = null;
      do {
        const page = await get(`${path}${path.includes('?') ? '&' : '?'}limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    }

    it('pages with a cursor through every record once, in order', async () => {
      const all = await get('/api/places?limit=200&count=true');
      const paged = await everyPage('/api/places');
      expect(paged.map((p) => p.id)).toEqual(all.items.map((p) => p.id));
      expect(new Set(paged.map((p) => p.id)).size).toBe(all.total!);
      const byDate = await everyPage('/api/partnerships?sort=date&order=desc');
      expect(byDate).toHaveLength((await get('/api/partnerships?limit=200&count=true')).total!);
      const dated = byDate.map((p) => p.established as string | null).filter((d): d is string => d !== null);
      expect(dated[0]! >= dated.at(-1)!).toBe(true);
    });

    it('counts the records that match only when asked', async () => {
      const page = await get('/api/partnerships?type=sister_city&limit=2');
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeUndefined();
      expect((await get('/api/partnerships?type=sister_city&limit=2&count=true')).total).toBe(17);
    });

    it('pages through a place’s ties in the order of the whole list, from either side of each tie', async () => {
      const home = (await get('/api/places?q=Shenzhen&kind=city')).items[0]!;
      const ofHome = (items: Item[]) => items.filter((p) => p.placeAId === home.id || p.placeBId === home.id).map((p) => p.id);
      for (const order of ['sort=name', 'sort=date&order=desc', 'sort=created&order=desc']) {
        const whole = ofHome(await everyPage(`/api/partnerships?${order}`));
        expect(whole.length).toBeGreaterThan(20);
        expect((await everyPage(`/api/partnerships?place=${home.id}&${order}`)).map((p) => p.id)).toEqual(whole);
      }
    });

    it('answers a write at once, though the same page was just served', async () => {
      const home = (await get('/api/places?q=Shenzhen&kind=city')).items[0]!;
      const path = `/api/partnerships?place=${home.id}&limit=200&count=true`;
      const before = await get(path);
      expect(await get(path)).toEqual(before);
      const ctx = ctxFor(store);
      const town = await given(ctx).place('Keptford', 'GB');
      const tie = await given(ctx).tie(home, town, { kind: 'established', date: '2026', type: 'sister_city' });
      const after = await get(path);
      expect(after.total).toBe(before.total! + 1);
      expect(after.items.map((p) => p.id)).toContain(tie.id);
      await partnerships.remove(ctx, tie.id, tie.version);
      expect((await get(path)).items.map((p) => p.id)).toEqual(before.items.map((p) => p.id));
    });

    it('filters ties by country, type, status, area, dates and place', async () => {
      const russia = (await get('/api/partnerships?country=RU&limit=200')).items;
      expect(russia.length).toBe(3);
      const sister = (await get('/api/partnerships?type=sister_city&status=active&limit=200')).items;
      expect(sister.every((p) => p.type === 'sister_city' && p.status === 'active')).toBe(true);
      expect(sister).toHaveLength(16);
      expect((await get('/api/partnerships?type=sister_city&count=true')).total).toBe(17);
      const transport = (await get('/api/partnerships?area=transport&limit=200')).items;
      expect(transport).toHaveLength(2);
      const range = (await get('/api/partnerships?from=2024&to=2024-12&limit=200')).items;
      expect(range.map((p) => p.established).sort()).toEqual(['2024-01-26', '2024-03-06', '2024-05-24', '2024-05-28']);
      expect((await get('/api/partnerships?status=proposed&count=true')).total).toBe(1);
      const moscow = (await get('/api/places?q=Moscow')).items[0]!;
      expect((await get(`/api/partnerships?place=${moscow.id}&count=true`)).total).toBe(1);
      expect((await get(`/api/events?place=${moscow.id}&count=true`)).total).toBeGreaterThan(0);
    });

    it('finds records by name in any of their languages, and events by title', async () => {
      expect((await get('/api/places?q=莫斯科')).items.map((p) => (p.names as { en: string }).en)).toEqual(['Moscow']);
      expect((await get('/api/people?q=cheremin&count=true')).total).toBe(1);
      expect((await get('/api/events?q=Moscow&count=true')).total).toBeGreaterThanOrEqual(2);
      expect((await get('/api/places?q=%25&count=true')).total).toBe(0);
    });

    it('returns one record with its citations and, for a tie, its history', async () => {
      const moscow = (await get('/api/places?q=Moscow')).items[0]!;
      const tie = (await get(`/api/partnerships?place=${moscow.id}`)).items[0]!;
      const one = await call(url, 'GET', `/api/partnerships/${tie.id}`);
      expect(one.json).toMatchObject({ type: 'friendly_exchange_city', history: [{ kind: 'established', date: '2024-03-06' }] });
      expect((one.json.citations as unknown[]).length).toBeGreaterThan(0);
    });

    it('serves the same figures and sentence as the command line', async () => {
      const res = await call(url, 'GET', '/api/stats?home=Shenzhen&asOf=2024-03-07&lang=zh');
      expect(res.json).toMatchObject({ home: 'Shenzhen', asOf: '2024-03-07', places: 39 });
      expect(res.json.sentence).toMatch(/^深圳已与全球\d+个国家的\d+个城市建立了友好城市或友好交流城市关系/);
      const districts = await call(url, 'GET', '/api/stats?home=Shenzhen&asOf=2024-03-07&includeDistricts=true');
      expect(Number(districts.json.places)).toBe(41);
    });
  },
  { registry: 'shared' },
);

describeEachBackend(
  'names over HTTP',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      store = use().store;
      await loadDemo(ctxFor(store));
      await seedAccounts(store);
      server = await startServer(store);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('finds records by any spelling, best first, with why', async () => {
      for (const [q, expected] of [
        ['Cheremin', 'Sergey Cheryomin'],
        ['Черёмин', 'Sergey Cheryomin'],
        ['Shenzen', 'Shenzhen'],
        ['深圳市', 'Shenzhen'],
        ['Jekaterinburg', 'Yekaterinburg'],
      ] as const) {
        const res = await call(server.url, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
        expect([q, (res.json.hits as { names: { en: string } }[])[0]?.names.en]).toEqual([q, expected]);
      }
    });

    it('answers a new record with its likely duplicates and the reason', async () => {
      const editor = await signIn(server.url, 'editor@example.org');
      const res = await call(server.url, 'POST', '/api/places', {
        session: editor,
        body: { kind: 'city', names: { en: 'Moskva' }, country: 'RU' },
      });
      expect(res.status).toBe(201);
      const likely = res.json.likelyDuplicates as { allNames: { en: string }; reason: string }[];
      expect(likely[0]?.allNames.en).toBe('Moscow');
      expect(likely[0]?.reason).toMatch(/same country/);
    });
  },
  { registry: 'shared' },
);
