import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/storage/connect.ts';
import { describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, getOk, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

interface Row {
  rank: number;
  score: number;
  type: string;
  partner: { id: string; names: { en: string } };
}
interface Ranking {
  items: Row[];
  total: number;
  nextOffset: number | null;
  average: number | null;
}

const PARTNERS = ['Delta', 'Alpha', 'Echo', 'Charlie', 'Bravo'];

describeEachBackend(
  'the health ranking and lists, a page at a time',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let viewer: Session;
    const ids: Record<string, string> = {};
    const get = async (path: string) => call(server.url, 'GET', path, { session: viewer });

    beforeAll(async () => {
      store = use().store;
      const make = given(use().ctx);
      const home = await make.place('Hometown', 'CN');
      ids.home = home.id;
      for (const [i, name] of PARTNERS.entries()) {
        const partner = await make.place(name, 'DE');
        ids[name] = partner.id;
        await make.tie(home, partner, {
          kind: 'established',
          date: `${1990 + i}`,
          type: i % 2 ? 'sister_city' : 'friendly_exchange_city',
        });
      }
      await seedAccounts(store);
      server = await startServer(store);
      viewer = await signIn(server.url, 'viewer@example.org');
    });
    afterAll(() => server.close());

    it('ranks every tie without paging, each with its place in the ranking', async () => {
      const res = await get(`/api/health?home=${ids.home}`);
      expect(res.status).toBe(200);
      const all = res.json as unknown as Ranking;
      expect(all.total).toBe(PARTNERS.length);
      expect(all.nextOffset).toBeNull();
      expect(all.items.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
      const scores = all.items.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('sorts by name and gives a page with the offset of the next', async () => {
      const first = (await get(`/api/health?home=${ids.home}&sort=name&limit=2`)).json as unknown as Ranking;
      expect(first.items.map((r) => r.partner.names.en)).toEqual(['Alpha', 'Bravo']);
      expect([first.total, first.nextOffset]).toEqual([5, 2]);
      const last = (await get(`/api/health?home=${ids.home}&sort=name&order=desc&offset=4&limit=2`)).json as unknown as Ranking;
      expect(last.items.map((r) => r.partner.names.en)).toEqual(['Alpha']);
      expect(last.nextOffset).toBeNull();
      // A tie's rank is its place in the whole ranking, whatever the order of the page.
      const ranked = (await get(`/api/health?home=${ids.home}`)).json as unknown as Ranking;
      const rankOf = new Map(ranked.items.map((r) => [r.partner.names.en, r.rank]));
      expect(first.items.map((r) => r.rank)).toEqual(first.items.map((r) => rankOf.get(r.partner.names.en)));
    });

    it('filters by type before paging, and averages what is left', async () => {
      const sister = (await get(`/api/health?home=${ids.home}&type=sister_city&limit=1`)).json as unknown as Ranking;
      expect(sister.total).toBe(2);
      expect(sister.items.every((r) => r.type === 'sister_city')).toBe(true);
      expect(sister.nextOffset).toBe(1);
    });

    it('names the field of a bad paging request and answers nothing else', async () => {
      for (const [query, field] of [
        ['sort=score', 'sort'],
        ['limit=0', 'limit'],
        ['offset=-1', 'offset'],
        ['order=up', 'order'],
      ] as const) {
        const res = await get(`/api/health?home=${ids.home}&${query}`);
        expect([query, res.status]).toEqual([query, 400]);
        expect((res.json.issues as { path: string[] }[]).map((i) => i.path.at(-1))).toContain(field);
      }
    });

    it('lists places by id, in one request for a page of ties', async () => {
      const res = await get(`/api/places?ids=${ids.Alpha},${ids.Echo}`);
      expect(res.status).toBe(200);
      expect((res.json.items as { id: string }[]).map((p) => p.id).sort()).toEqual([ids.Alpha, ids.Echo].sort());
      const bad = await get('/api/places?ids=Alpha;DROP');
      expect(bad.status).toBe(400);
      expect((bad.json.issues as { path: string[] }[]).map((i) => i.path.at(-1))).toContain('ids');
    });

    it('pages a workspace list sorted on the server, with the count of all', async () => {
      const first = await get('/api/places?sort=name&order=desc&limit=2&count=true');
      const names = (first.json.items as { names: { en: string } }[]).map((p) => p.names.en);
      expect(names).toEqual(['Hometown', 'Echo']);
      expect(first.json.total).toBe(6);
      const next = await get(`/api/places?sort=name&order=desc&limit=2&count=true&cursor=${first.json.nextCursor}`);
      expect((next.json.items as { names: { en: string } }[]).map((p) => p.names.en)).toEqual(['Delta', 'Charlie']);
    });
  },
  { registry: 'shared' },
);

interface Tie {
  id: string;
  status: string;
  established: string | null;
  version: number;
}
interface TiePage {
  items: Tie[];
  nextCursor: string | null;
  total?: number;
}

describeEachBackend(
  'the suspended and ended ties, a page at a time',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let editor: Session;
    const ties: Record<string, Tie> = {};
    const page = (query: string) => getOk<TiePage>(server.url, `/api/partnerships?${query}`, editor);
    const stop = async (name: string, status: 'suspended' | 'ended') => {
      const body = { status, date: '2025-06', ...(status === 'suspended' ? { reason: 'Exchanges paused' } : {}) };
      const headers = { 'if-match': `"${ties[name]!.version}"` };
      const res = await call(server.url, 'POST', `/api/partnerships/${ties[name]!.id}/status`, { session: editor, body, headers });
      expect([name, res.status]).toEqual([name, 200]);
      ties[name] = res.json as unknown as Tie;
    };
    /** Every page of a list, the cursor of each page leading to the next. */
    const everyPage = async (query: string) => {
      const out: Tie[] = [];
      let cursor: string | null = null;
      do {
        const next: TiePage = await page(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        out.push(...next.items);
        cursor = next.nextCursor;
      } while (cursor);
      return out.map((t) => t.id);
    };

    beforeAll(async () => {
      const make = given(use().ctx);
      const home = await make.place('Hometown', 'CN');
      // Established out of the order they are made, so that the list's order is the server's.
      for (const [name, year] of [
        ['Rome', 1994],
        ['Oslo', 1990],
        ['Lima', 1992],
        ['Kyiv', 1991],
        ['Nice', 1993],
        ['Bonn', 1980],
        ['Graz', 1981],
        ['Pula', 2000],
      ] as const) {
        const partner = await make.place(name, 'DE');
        ties[name] = await make.tie(home, partner, { kind: 'established', date: String(year), type: 'sister_city' });
      }
      await seedAccounts(use().store);
      server = await startServer(use().store);
      editor = await signIn(server.url, 'editor@example.org');
      for (const name of ['Rome', 'Oslo', 'Lima', 'Kyiv', 'Nice']) await stop(name, 'suspended');
      for (const name of ['Bonn', 'Graz']) await stop(name, 'ended');
    });
    afterAll(() => server?.close());

    it('pages the suspended ties on the server, with the count of all, by date either way', async () => {
      const first = await page('status=suspended&sort=date&order=asc&limit=2&count=true');
      expect(first.total).toBe(5);
      expect(first.items.map((t) => t.established)).toEqual(['1990', '1991']);
      expect(first.nextCursor).not.toBeNull();
      const byDate = ['Oslo', 'Kyiv', 'Lima', 'Nice', 'Rome'].map((name) => ties[name]!.id);
      expect(await everyPage('status=suspended&sort=date&order=asc')).toEqual(byDate);
      expect(await everyPage('status=suspended&sort=date&order=desc')).toEqual([...byDate].reverse());
      const ended = await page('status=ended&sort=date&order=asc&count=true');
      expect([ended.total, ended.items.map((t) => t.id)]).toEqual([2, [ties.Bonn!.id, ties.Graz!.id]]);
      expect(ended.items.every((t) => t.status === 'ended')).toBe(true);
    });

    it('puts the tie stopped last first when asked, and finds a stopped tie by its partner’s name', async () => {
      await stop('Pula', 'suspended');
      const latest = await page('status=suspended&sort=updated&order=desc&limit=1&count=true');
      expect([latest.total, latest.items.map((t) => t.id)]).toEqual([6, [ties.Pula!.id]]);
      const found = await page('status=suspended&q=kyiv&count=true');
      expect([found.total, found.items.map((t) => t.id)]).toEqual([1, [ties.Kyiv!.id]]);
      expect((await page('status=ended&q=kyiv&count=true')).total).toBe(0);
    });
  },
  { registry: 'shared' },
);
