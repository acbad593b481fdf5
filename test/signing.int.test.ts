import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/domain/permissions.ts';
import { titleOn } from '../src/domain/positions.ts';
import type { PartnershipRecord } from '../src/records/partnership/partnership.service.ts';
import { citationService } from '../src/services/citation.service.ts';
import type { Ctx } from '../src/services/context.ts';
import type { RecordSigningInput } from '../src/services/flows/record-signing.schema.ts';
import { partnerPlaces } from '../src/services/flows/partner-places.service.ts';
import { recordSigning } from '../src/services/flows/record-signing.service.ts';
import { previewSigning } from '../src/services/flows/signing-preview.service.ts';
import { agreements, partnerships, people, places } from '../src/services/records.service.ts';
import { auditRepository } from '../src/storage/audit.repository.ts';
import { readJson } from '../src/storage/database.ts';
import { placeRepository } from '../src/storage/place.repository.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';
import { importLines } from './support/network.ts';
import { rowCounts } from './support/row-counts.ts';
import { call, seedAccounts, signIn, startServer, type Session } from './support/server.ts';

const VIEWER: Actor = { kind: 'user', id: 'us_viewer000', email: 'v@example.org', role: 'viewer' };
const QUOTE = 'Shenzhen and Moscow signed a memorandum raising their ties to sister cities.';

/** Every table a signing writes to, counted: a refused signing leaves each as it was. */
const counts = (ctx: Ctx) => rowCounts(ctx, ['places', 'partnerships', 'agreements', 'people', 'sources', 'citations', 'audit_log']);

describeEachBackend(
  'recording a signing in one go',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let editor: Session;
    let viewer: Session;

    beforeAll(async () => {
      const { store } = use();
      const emails = await seedAccounts(store);
      server = await startServer(store);
      editor = await signIn(server.url, emails.editor);
      viewer = await signIn(server.url, emails.viewer);
    });
    afterAll(async () => {
      await server?.close();
    });

    /** A home city with a friendly exchange tie to a partner, and the partner's mayor on record. */
    async function exchangeTie(partner: string) {
      const { ctx } = use();
      const g = given(ctx);
      const home = await g.place({ en: `Shenzhen for ${partner}`, zh: '深圳' }, 'CN');
      const place = await g.place(partner, 'RU');
      const tie = await g.tie(home, place, { kind: 'established', date: '2024-03-06', type: 'friendly_exchange_city' });
      const mayor = await people.create(ctx, {
        names: { en: `Mayor of ${partner}` },
        positions: [
          { title: { en: 'Deputy Mayor' }, from: '2012', to: '2019' },
          { title: { en: 'Mayor', zh: '市长' }, from: '2020-01', to: null },
        ],
      });
      return { home, place, tie, mayor };
    }
    const upgrade = (s: Awaited<ReturnType<typeof exchangeTie>>, extra: Partial<RecordSigningInput> = {}): RecordSigningInput => ({
      homeId: s.home.id,
      agreement: {
        kind: 'memorandum',
        titles: { en: 'Memorandum on sister-city relations', zh: '缔结友好城市关系备忘录' },
        signedOn: '2026年3月',
      },
      signatories: [
        { personId: s.mayor.id, side: 'partner' },
        { newPerson: { names: { zh: '王守睿', en: 'Wang Shourui' } }, title: { zh: '副市长', en: 'Vice Mayor' }, side: 'home' },
      ],
      tie: { effect: 'upgrades', partnershipId: s.tie.id, type: 'sister_city' },
      source: { kind: 'link', url: `https://example.org/${s.place.id}`, title: 'Sister cities at last' },
      quote: QUOTE,
      ...extra,
    });

    it('upgrades a friendly exchange tie to sister cities with its memorandum, keeping the earlier rank in the history', async () => {
      const { ctx } = use();
      const moscow = await exchangeTie('Moscow');
      const before = await counts(ctx);
      const view = await previewSigning(ctx, upgrade(moscow));
      expect(view.tie?.type).toBe('sister_city');
      expect(view.tie?.history.map((h) => [h.kind, h.date, h.type])).toEqual([
        ['established', '2024-03-06', 'friendly_exchange_city'],
        ['type_changed', '2026-03', 'sister_city'],
      ]);
      expect(view.agreement?.signatories.map((s) => [s.names?.en, s.title.en, s.side])).toEqual([
        ['Mayor of Moscow', 'Mayor', 'partner'],
        ['Wang Shourui', 'Vice Mayor', 'home'],
      ]);
      const hidden = await previewSigning(ctx, upgrade(moscow, { agreement: { ...upgrade(moscow).agreement, visibility: 'internal' } }));
      expect([hidden.agreement, hidden.tie?.type]).toEqual([null, 'sister_city']);
      expect(await counts(ctx)).toEqual(before);

      const done = await recordSigning(ctx, upgrade(moscow));
      expect(done.created).toEqual({ place: false, people: 1, positions: 1, source: true, tie: false });
      const tie = (await partnerships.get(ctx, moscow.tie.id)) as PartnershipRecord;
      expect([tie.type, tie.established]).toEqual(['sister_city', '2024-03-06']);
      expect(tie.history.map((h) => [h.kind, h.date, h.type])).toEqual([
        ['established', '2024-03-06', 'friendly_exchange_city'],
        ['type_changed', '2026-03', 'sister_city'],
      ]);
      const agreement = await agreements.get(ctx, done.agreement.id);
      expect(agreement).toMatchObject({
        kind: 'memorandum',
        signedOn: '2026-03',
        partnerships: [{ partnershipId: moscow.tie.id, effect: 'upgrades' }],
        parties: [{ placeId: moscow.home.id }, { placeId: moscow.place.id }],
      });
      expect(agreement.signatories.map((s) => [s.personId, s.title, s.onBehalfOf.placeId])).toEqual([
        [moscow.mayor.id, { en: 'Mayor', zh: '市长' }, moscow.place.id],
        [done.signatories[1]!.id, { zh: '副市长', en: 'Vice Mayor' }, moscow.home.id],
      ]);
      expect((await people.get(ctx, done.signatories[1]!.id)).names).toEqual({ zh: '王守睿', en: 'Wang Shourui' });
      const cited = [
        ...(await citationService.forRecord(ctx.db, 'agreement', agreement.id)),
        ...(await citationService.forRecord(ctx.db, 'partnership', tie.id)),
      ];
      expect(cited.map((c) => [c.entity, c.field, c.value, c.quote, c.sourceId])).toEqual(
        expect.arrayContaining([
          ['agreement', 'signedOn', '2026-03', QUOTE, done.source.id],
          ['partnership', 'type', 'sister_city', QUOTE, done.source.id],
        ]),
      );
      const audit = await auditRepository.forRecord(ctx.db, 'agreement', agreement.id);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'record_signing']));
      expect((await auditRepository.forRecord(ctx.db, 'partnership', tie.id)).map((a) => a.action)).toContain('update');
    });

    it('records the title a new signatory signed with as their position from the signing, and leaves a found person’s positions alone', async () => {
      const { ctx } = use();
      const tver = await exchangeTie('Tver');
      const input = upgrade(tver, {
        signatories: [
          { personId: tver.mayor.id, title: { en: 'Acting Mayor' }, side: 'partner' },
          { newPerson: { names: { zh: '王守睿', en: 'Wang Shourui' } }, title: { zh: '副市长', en: 'Vice Mayor' }, side: 'home' },
          { newPerson: { names: { en: 'Olga Tverskaya' } }, title: { en: 'Head of Protocol' }, side: 'partner' },
          { newPerson: { names: { en: 'An Untitled Witness' } }, side: 'partner' },
        ],
      });
      const before = await counts(ctx);
      const view = await previewSigning(ctx, input);
      expect(view.positions).toEqual([
        { names: { zh: '王守睿', en: 'Wang Shourui' }, title: { zh: '副市长', en: 'Vice Mayor' }, from: '2026-03', side: 'home' },
        { names: { en: 'Olga Tverskaya' }, title: { en: 'Head of Protocol' }, from: '2026-03', side: 'partner' },
      ]);
      expect(await counts(ctx)).toEqual(before);

      const done = await recordSigning(ctx, input);
      expect(done.created).toMatchObject({ people: 3, positions: 2 });
      const [mayor, wang, olga, witness] = await Promise.all(done.signatories.map((p) => people.get(ctx, p.id)));
      expect(wang!.positions).toEqual([
        { title: { zh: '副市长', en: 'Vice Mayor' }, organisationId: null, placeId: tver.home.id, from: '2026-03', to: null },
      ]);
      expect(olga!.positions).toEqual([
        { title: { en: 'Head of Protocol' }, organisationId: null, placeId: tver.place.id, from: '2026-03', to: null },
      ]);
      expect(witness!.positions).toEqual([]);
      // The agreement keeps the title as signed; the mayor's record keeps the offices it had.
      expect([mayor!.positions, mayor!.version]).toEqual([tver.mayor.positions, tver.mayor.version]);
      expect((await agreements.get(ctx, done.agreement.id)).signatories[0]!.title).toEqual({ en: 'Acting Mayor' });
      // The next signing prefills the new signatory's title from the position, at any date it covers.
      expect(titleOn(wang!.positions, '2026-03-20')).toEqual({ zh: '副市长', en: 'Vice Mayor' });
      expect(titleOn(wang!.positions, '2025')).toBeNull();
      const [created] = await auditRepository.forRecord(ctx.db, 'person', wang!.id);
      expect(created!.action).toBe('create');
      expect(readJson<{ positions: { after: unknown } }>(created!.changes).positions.after).toEqual(wang!.positions);
      const res = await call(server.url, 'GET', `/api/people/${olga!.id}`);
      expect((res.json.positions as { title: unknown; from: string }[]).map((p) => [p.title, p.from])).toEqual([
        [{ en: 'Head of Protocol' }, '2026-03'],
      ]);
    });

    it('founds a tie with a new partner place and is refused a second time by the one-tie-per-pair constraint', async () => {
      const { ctx } = use();
      const home = await given(ctx).place({ en: 'Shenzhen (founding)' }, 'CN');
      const founding: RecordSigningInput = {
        homeId: home.id,
        agreement: { kind: 'establishing_agreement', titles: { en: 'Agreement on friendly relations' }, signedOn: '16 June 2017' },
        signatories: [{ newPerson: { names: { en: 'Remigijus Šimašius' } }, side: 'partner' }],
        tie: { effect: 'founds', newPlace: { names: { en: 'Vilnius (founding)', zh: '维尔纽斯' }, country: 'LT' }, type: 'sister_city' },
        source: { kind: 'text', content: 'On 16 June 2017 the two cities signed an agreement on friendly relations.' },
        quote: 'On 16 June 2017 the two cities signed an agreement on friendly relations.',
      };
      const done = await recordSigning(ctx, founding);
      expect(done.created).toMatchObject({ place: true, tie: true, people: 1 });
      expect(done.partnership).toMatchObject({ type: 'sister_city', established: '2017-06-16', placeBId: done.partner.id });
      const before = await counts(ctx);
      const again = { ...founding, tie: { effect: 'founds' as const, placeId: done.partner.id, type: 'sister_city' as const } };
      await expect(recordSigning(ctx, again)).rejects.toMatchObject({ code: 'duplicate' });
      const res = await call(server.url, 'POST', '/api/flows/record-signing', { session: editor, body: again });
      expect(res.status).toBe(409);
      expect(await counts(ctx)).toEqual(before);
    });

    it('keeps the tie, the new partner place and the new signatory of an internal signing internal with it', async () => {
      const { ctx } = use();
      const home = await given(ctx).place({ en: 'Shenzhen (internal)' }, 'CN');
      const quiet: RecordSigningInput = {
        homeId: home.id,
        agreement: { kind: 'letter_of_intent', titles: { en: 'A letter not yet announced' }, signedOn: '2026', visibility: 'internal' },
        signatories: [{ newPerson: { names: { en: 'An Unannounced Signatory' } }, title: { en: 'Envoy' }, side: 'partner' }],
        tie: { effect: 'founds', newPlace: { names: { en: 'Quietville' }, country: 'FR' }, type: 'friendly_exchange_city' },
        source: { kind: 'text', content: 'The two cities signed a letter of intent.' },
        quote: 'The two cities signed a letter of intent.',
      };
      const view = await previewSigning(ctx, quiet);
      expect([view.partner, view.tie, view.agreement]).toEqual([null, null, null]);
      expect(view.positions).toEqual([{ names: null, title: { en: 'Envoy' }, from: '2026', side: 'partner' }]);
      const done = await recordSigning(ctx, quiet);
      expect(done.created).toMatchObject({ place: true, positions: 1 });
      expect([done.agreement.visibility, done.partnership.visibility, done.partner.visibility, done.signatories[0]!.visibility]).toEqual([
        'internal',
        'internal',
        'internal',
        'internal',
      ]);
      const listed = async (session?: Session) =>
        ((await call(server.url, 'GET', '/api/places?q=Quietville', { session })).json.items as { id: string }[]).map((p) => p.id);
      expect(await listed()).toEqual([]);
      expect(await listed(editor)).toEqual([done.partner.id]);
      for (const path of [
        `/api/agreements/${done.agreement.id}`,
        `/api/partnerships/${done.partnership.id}`,
        `/api/places/${done.partner.id}`,
        `/api/people/${done.signatories[0]!.id}`,
      ]) {
        expect([path, (await call(server.url, 'GET', path)).status]).toEqual([path, 404]);
        expect([path, (await call(server.url, 'GET', path, { session: editor })).status]).toEqual([path, 200]);
      }

      // A partner found in the registry keeps its own visibility, whatever the signing's.
      const loud = await given(ctx).place({ en: 'Loudville' }, 'FR');
      const found = await recordSigning(ctx, { ...quiet, tie: { effect: 'founds', placeId: loud.id, type: 'friendly_exchange_city' } });
      expect([found.created.place, found.partnership.visibility]).toEqual([false, 'internal']);
      expect((await places.get(ctx, loud.id)).visibility).toBe('public');
      expect((await call(server.url, 'GET', `/api/places/${loud.id}`)).status).toBe(200);
    });

    it('founds a tie with a place known only from the world network, which joins the registry', async () => {
      const { ctx } = use();
      const home = await given(ctx).place({ en: 'Shenzhen (network)' }, 'CN');
      await importLines(ctx, ['Riga,Latvia,56.9496,24.1052,Daugavpils,Latvia,55.8714,26.5161']);
      const [found] = await partnerPlaces(ctx, { q: 'Daugavpils', home: home.id });
      expect(found).toMatchObject({ layer: 'network', tiedToHome: false });
      const done = await recordSigning(ctx, {
        homeId: home.id,
        agreement: { kind: 'letter_of_intent', titles: { zh: '友好交流意向书' }, signedOn: '2025/9/3' },
        signatories: [{ newPerson: { names: { zh: '李明', en: 'Li Ming' } }, side: 'home' }],
        tie: { effect: 'founds', placeId: found!.id, type: 'friendly_exchange_city' },
        source: { kind: 'link', url: 'https://example.org/daugavpils', title: 'A letter of intent' },
        quote: 'The two cities signed a letter of intent.',
      });
      expect(done.created).toMatchObject({ place: false, tie: true });
      expect(done.partnership).toMatchObject({ placeBId: found!.id, type: 'friendly_exchange_city', established: '2025-09-03' });
      expect((await placeRepository.layersOf(ctx.db, [found!.id])).get(found!.id)).toBe('registry');
      expect((await partnerPlaces(ctx, { q: 'Daugavpils', home: home.id }))[0]).toMatchObject({ layer: 'registry', tiedToHome: true });
    });

    it('names the field of bad input and writes nothing, even when the fault is found after the first writes', async () => {
      const { ctx } = use();
      const kazan = await exchangeTie('Kazan');
      const before = await counts(ctx);
      await expect(
        recordSigning(ctx, upgrade(kazan, { agreement: { ...upgrade(kazan).agreement, signedOn: '2026-13' } })),
      ).rejects.toMatchObject({ code: 'validation', issues: [expect.objectContaining({ path: ['agreement', 'signedOn'] })] });
      await expect(recordSigning(ctx, upgrade(kazan, { signatories: [] }))).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ['signatories'] })],
      });
      await expect(recordSigning(ctx, upgrade(kazan, { signatories: [{ side: 'home' }] }))).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ['signatories', 0, 'personId'], code: 'person_choice' })],
      });
      await expect(
        recordSigning(ctx, upgrade(kazan, { tie: { effect: 'upgrades', partnershipId: kazan.tie.id, type: 'friendly_exchange_city' } })),
      ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['tie', 'type'], code: 'same_type' })] });
      // The tie is upgraded and the new person made before the missing source is found: all of it is undone.
      await expect(recordSigning(ctx, upgrade(kazan, { source: { kind: 'existing', id: 'so_missing00' } }))).rejects.toMatchObject({
        code: 'not_found',
      });
      const res = await call(server.url, 'POST', '/api/flows/record-signing', {
        session: editor,
        body: upgrade(kazan, { agreement: { ...upgrade(kazan).agreement, titles: {} } }),
      });
      expect(res.status).toBe(400);
      expect(res.json.issues).toEqual([expect.objectContaining({ path: expect.arrayContaining(['agreement', 'titles']) })]);
      expect(String(res.json.message)).toMatch(/agreement\.titles/);
      expect(await counts(ctx)).toEqual(before);
      const tie = (await partnerships.get(ctx, kazan.tie.id)) as PartnershipRecord;
      expect([tie.type, tie.version]).toEqual(['friendly_exchange_city', kazan.tie.version]);
    });

    it('refuses a viewer, in the service and over HTTP, for the signing and its preview', async () => {
      const { ctx } = use();
      const minsk = await exchangeTie('Minsk');
      const before = await counts(ctx);
      await expect(recordSigning({ ...ctx, actor: VIEWER }, upgrade(minsk))).rejects.toMatchObject({ code: 'forbidden' });
      await expect(previewSigning({ ...ctx, actor: VIEWER }, upgrade(minsk))).rejects.toMatchObject({ code: 'forbidden' });
      for (const path of ['/api/flows/record-signing', '/api/flows/record-signing/preview']) {
        expect((await call(server.url, 'POST', path, { session: viewer, body: upgrade(minsk) })).status).toBe(403);
        expect((await call(server.url, 'POST', path, { body: upgrade(minsk) })).status).toBe(401);
      }
      expect(await counts(ctx)).toEqual(before);
      const preview = await call(server.url, 'POST', '/api/flows/record-signing/preview', { session: editor, body: upgrade(minsk) });
      expect(preview.status).toBe(200);
      expect((preview.json.tie as { type: string }).type).toBe('sister_city');
      expect(await counts(ctx)).toEqual(before);
      const saved = await call(server.url, 'POST', '/api/flows/record-signing', { session: editor, body: upgrade(minsk) });
      expect(saved.status).toBe(201);
      expect(saved.headers.get('location')).toBe(`/api/agreements/${String(saved.json.agreementId)}`);
    });
  },
  { registry: 'shared' },
);
