import { beforeAll, afterAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { agreements, events, partnerships, people } from '../../src/services/records.service.ts';
import { ctxFor, describeEachBackend } from '../support/backends.ts';
import { given } from '../support/given.ts';
import { call, getOk, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

interface Item {
  id: string;
  [field: string]: unknown;
}

/*
 * The lists a partner's page and a person's page ask for: `partner` and `person` find, in the
 * list's order, the records the pages used to pick out of every record, for the public and for staff.
 */
describeEachBackend(
  'lists of what a partner or a person took part in',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let staff: Session;
    const ids: Record<string, string> = {};

    const all = async (path: string, session?: Session): Promise<Item[]> => {
      const page = await getOk<{ items: Item[]; nextCursor: string | null }>(
        server.url,
        `${path}${path.includes('?') ? '&' : '?'}limit=200`,
        session,
      );
      expect(page.nextCursor).toBeNull();
      return page.items;
    };
    const titles = (items: Item[]) => items.map((i) => (i.titles as { en: string }).en);

    beforeAll(async () => {
      const store: Store = use().store;
      const ctx = ctxFor(store);
      await loadDemo(ctx);
      const make = given(ctx);
      const home = await make.place('Hometown', 'CN');
      const partner = await make.place('Partnerville', 'RU');
      const other = await make.place('Elsewhere', 'FR');
      ids.partner = partner.id;
      const tie = await make.tie(home, partner, { kind: 'established', date: '2020', type: 'sister_city' });
      const hidden = await partnerships.create(ctx, {
        placeAId: partner.id,
        placeBId: other.id,
        history: [{ kind: 'established', date: '2021', type: 'cooperation' }],
        visibility: 'internal',
      });
      await make.tie(home, other, { kind: 'established', date: '2019', type: 'sister_city' });
      const guest = await people.create(ctx, { names: { en: 'Guest Person' } });
      const secret = await people.create(ctx, { names: { en: 'Unrelated Person' } });
      ids.guest = guest.id;
      const event = (title: string, extra: Record<string, unknown>) =>
        events.create(ctx, { kind: 'meeting', titles: { en: title }, ...extra });
      await event('B venue', { placeIds: [other.id, partner.id], start: '2022-05', participants: [{ personId: guest.id }] });
      await event('A delegation', { delegationFromPlaceId: partner.id, start: '2022-05' });
      await event('C stop', { itinerary: [{ placeId: other.id }, { placeId: partner.id }], start: '2021' });
      await event('D tie', { partnershipIds: [tie.id] });
      await event('E internal tie', { partnershipIds: [hidden.id], start: '2023' });
      await event('F represented only', {
        placeIds: [other.id],
        participants: [{ personId: guest.id, representing: { placeId: partner.id, organisationId: null } }],
      });
      await event('G internal', { placeIds: [partner.id], visibility: 'internal', participants: [{ personId: guest.id }] });
      await event('H elsewhere', { placeIds: [other.id], participants: [{ personId: secret.id }] });
      const gone = await event('I deleted', { placeIds: [partner.id], participants: [{ personId: guest.id }] });
      await events.remove(ctx, gone.id, gone.version);
      const agreement = (title: string, extra: Record<string, unknown>) =>
        agreements.create(ctx, { kind: 'memorandum', titles: { en: title }, ...extra });
      await agreement('Party', { parties: [{ placeId: home.id }, { placeId: partner.id }] });
      await agreement('Founding', { partnerships: [{ partnershipId: tie.id, effect: 'founds' }] });
      await agreement('Internal tie', { partnerships: [{ partnershipId: hidden.id, effect: 'founds' }] });
      await agreement('Signed there only', { signedAtPlaceId: partner.id, parties: [{ placeId: other.id }] });
      await agreement('Unrelated', { parties: [{ placeId: other.id }] });

      server = await startServer(store);
      staff = await signIn(server.url, (await seedAccounts(store)).viewer);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('finds the events of a partner by venue, delegation, stop and tie, not by whom a participant represented', async () => {
      expect(titles(await all(`/api/events?partner=${ids.partner}`))).toEqual(['A delegation', 'B venue', 'C stop', 'D tie']);
      expect(titles(await all(`/api/events?partner=${ids.partner}`, staff))).toEqual([
        'A delegation',
        'B venue',
        'C stop',
        'D tie',
        'E internal tie',
        'G internal',
      ]);
      // `place` keeps meaning any place the event names.
      expect(titles(await all(`/api/events?place=${ids.partner}`))).toContain('F represented only');
    });

    it('finds the agreements of a partner by party and tie, not by where they were signed', async () => {
      expect(titles(await all(`/api/agreements?partner=${ids.partner}`))).toEqual(['Founding', 'Party']);
      expect(titles(await all(`/api/agreements?partner=${ids.partner}`, staff))).toEqual(['Founding', 'Internal tie', 'Party']);
      expect(titles(await all(`/api/agreements?place=${ids.partner}`))).toContain('Signed there only');
    });

    it('finds the events a person took part in', async () => {
      expect(titles(await all(`/api/events?person=${ids.guest}`))).toEqual(['B venue', 'F represented only']);
      expect(titles(await all(`/api/events?person=${ids.guest}`, staff))).toEqual(['B venue', 'F represented only', 'G internal']);
      const counted = await call(server.url, 'GET', `/api/events?person=${ids.guest}&count=true&limit=1`);
      expect(counted.json.total).toBe(2);
    });

    it('gives for every place and person what picking from every record gave, in the same order', async () => {
      const moscow = (await all('/api/places?q=Moscow'))[0]!;
      expect((await all(`/api/events?partner=${moscow.id}`)).length).toBeGreaterThan(1);
      for (const session of [undefined, staff]) {
        const everyEvent = await all('/api/events', session);
        const everyAgreement = await all('/api/agreements', session);
        for (const place of await all('/api/places', session)) {
          const tieIds = (await all(`/api/partnerships?place=${place.id}`, session)).map((t) => t.id);
          const involves = (e: Item) =>
            (e.placeIds as string[]).includes(place.id) ||
            e.delegationFromPlaceId === place.id ||
            (e.partnershipIds as string[]).some((id) => tieIds.includes(id)) ||
            (e.itinerary as { placeId: string | null }[]).some((s) => s.placeId === place.id);
          const ofPlace = (a: Item) =>
            (a.partnerships as { partnershipId: string }[]).some((p) => tieIds.includes(p.partnershipId)) ||
            (a.parties as { placeId: string | null }[]).some((p) => p.placeId === place.id);
          expect(await all(`/api/events?partner=${place.id}`, session)).toEqual(everyEvent.filter(involves));
          expect(await all(`/api/agreements?partner=${place.id}`, session)).toEqual(everyAgreement.filter(ofPlace));
        }
        for (const person of await all('/api/people', session)) {
          const took = everyEvent.filter((e) => (e.participants as { personId: string }[]).some((p) => p.personId === person.id));
          expect(await all(`/api/events?person=${person.id}`, session)).toEqual(took);
        }
      }
    });

    it('names the field of a malformed filter', async () => {
      const res = await call(server.url, 'GET', '/api/events?person=not-an-id');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).toContain('person');
      expect((await call(server.url, 'GET', `/api/places?partner=${ids.partner}`)).status).toBe(400);
    });
  },
  { registry: 'shared' },
);
