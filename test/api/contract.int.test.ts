import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { CheckResultSchema } from '../../src/http/contract/claims.ts';
import { ErrorBodySchema } from '../../src/http/contract/errors.ts';
import { FactSheetSchema } from '../../src/http/contract/facts.ts';
import { MeSchema, UsersSchema } from '../../src/http/contract/auth.ts';
import { DuplicateCandidatesSchema, DuplicatePairsSchema, MergeReportSchema, MergesSchema } from '../../src/http/contract/names.ts';
import { HealthAnswerSchema, LiaisonAnswerSchema, RemindersAnswerSchema, SettingsSchema } from '../../src/http/contract/office.ts';
import { VisitsReportSchema } from '../../src/http/contract/reports.ts';
import { DashboardSchema, SiteSchema, StatsFiguresSchema, StatsPartnersSchema } from '../../src/http/contract/stats.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { events, partnerships, places, tasks } from '../../src/services/records.service.ts';
import { describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

/** The answer holds what the schema says and nothing it does not: parsing changes nothing, drops nothing. */
function conforms(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
}

describeEachBackend(
  'the answers the API’s contract describes',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let admin: Session;
    const get = async (path: string) => {
      const res = await call(server.url, 'GET', path, { session: admin });
      expect([path, res.status]).toEqual([path, 200]);
      return res.body;
    };

    beforeAll(async () => {
      store = use().store;
      const ctx = use().ctx;
      await loadDemo(ctx);
      // What the demo lacks: contacts, a visit's file with its task, and a likely duplicate.
      const g = given(ctx);
      const home = (await places.findByName(ctx.db, 'Shenzhen', 'CN'))[0]!;
      const twin = await g.place('Contractburg', 'DE');
      const tie = await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: twin.id,
        history: [{ kind: 'established', date: '2019-05', type: 'friendly_exchange_city' }],
        contacts: [{ id: 'c1', side: 'b', name: 'Anna Berger', email: 'anna@example.org', languages: ['de', 'en'], since: '2019' }],
      });
      const visit = await events.create(ctx, {
        kind: 'incoming_visit',
        titles: { en: 'Contractburg delegation' },
        start: '2024-05-10',
        partnershipIds: [tie.id],
        visit: {
          purpose: { en: 'Trade fair' },
          approval: { status: 'approved', date: '2024-04-01', by: 'Office' },
          budget: { amount: 1000, currency: 'CNY' },
        },
      });
      await tasks.create(ctx, { title: 'Send the photographs', owner: 'editor@example.org', due: '2024-06-01', eventId: visit.id });
      await g.place('Duplicaton', 'FR');
      await g.place('Duplicaton', 'FR');
      await seedAccounts(store);
      server = await startServer(store);
      admin = await signIn(server.url, 'admin@example.org');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('statistics, the dashboard and the site', async () => {
      conforms(StatsFiguresSchema, await get('/api/stats?home=Shenzhen&asOf=2024-03-07&lang=zh'));
      conforms(StatsPartnersSchema, await get('/api/stats/partners?home=Shenzhen&asOf=2024-03-07&limit=2'));
      const dashboard = (await get('/api/dashboard?home=Shenzhen')) as { quiet: unknown[]; anniversaries: unknown[] };
      expect(dashboard.quiet.length + dashboard.anniversaries.length).toBeGreaterThan(0);
      conforms(DashboardSchema, dashboard);
      conforms(SiteSchema, await get('/api/site'));
    });

    it('the office’s health, liaison, reminders and settings', async () => {
      const answers = {
        health: (await get('/api/health?home=Shenzhen&asOf=2024-12-31')) as { items: unknown[] },
        liaison: (await get('/api/liaison')) as { contacts: unknown[] },
        reminders: (await get('/api/reminders?within=1y&from=2024-01-01')) as { items: unknown[] },
        visits: (await get('/api/reports/visits')) as { byPartner: { visits: { file: unknown }[] }[] },
      };
      expect(
        [
          answers.health.items.length,
          answers.liaison.contacts.length,
          answers.reminders.items.length,
          answers.visits.byPartner.length,
        ].every((n) => n > 0),
      ).toBe(true);
      expect(answers.visits.byPartner.some((p) => p.visits.some((v) => v.file !== null))).toBe(true);
      conforms(HealthAnswerSchema, answers.health);
      conforms(LiaisonAnswerSchema, answers.liaison);
      conforms(RemindersAnswerSchema, answers.reminders);
      conforms(VisitsReportSchema, answers.visits);
      conforms(SettingsSchema, await get('/api/settings'));
    });

    it('a checked text and a record’s facts', async () => {
      const checked = await call(server.url, 'POST', '/api/check', {
        body: {
          text: '深圳市与莫斯科市于2024年3月6日签署友好交流城市备忘录。Shenzhen has 93 partner cities in 58 countries.',
          asOf: '2024-03-07',
        },
      });
      expect(checked.status).toBe(200);
      expect((checked.json.claims as unknown[]).length).toBeGreaterThan(0);
      conforms(CheckResultSchema, checked.body);

      const places = (await get('/api/places?limit=1')) as { items: { id: string }[] };
      const sources = (await get('/api/sources?limit=1')) as { items: { id: string }[] };
      const place = places.items[0]!.id;
      const cited = await call(server.url, 'POST', '/api/citations', {
        session: admin,
        body: { sourceId: sources.items[0]!.id, entity: 'place', entityId: place, field: 'names.en', value: 'Somewhere else' },
      });
      expect(cited.status).toBe(201);
      const facts = (await get(`/api/facts?entity=place&id=${place}`)) as { facts: unknown[] };
      expect(facts.facts.length).toBeGreaterThan(0);
      conforms(FactSheetSchema, facts);
    });

    it('duplicates and merges', async () => {
      const pairs = (await get('/api/duplicates?types=place,person,organisation')) as { items: unknown[] };
      expect(pairs.items.length).toBeGreaterThan(0);
      conforms(DuplicatePairsSchema, pairs);
      const candidates = await call(server.url, 'POST', '/api/duplicates/check', {
        session: admin,
        body: { kind: 'place', record: { kind: 'city', names: { en: 'Duplicaton' }, country: 'FR' } },
      });
      expect((candidates.json.items as unknown[]).length).toBeGreaterThan(0);
      conforms(DuplicateCandidatesSchema, candidates.body);
      const make = async (name: string) =>
        (await call(server.url, 'POST', '/api/places', { session: admin, body: { kind: 'city', names: { en: name }, country: 'FR' } })).json
          .id as string;
      const merged = await call(server.url, 'POST', '/api/merges', {
        session: admin,
        body: { survivorId: await make('Contractville'), duplicateId: await make('Contractvile') },
      });
      expect(merged.status).toBe(200);
      conforms(MergeReportSchema, merged.body);
      const merges = (await get('/api/merges')) as { items: unknown[] };
      expect(merges.items.length).toBeGreaterThan(0);
      conforms(MergesSchema, merges);
    });

    it('the session and the accounts', async () => {
      conforms(MeSchema, await get('/api/me'));
      conforms(UsersSchema, await get('/api/users'));
    });

    it('errors, each issue with its code', async () => {
      const bad = await call(server.url, 'POST', '/api/places', { session: admin, body: { kind: 'city', names: {}, country: 'XX' } });
      expect(bad.status).toBe(400);
      conforms(ErrorBodySchema, bad.body);
      expect(bad.json.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ['body', 'names'], code: 'name_required' }),
          expect.objectContaining({ path: ['body', 'country'], code: 'country_code' }),
        ]),
      );
    });
  },
  { registry: 'shared' },
);
