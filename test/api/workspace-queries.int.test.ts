import { afterAll, beforeAll, expect, it } from 'vitest';
import { agreements, events, tasks } from '../../src/services/records.service.ts';
import { describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, getOk, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

interface Listed {
  items: { id: string; title?: string; titles?: { en: string }; kind?: string }[];
  nextCursor: string | null;
  total?: number;
}

describeEachBackend(
  'the workspace’s visits, tasks and pickers, asked of the server',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let viewer: Session;
    const ids: Record<string, string> = {};
    const get = (path: string) => getOk<Listed>(server.url, path, viewer);

    beforeAll(async () => {
      const { ctx, store } = use();
      const make = given(ctx);
      const home = await make.place('Hometown', 'CN');
      const moscow = await make.place({ en: 'Moscow', ru: 'Москва' }, 'RU');
      const houston = await make.place('Houston', 'US');
      const tieMoscow = await make.tie(home, moscow, { kind: 'established', date: '1990', type: 'sister_city' });
      const tieHouston = await make.tie(home, houston, { kind: 'established', date: '1986', type: 'sister_city' });
      ids.tieMoscow = tieMoscow.id;
      ids.tieHouston = tieHouston.id;
      const event = (kind: string, title: string, start: string) =>
        events.create(ctx, { kind, titles: { en: title }, start, placeIds: [home.id] });
      ids.incoming = (await event('incoming_visit', 'Moscow delegation visits Hometown', '2024-05-10')).id;
      ids.outgoing = (await event('outgoing_visit', 'Hometown delegation visits Houston', '2025-03-02')).id;
      ids.forum = (await event('forum', 'Harbour forum', '2024-09-01')).id;
      const agreement = await agreements.create(ctx, {
        kind: 'memorandum',
        titles: { en: 'Memorandum of Hometown and Moscow' },
        partnerships: [{ partnershipId: tieMoscow.id, effect: 'renews' }],
      });
      const task = (title: string, extra: Record<string, string>) =>
        tasks.create(ctx, { title, owner: 'editor@example.org', due: '2026-12-01', ...extra });
      ids.taskAgreement = (await task('Sign the memorandum', { agreementId: agreement.id })).id;
      ids.taskEvent = (await task('Thank the delegation', { eventId: ids.incoming, partnershipId: tieMoscow.id })).id;
      ids.taskMinutes = (await task('Send the minutes', { eventId: ids.incoming, due: '2026-12-05' })).id;
      ids.taskFlights = (await task('Book the flights', { eventId: ids.outgoing, due: '2025-01-15' })).id;
      ids.taskTie = (await task('Call Houston', { partnershipId: tieHouston.id })).id;
      ids.taskNone = (await task('Order business cards', {})).id;
      await seedAccounts(store);
      server = await startServer(store);
      viewer = await signIn(server.url, 'viewer@example.org');
    });
    afterAll(() => server.close());

    it('lists the visits of both directions in one list, newest first, a page at a time', async () => {
      const first = await get('/api/events?kind=incoming_visit,outgoing_visit&sort=date&order=desc&limit=1&count=true');
      expect(first.items.map((e) => e.id)).toEqual([ids.outgoing]);
      expect(first.total).toBe(2);
      const next = await get(`/api/events?kind=incoming_visit,outgoing_visit&sort=date&order=desc&limit=1&cursor=${first.nextCursor}`);
      expect(next.items.map((e) => e.id)).toEqual([ids.incoming]);
      expect(next.nextCursor).toBeNull();
      const one = await get('/api/events?kind=forum&count=true');
      expect([one.total, one.items.map((e) => e.id)]).toEqual([1, [ids.forum]]);
    });

    it('finds visits by the words of their titles', async () => {
      const found = await get('/api/events?kind=incoming_visit,outgoing_visit&q=houston');
      expect(found.items.map((e) => e.id)).toEqual([ids.outgoing]);
    });

    it('lists the tasks that follow an agreement, an event, a tie or nothing', async () => {
      const follows = async (what: string) => (await get(`/api/tasks?follows=${what}`)).items.map((t) => t.id).sort();
      expect(await follows('agreement')).toEqual([ids.taskAgreement]);
      expect(await follows('event')).toEqual([ids.taskEvent, ids.taskMinutes, ids.taskFlights].sort());
      expect(await follows('partnership')).toEqual([ids.taskEvent, ids.taskTie].sort());
      expect(await follows('none')).toEqual([ids.taskNone]);
      const searched = await get('/api/tasks?q=DELEGATION&follows=event&state=open&count=true');
      expect([searched.total, searched.items.map((t) => t.title)]).toEqual([1, ['Thank the delegation']]);
    });

    it('lists the tasks of one visit by due date, a page at a time, and none of another’s', async () => {
      const first = await get(`/api/tasks?visit=${ids.incoming}&sort=date&limit=1&count=true`);
      expect([first.total, first.items.map((t) => t.title)]).toEqual([2, ['Thank the delegation']]);
      const next = await get(`/api/tasks?visit=${ids.incoming}&sort=date&limit=1&cursor=${first.nextCursor}`);
      expect([next.items.map((t) => t.title), next.nextCursor]).toEqual([['Send the minutes'], null]);
      expect((await get(`/api/tasks?visit=${ids.outgoing}`)).items.map((t) => t.id)).toEqual([ids.taskFlights]);
      expect((await get(`/api/tasks?visit=${ids.forum}&count=true`)).total).toBe(0);
      const open = await get(`/api/tasks?visit=${ids.incoming}&q=minutes&state=open`);
      expect(open.items.map((t) => t.id)).toEqual([ids.taskMinutes]);
    });

    it('finds a tie by the start of a word of either place’s name, in any of its languages', async () => {
      const byName = async (q: string) => (await get(`/api/partnerships?q=${encodeURIComponent(q)}`)).items.map((t) => t.id).sort();
      expect(await byName('mosc')).toEqual([ids.tieMoscow]);
      expect(await byName('Москва')).toEqual([ids.tieMoscow]);
      expect(await byName('home')).toEqual([ids.tieMoscow, ids.tieHouston].sort());
      expect(await byName('nowhere')).toEqual([]);
    });

    it('lists records of any kind by id, for the names a page or a picker shows', async () => {
      const found = await get(`/api/partnerships?ids=${ids.tieHouston}`);
      expect(found.items.map((t) => t.id)).toEqual([ids.tieHouston]);
      const visits = await get(`/api/events?ids=${ids.incoming},${ids.forum}&kind=incoming_visit,outgoing_visit`);
      expect(visits.items.map((e) => e.id)).toEqual([ids.incoming]);
    });

    it('names the field of a bad list request', async () => {
      for (const [path, field] of [
        ['/api/tasks?follows=visit', 'follows'],
        ['/api/events?kind=incoming_visit;forum', 'kind'],
        ['/api/events?kind=a,b,c,d,e,f,g,h,i,j,k', 'kind'],
        ['/api/tasks?ids=Alpha;DROP', 'ids'],
        ["/api/tasks?visit=ev_1'%20OR%201=1", 'visit'],
      ] as const) {
        const res = await call(server.url, 'GET', path, { session: viewer });
        expect([path, res.status]).toEqual([path, 400]);
        expect((res.json.issues as { path: string[] }[]).map((i) => i.path.at(-1))).toContain(field);
      }
      // A filter another kind takes is no filter of events.
      const foreign = await call(server.url, 'GET', '/api/events?follows=none', { session: viewer });
      expect(foreign.status).toBe(400);
      expect(JSON.stringify(foreign.json.issues)).toContain('follows');
    });
  },
  { registry: 'shared' },
);
