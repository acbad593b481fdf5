import { expect, it } from 'vitest';
import type { Actor } from '../src/domain/permissions.ts';
import { factSheet } from '../src/services/facts.service.ts';
import { addPartner } from '../src/services/flows/add-partner.service.ts';
import type { AddPartnerInput } from '../src/services/flows/add-partner.schema.ts';
import { partnerPlaces } from '../src/services/flows/partner-places.service.ts';
import { previewTieStatus } from '../src/services/office/tie-status-preview.service.ts';
import { citationService } from '../src/services/citation.service.ts';
import type { PartnershipRecord } from '../src/records/partnership/partnership.service.ts';
import { partnerships, places } from '../src/services/records.service.ts';
import { placeRepository } from '../src/storage/place.repository.ts';
import { auditRepository } from '../src/storage/audit.repository.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';
import { importLines, tableCounts } from './support/network.ts';

const VIEWER: Actor = { kind: 'user', id: 'us_viewer000', email: 'v@example.org', role: 'viewer' };
const LINES = [
  'Riga,Latvia,56.9496,24.1052,Vilnius,Lithuania,54.6872,25.2797',
  'Springfield,United States,39.8017,-89.6436,Ashikaga,Japan,36.34,139.45',
  'Springfield,United States,42.1015,-72.5898,Takikawa,Japan,43.55,141.9',
];

describeEachBackend('adding a partner in one go, and a status change’s effect', (use) => {
  async function home() {
    const { ctx } = use();
    return given(ctx).place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
  }
  const request = (homeId: string, extra: Partial<AddPartnerInput>): AddPartnerInput => ({
    homeId,
    type: 'sister_city',
    established: '2017-06',
    source: { kind: 'link', url: 'https://example.org/vilnius', title: 'Shenzhen and Vilnius sign' },
    quote: 'Shenzhen and Vilnius became sister cities in June 2017.',
    ...extra,
  });

  it('finds the world network’s places by name, tells homonyms apart, and ties one without copying it', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    await importLines(ctx, LINES);
    const found = await partnerPlaces(ctx, { q: 'Вильнюс', home: shenzhen.id });
    expect(found[0]).toMatchObject({ name: 'Vilnius', country: 'LT', layer: 'network', tiedToHome: false });
    expect(found[0]!.coordinates?.lat).toBeCloseTo(54.69, 1);
    const springfields = await partnerPlaces(ctx, { q: 'Springfield' });
    expect(springfields.filter((p) => p.name === 'Springfield').map((p) => Math.round(p.coordinates!.lng))).toEqual(
      expect.arrayContaining([-90, -73]),
    );
    const placesBefore = (await tableCounts(ctx)).places;

    const added = await addPartner(ctx, request(shenzhen.id, { placeId: found[0]!.id, areas: ['culture'] }));
    expect(added.created).toEqual({ place: false, source: true, fromNetwork: true });
    expect((await tableCounts(ctx)).places).toBe(placesBefore);
    expect((await placeRepository.layersOf(ctx.db, [found[0]!.id])).get(found[0]!.id)).toBe('registry');
    const tie = await partnerships.get(ctx, added.partnership.id);
    expect(tie).toMatchObject({
      placeAId: shenzhen.id,
      placeBId: found[0]!.id,
      type: 'sister_city',
      status: 'active',
      established: '2017-06',
    });
    const cited = await citationService.forRecord(ctx.db, 'partnership', tie.id);
    expect(cited.map((c) => [c.field, c.value, c.quote])).toEqual(
      expect.arrayContaining([
        ['established', '2017-06', 'Shenzhen and Vilnius became sister cities in June 2017.'],
        ['type', 'sister_city', 'Shenzhen and Vilnius became sister cities in June 2017.'],
      ]),
    );
    const sheet = await factSheet(ctx, 'partnership', tie.id);
    expect(sheet.facts.find((f) => f.field === 'established')).toMatchObject({ recorded: '2017-06', conflict: false });
    const audit = await auditRepository.forRecord(ctx.db, 'partnership', tie.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'add_partner']));
    expect((await partnerPlaces(ctx, { q: 'Vilnius', home: shenzhen.id }))[0]).toMatchObject({ layer: 'registry', tiedToHome: true });
  });

  it('creates a new place and keeps a pasted text as a source, once', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    const text =
      '发布时间：2019年05月20日\n\n深圳与波尔图签署友好交流城市协议。\n\nShenzhen and Porto signed a friendly exchange agreement.';
    const first = await addPartner(
      ctx,
      request(shenzhen.id, {
        newPlace: { names: { en: 'Porto', zh: '波尔图', ru: 'Порту' }, country: 'PT' },
        type: 'friendly_exchange_city',
        established: '2019-05-20',
        status: 'dormant',
        source: { kind: 'text', content: text },
        quote: '深圳与波尔图签署友好交流城市协议。',
      }),
    );
    expect(first.created).toMatchObject({ place: true, source: true });
    expect(first.place.names).toEqual({ en: 'Porto', zh: '波尔图', ru: 'Порту' });
    expect(first.partnership).toMatchObject({ status: 'dormant', type: 'friendly_exchange_city', established: '2019-05-20' });
    const other = await given(ctx).place('Ningbo', 'CN');
    const second = await addPartner(
      ctx,
      request(other.id, { placeId: first.place.id, source: { kind: 'text', content: text }, quote: 'the same text' }),
    );
    expect(second.created).toMatchObject({ place: false, source: false, fromNetwork: false });
    expect(second.source.id).toBe(first.source.id);
  });

  it('keeps a place named anew for an internal tie internal with it, and a place found as it was', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    const quiet = await addPartner(
      ctx,
      request(shenzhen.id, { newPlace: { names: { en: 'Quietbury' }, country: 'GB' }, visibility: 'internal' }),
    );
    expect(quiet.partnership.visibility).toBe('internal');
    expect(quiet.place.visibility).toBe('internal');
    const known = await given(ctx).place('Loudton', 'GB');
    const found = await addPartner(ctx, request(shenzhen.id, { placeId: known.id, visibility: 'internal' }));
    expect(found.place.visibility).toBe('public');
    expect((await places.load(ctx.db, known.id)).visibility).toBe('public');
  });

  it('writes nothing when any part is wrong, and names the field', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    const before = await tableCounts(ctx);
    const newPlace = { names: { en: 'Almere' }, country: 'NL' };
    await expect(addPartner(ctx, request(shenzhen.id, { newPlace, areas: ['no_such_area'] }))).rejects.toMatchObject({
      code: 'validation',
      issues: [expect.objectContaining({ path: ['areas', '0'], code: 'unknown_area' })],
    });
    await expect(
      addPartner(ctx, request(shenzhen.id, { newPlace, source: { kind: 'existing', id: 'so_missing00' } })),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(addPartner(ctx, request(shenzhen.id, {}))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['placeId'], code: 'place_choice' })],
    });
    await expect(addPartner(ctx, request(shenzhen.id, { newPlace, established: '2017-13' }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['established'] })],
    });
    expect(await tableCounts(ctx)).toEqual(before);
    await addPartner(ctx, request(shenzhen.id, { newPlace }));
    const almere = (await places.findByName(ctx.db, 'Almere', 'NL'))[0]!;
    const afterOne = await tableCounts(ctx);
    await expect(addPartner(ctx, request(shenzhen.id, { placeId: almere.id }))).rejects.toMatchObject({ code: 'duplicate' });
    expect(await tableCounts(ctx)).toEqual(afterOne);
    await expect(addPartner({ ...ctx, actor: VIEWER }, request(shenzhen.id, { placeId: almere.id }))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('previews what a suspension does to the public figures, and changes nothing', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    const g = given(ctx);
    const kazan = await g.place('Kazan', 'RU');
    const minsk = await g.place('Minsk', 'BY');
    const tie = await g.tie(shenzhen, kazan, { kind: 'established', date: '2012-05', type: 'sister_city' });
    await g.tie(shenzhen, minsk, { kind: 'established', date: '2015', type: 'friendly_exchange_city' });
    const effect = await previewTieStatus(ctx, tie.id, { status: 'suspended', date: '2022-03-01', reason: 'exchanges paused' });
    expect(effect.homeNames.en).toBe('Shenzhen');
    expect([effect.before.places, effect.after.places]).toEqual([2, 1]);
    expect([effect.before.countries, effect.after.countries]).toEqual([2, 1]);
    expect([effect.before.byType.sister_city, effect.after.byType.sister_city]).toEqual([1, 0]);
    const still = (await partnerships.get(ctx, tie.id)) as PartnershipRecord;
    expect([still.version, still.status, still.history.length]).toEqual([tie.version, 'active', 1]);
    const dormant = await previewTieStatus(ctx, tie.id, { status: 'dormant', date: '2024' });
    expect(dormant.after.places).toBe(2);
    await expect(previewTieStatus(ctx, tie.id, { status: 'suspended', date: '2022' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['reason'] })],
    });
    await expect(previewTieStatus({ ...ctx, actor: VIEWER }, tie.id, { status: 'ended', date: '2024' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('reads a source citing a tie’s history as its founding date, like with like', async () => {
    const { ctx } = use();
    const shenzhen = await home();
    const g = given(ctx);
    const vilnius = await g.place('Vilnius', 'LT');
    const tie = await g.tie(shenzhen, vilnius, { kind: 'established', date: '2017-06-16', type: 'friendly_exchange_city' });
    const month = await g.source('Shenzhen’s partners');
    const year = await g.source('A retelling');
    await citationService.cite(ctx, { sourceId: month.id, entity: 'partnership', entityId: tie.id, field: 'history', value: '2017-06' });
    await citationService.cite(ctx, { sourceId: year.id, entity: 'partnership', entityId: tie.id, field: 'established', value: '2016' });
    const sheet = await factSheet(ctx, 'partnership', tie.id);
    expect(sheet.facts.map((f) => f.field)).toEqual(['established']);
    const established = sheet.facts[0]!;
    expect(established.recorded).toBe('2017-06-16');
    expect(established.sources.map((s) => [s.source.title, s.agreement]).sort()).toEqual([
      ['A retelling', 'conflict'],
      ['Shenzhen’s partners', 'compatible'],
    ]);
    expect(established.conflict).toBe(true);
  });
});
