import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dashboard } from '../../src/services/dashboard.service.ts';
import { events } from '../../src/services/records.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { ctxFor, describeEachBackend, FIXED_NOW } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

describeEachBackend(
  'the dashboard and the site over HTTP',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let viewer: Session;

    beforeAll(async () => {
      store = use().store;
      const ctx = ctxFor(store);
      const g = given(ctx);
      const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
      const houston = await g.place('Houston', 'US');
      const lome = await g.place('Lomé', 'TG');
      const moscow = await g.place('Moscow', 'RU');
      await g.tie(home, houston, { kind: 'established', date: '1986-03', type: 'sister_city' });
      await g.tie(home, lome, { kind: 'established', date: '2017', type: 'friendly_exchange_city' });
      const tie = await g.tie(moscow, home, { kind: 'established', date: '2024-03-06', type: 'friendly_exchange_city' });
      await events.create(ctx, { kind: 'signing', titles: { en: 'Memorandum' }, start: '2024-03-06', partnershipIds: [tie.id] });
      await events.create(ctx, { kind: 'incoming_visit', titles: { en: 'Houston delegation' }, start: '2015-05', placeIds: [houston.id] });
      await g.figure(home, '2024-03', { places: 93, countries: 58 });
      await seedAccounts(store);
      server = await startServer(store, () => FIXED_NOW);
      viewer = await signIn(server.url, 'viewer@example.org');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('names the home place for anyone', async () => {
      const res = await call(server.url, 'GET', '/api/site');
      expect(res.status).toBe(200);
      expect(res.json.home).toMatchObject({ names: { en: 'Shenzhen', zh: '深圳' }, country: 'CN' });
    });

    it('is for signed-in staff only', async () => {
      expect((await call(server.url, 'GET', '/api/dashboard?home=Shenzhen')).status).toBe(401);
      expect((await call(server.url, 'GET', '/api/dashboard', { session: viewer })).status).toBe(400);
    });

    it('gives growth, the published figure, quiet partners and anniversaries as of today', async () => {
      const res = await call(server.url, 'GET', '/api/dashboard?home=Shenzhen', { session: viewer });
      expect(res.status).toBe(200);
      const d = res.json as unknown as Dashboard;
      expect(d.asOf).toBe('2026-11-22');
      expect(d.places).toBe(3);
      expect(d.byContinent).toEqual({ AF: 1, EU: 1, NA: 1 });
      expect(d.byYear.at(-1)).toMatchObject({ year: 2026, total: 3 });
      expect(d.byYear[0]).toMatchObject({ year: 1986, total: 1 });
      expect(d.published).toMatchObject({ places: 93, difference: { places: -90 } });
      expect(d.quiet.map((q) => [q.partner.names.en, q.lastEvent])).toEqual([
        ['Lomé', null],
        ['Houston', '2015-05'],
      ]);
      expect(d.anniversaries.map((a) => [a.partner.names.en, a.years, a.on])).toEqual([['Lomé', 10, '2027']]);
    });
  },
  { registry: 'shared' },
);
