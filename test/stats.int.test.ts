import { expect, it } from 'vitest';
import { partnerships } from '../src/services/records.service.ts';
import { networkStats, statsFigures, statsPartners } from '../src/services/stats.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

describeEachBackend('statistics as of a date', (use) => {
  async function network() {
    const { ctx } = use();
    const g = given(ctx);
    const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
    const futian = await g.place({ en: 'Futian', zh: '福田区' }, 'CN', { kind: 'district', parentId: home.id });
    const houston = await g.place('Houston', 'US');
    const poznan = await g.place('Poznań', 'PL');
    const barcelona = await g.place('Barcelona', 'ES');
    const moscow = await g.place('Moscow', 'RU');
    const kazan = await g.place('Kazan', 'RU');
    const issy = await g.place('Issy-les-Moulineaux', 'FR');
    const gone = await g.place('Formerville', 'DE');
    await g.tie(home, houston, { kind: 'established', date: '1986-03', type: 'sister_city' });
    await g.tie(home, poznan, { kind: 'established', date: '1993', type: 'sister_city' });
    await g.tie(
      home,
      barcelona,
      { kind: 'established', date: '2012', type: 'friendly_exchange_city' },
      { kind: 'type_changed', date: '2021-11-22', type: 'sister_city' },
    );
    await g.tie(moscow, home, { kind: 'established', date: '2024-03-06', type: 'friendly_exchange_city' });
    await g.tie(home, kazan, { kind: 'established', date: null, recordedOn: '2026-01-01', type: 'unknown' });
    await g.tie(futian, issy, { kind: 'established', date: '2013', type: 'friendly_exchange_city' });
    await g.tie(home, gone, { kind: 'established', date: '2000', type: 'sister_city' }, { kind: 'ended', date: '2010-06' });
    await g.figure(home, '2022-09', { places: 90, countries: 57, sisterCities: 24, friendlyExchangeCities: 66 });
    await g.figure(home, '2024-03-06', { places: 93, countries: 58, sisterCities: 24, friendlyExchangeCities: 69 });
    return { ctx, home };
  }

  it('counts ties certainly in place, by type, country and continent', async () => {
    const { ctx } = await network();
    const s = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(s.places).toBe(4);
    expect(s.countries).toBe(4);
    expect(s.byType).toEqual({ sister_city: 3, friendly_exchange_city: 1, cooperation: 0, unknown: 0 });
    expect(s.byContinent).toEqual({ EU: 3, NA: 1 });
    expect(s.sentences.zh).toContain('深圳已与全球4个国家的4个城市建立了友好城市或友好交流城市关系');
    expect(s.sentences.en).toContain('Shenzhen has established sister or friendship city ties with 4 cities in 4 countries');
  });

  it('uses the type a tie had on the day', async () => {
    const { ctx } = await network();
    const before = await networkStats(ctx, { home: 'Shenzhen', asOf: '2021-11-21' });
    const after = await networkStats(ctx, { home: 'Shenzhen', asOf: '2021-11-22' });
    expect(before.byType.friendly_exchange_city).toBe(1);
    expect(before.byType.sister_city).toBe(2);
    expect(after.byType.sister_city).toBe(3);
    expect(after.byType.friendly_exchange_city).toBe(0);
  });

  it('counts a year-precise tie only from the end of its year, and an ended tie until it ends', async () => {
    const { ctx } = await network();
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '1993-12-30' })).partners.map((p) => p.partner.names.en)).toEqual([
      'Houston',
    ]);
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '1993-12-31' })).places).toBe(2);
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '2010-06-29' })).partners.map((p) => p.partner.names.en)).toContain(
      'Formerville',
    );
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '2010-06-30' })).partners.map((p) => p.partner.names.en)).not.toContain(
      'Formerville',
    );
  });

  it('adds the districts’ ties on request, each partner once', async () => {
    const { ctx } = await network();
    const without = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    const withDistricts = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07', includeDistricts: true });
    expect(withDistricts.places).toBe(without.places + 1);
    expect(withDistricts.partners.find((p) => p.partner.names.en === 'Issy-les-Moulineaux')?.via?.names.en).toBe('Futian');
    expect(withDistricts.sentences.zh).toContain('（含所辖各区）');
  });

  it('says in one line each why the figures shown together differ', async () => {
    const { ctx } = await network();
    const s = await networkStats(ctx, { home: 'Shenzhen', asOf: '2026-11-22' });
    // Houston, Poznań, Barcelona, Moscow and the unranked Kazan; Futian adds Issy-les-Moulineaux.
    expect([s.places, s.ranked.places, s.otherScope]).toEqual([5, 4, { places: 6, countries: 5 }]);
    expect(s.notes.en).toEqual([
      'Partners: all 5 places (in 4 countries) with a tie that counts, 1 of them of a rank no source states; the sentence counts only the 4 (in 4 countries) a source names as sister or friendly exchange cities.',
      "The city's own partners: 5; with its districts' own ties, 6 (in 5 countries), which the annual report counts.",
      'The 93 published on 6 March 2024 include ties for which the registry has found no public source yet; the registry holds only ties with a source, 5 so far.',
    ]);
    expect(s.notes.zh[1]).toBe('市本级伙伴5个；连同各区自己的友好关系共6个（5个国家），年度报告按后者统计。');
    const withDistricts = await networkStats(ctx, { home: 'Shenzhen', asOf: '2026-11-22', includeDistricts: true });
    expect(withDistricts.otherScope).toEqual({ places: 5, countries: 4 });
    expect(withDistricts.notes.en[1]).toBe(s.notes.en[1]);
    // Before Kazan was recorded and with no district yet, the figures agree and nothing needs saying but the published gap.
    const early = await networkStats(ctx, { home: 'Shenzhen', asOf: '2012-12-31' });
    expect(early.notes.en).toEqual([]);
  });

  it('lists undated ties apart until the day they were recorded', async () => {
    const { ctx } = await network();
    const past = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(past.undated.map((u) => u.partner.names.en)).toEqual(['Kazan']);
    const now = await networkStats(ctx, { home: 'Shenzhen', asOf: '2026-11-22' });
    expect(now.byType.unknown).toBe(1);
    expect(now.undated).toEqual([]);
    expect(now.sentences.en).toContain('No source states the rank of 1 further partner');
  });

  it('sets the latest published figure beside the registry’s count', async () => {
    const { ctx } = await network();
    const s = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07', lang: 'zh' });
    expect(s.published).toMatchObject({ asOf: '2024-03-06', places: 93, countries: 58 });
    expect(s.published?.difference).toEqual({ places: 4 - 93, countries: 4 - 58, sisterCities: 3 - 24, friendlyExchangeCities: 1 - 69 });
    const earlier = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-05' });
    expect(earlier.published?.asOf).toBe('2022-09');
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '2020-01-01' })).published).toBeNull();
  });

  it('counts cumulatively year by year', async () => {
    const { ctx } = await network();
    const s = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    const year = (y: number) => s.byYear.find((b) => b.year === y);
    expect(year(1986)?.total).toBe(1);
    expect(year(2005)?.total).toBe(3);
    expect(year(2011)?.total).toBe(2);
    expect(year(2012)?.byType.friendly_exchange_city).toBe(1);
    expect(s.byYear.at(-1)).toMatchObject({ year: 2024, total: 4 });
  });
});

describeEachBackend('statistics kept between writes', (use) => {
  it('answers again from what it counted until a write, and counts the write at once', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
    const houston = await g.place('Houston', 'US');
    const tie = await g.tie(home, houston, { kind: 'established', date: '1986-03', type: 'sister_city' });
    const first = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(first.places).toBe(1);
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' })).partners).toBe(first.partners);

    await g.tie(home, await g.place('Poznań', 'PL'), { kind: 'established', date: '1993', type: 'sister_city' });
    const added = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(added.places).toBe(2);
    expect(added.partners.map((p) => p.partner.names.en)).toEqual(['Houston', 'Poznań']);

    await partnerships.remove(ctx, tie.id, tie.version);
    expect((await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' })).partners.map((p) => p.partner.names.en)).toEqual(['Poznań']);
  });

  it('lists the partners counted on the day apart from the figures, a page at a time', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
    for (const [name, country] of [
      ['Houston', 'US'],
      ['Poznań', 'PL'],
      ['Barcelona', 'ES'],
    ] as const) {
      await g.tie(home, await g.place(name, country), { kind: 'established', date: '2001', type: 'sister_city' });
    }
    const figures = await statsFigures(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(figures.places).toBe(3);
    expect('partners' in figures).toBe(false);
    const page = await statsPartners(ctx, { home: 'Shenzhen', asOf: '2024-03-07', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, nextOffset: 2 });
    expect(page.items.map((p) => p.partner.names.en)).toEqual(['Houston']);
    const all = await statsPartners(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    expect(all.items.map((p) => p.partner.names.en)).toEqual(['Barcelona', 'Houston', 'Poznań']);
    expect(all.nextOffset).toBeNull();
  });
});
