import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { PlaceDataSchema } from '../src/records/place/place.schema.ts';
import { rebuildIndexes } from '../src/services/name-index.service.ts';
import { places } from '../src/services/records.service.ts';
import { search } from '../src/services/search.service.ts';
import { networkStats } from '../src/services/stats.service.ts';
import { importNetwork } from '../src/services/network/import-network.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { importLines, tableCounts } from './support/network.ts';

/** Each messy case of the twin-town lists, one or two rows each; line numbers in the comments. */
const LINES = [
  'Shenzhen,China,22.5467,114.0544,Almere,Netherlands,52.3667,5.2167', // 2
  'Almere,Netherlands,52.3667,5.2167,Shenzhen,China,22.5467,114.0544', // 3: the same tie, the other way
  'Frankfurt am Main,Germany,50.1167,8.6833,Lyon,France,45.76,4.84', // 4
  'Springfield,United States,39.8017,-89.6436,Ashikaga,Japan,36.34,139.45', // 5: Illinois
  'Springfield,United States,42.1015,-72.5898,Takikawa,Japan,43.55,141.9', // 6: Massachusetts
  'Dębica (rural gmina),Poland,50.05,21.4167,Újszász,Hungary,47.3,20.0833', // 7
  'Dębica,Poland,50.0515,21.4114,Jászberény,Hungary,47.5,19.9167', // 8: the town, not the gmina
  "Bao'an (Shenzhen),China,22.571,113.8955,Avignon,France,43.95,4.8075", // 9
  'Edinburgh,"Scotland, United Kingdom",55.9533,-3.1892,Kraków,Poland,50.0614,19.9372', // 10
  'Tbilisi,Georgia (country),41.7225,44.7925,Atlanta,Georgia,33.749,-84.388', // 11: a country and a US state
  'Kourou,France,5.1597,-52.6503,Macapá,Brazil,0.0389,-51.0664', // 12: French Guiana under France
  'Ipswich,Australia,52.0594,1.1556,Nerima (Tokyo),Japan,35.7356,139.6517', // 13: English coordinates
  'Nowhere,Atlantis,1,1,Lyon,France,45.76,4.84', // 14: no such country
  'Zeroville,Germany,0,0,Lyon,France,45.76,4.84', // 15: 0,0
  'Lyon,France,4.84,45.76,Frankfurt am Main,Germany,50.1167,8.6833', // 16: swapped, and the tie of line 4
  'Nürnberg,Germany,49.45,11.08,Kraków,Poland,50.0614,19.9372', // 17
  'Nuremberg,Germany,49.4539,11.0775,Shenzhen,China,22.5467,114.0544', // 18: another spelling
  'Moscow,Russia,55.7558,37.6178,Kraków,Poland,50.0614,19.9372', // 19
  'Stryi,Ukraine,49.25,23.85,Stryi,Ukraine,49.25,23.85', // 20: a place tied to itself
];

describeEachBackend('importing the world network', (use) => {
  async function withDemo() {
    const { ctx } = use();
    await loadDemo(ctx);
    return ctx;
  }
  const one = async (ctx: ReturnType<typeof use>['ctx'], name: string, country: string) => {
    const found = await places.findByName(ctx.db, name, country);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const tiesOf = async (ctx: ReturnType<typeof use>['ctx'], id: string) =>
    ctx.db
      .selectFrom('network_ties')
      .selectAll()
      .where((eb) => eb.or([eb('place_a_id', '=', id), eb('place_b_id', '=', id)]))
      .execute();

  it('makes one tie of both directions of a pair, citing both rows', async () => {
    const ctx = await withDemo();
    const report = await importLines(ctx, LINES);
    const almere = await one(ctx, 'Almere', 'NL');
    const ties = await tiesOf(ctx, almere.id);
    expect(ties).toHaveLength(1);
    expect(ties[0]!.source_rows).toBe('2,3');
    expect(ties[0]!.type).toBe('unknown');
    expect(report.rows).toBe(19);
    expect(report.distinctTies).toBe(15);
  });

  it('keeps homonyms apart by coordinates and a rural gmina apart from its town', async () => {
    const ctx = await withDemo();
    await importLines(ctx, LINES);
    const springfields = await places.findByName(ctx.db, 'Springfield', 'US');
    expect(springfields).toHaveLength(2);
    expect(new Set(springfields.map((p) => p.externalIds.geonames)).size).toBe(2);
    const debica = await places.findByName(ctx.db, 'Dębica', 'PL');
    expect(debica.map((p) => p.kind).sort()).toEqual(['city', 'other']);
    const gmina = debica.find((p) => p.kind === 'other')!;
    expect(gmina.aliases.map((a) => a.name)).toContain('Dębica (rural gmina)');
    expect(gmina.externalIds.geonames).toBeUndefined();
  });

  it("reuses the demo's places, links Bao'an to Shenzhen and Nerima to a Tokyo taken from GeoNames", async () => {
    const ctx = await withDemo();
    const registryBefore = await places.count(ctx, { filters: [{ column: 'layer', op: '=', value: 'registry' }] });
    const report = await importLines(ctx, LINES);
    expect(await places.count(ctx, { filters: [{ column: 'layer', op: '=', value: 'registry' }] })).toBe(registryBefore);
    const [shenzhen] = (await places.findByName(ctx.db, 'Shenzhen', 'CN')).filter((p) => p.kind === 'city');
    const baoan = await places.findByName(ctx.db, "Bao'an", 'CN');
    expect(baoan).toHaveLength(1);
    expect(baoan[0]!.parentId).toBe(shenzhen!.id);
    expect(await tiesOf(ctx, baoan[0]!.id)).toHaveLength(1);
    for (const [name, country] of [
      ['Moscow', 'RU'],
      ['Edinburgh', 'GB'],
      ['Atlanta', 'US'],
      ['Nuremberg', 'DE'],
    ] as const) {
      const [p] = await places.findByName(ctx.db, name, country);
      expect(p, name).toBeDefined();
    }
    const nuremberg = await places.findByName(ctx.db, 'Nuremberg', 'DE');
    expect(nuremberg).toHaveLength(1);
    expect(await tiesOf(ctx, nuremberg[0]!.id)).toHaveLength(2);
    expect(report.mergedDuplicates).toBeGreaterThanOrEqual(1);
    const nerima = await one(ctx, 'Nerima', 'JP');
    const tokyo = await places.load(ctx.db, nerima.parentId!);
    expect(tokyo.names.en).toBe('Tokyo');
    expect(tokyo.externalIds.geonames).toMatch(/^\d+$/);
    expect(report.places.matchedRegistry).toBeGreaterThanOrEqual(7);
  });

  it('normalises awkward country strings', async () => {
    const ctx = await withDemo();
    await importLines(ctx, LINES);
    expect((await one(ctx, 'Tbilisi', 'GE')).country).toBe('GE');
    expect((await one(ctx, 'Kourou', 'GF')).country).toBe('GF');
    expect((await one(ctx, 'Edinburgh', 'GB')).country).toBe('GB');
    expect(await places.findByName(ctx.db, 'Ipswich', 'AU')).toHaveLength(1);
  });

  it('flags suspicious coordinates and reports unresolvable rows with a reason', async () => {
    const ctx = await withDemo();
    const r = await importLines(ctx, LINES);
    const flag = (row: number) => r.flags.filter((f) => f.row === row).map((f) => `${f.side}:${f.reason}`);
    expect(flag(13)).toEqual(['1:far_from_country']);
    expect(flag(15)).toEqual(['1:zero_coordinates']);
    expect(flag(16)).toEqual(['1:swapped_coordinates']);
    expect(r.unresolved.map((u) => [u.row, u.reason])).toEqual([
      [14, 'unknown_country'],
      [20, 'same_place'],
    ]);
    expect(r.unresolved[0]!.detail).toContain('Atlantis');
    const ipswich = (await places.findByName(ctx.db, 'Ipswich', 'AU'))[0]!;
    expect(ipswich.coordinates!.lat).toBeLessThan(0);
    const lyonTie = await tiesOf(ctx, (await one(ctx, 'Lyon', 'FR')).id);
    expect(lyonTie.map((t) => t.source_rows).sort()).toEqual(['15', '4,16']);
  });

  it('changes nothing when run again, and leaves the registry and its figures alone', async () => {
    const ctx = await withDemo();
    const stats = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' });
    const partnerships = () =>
      ctx.db
        .selectFrom('partnerships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((row) => Number(row.n));
    const registryTies = await partnerships();
    await importLines(ctx, LINES);
    const after = await tableCounts(ctx);
    const again = await importLines(ctx, LINES);
    expect(await tableCounts(ctx)).toEqual(after);
    expect(again.places.created).toBe(0);
    expect(again.ties).toEqual({ created: 0, updated: 0, unchanged: 15 });
    expect(await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07' })).toEqual(stats);
    // The network's ties live in a table of their own: the registry's ties stay as they were.
    expect(await partnerships()).toBe(registryTies);
  });

  it('writes nothing when it fails half way', async () => {
    const ctx = await withDemo();
    const before = await tableCounts(ctx);
    // The fourth new place takes the id of a place that exists, so its insert fails after others went in.
    const taken = (await places.findByName(ctx.db, 'Moscow', 'RU'))[0]!.id;
    let n = 0;
    const clashing = () => (++n === 4 ? taken : `pl_new${String(n).padStart(8, '0')}`);
    await expect(importLines(ctx, LINES, { newPlaceId: clashing })).rejects.toThrow();
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('writes places that the registry schema accepts and that name search finds, with one audit entry', async () => {
    const { ctx } = use();
    const before = await tableCounts(ctx);
    await importLines(ctx, LINES.slice(0, 3));
    const almere = await one(ctx, 'Almere', 'NL');
    expect(() => PlaceDataSchema.parse(almere)).not.toThrow();
    expect(almere.externalIds.geonames).toMatch(/^\d+$/);
    const layer = await ctx.db.selectFrom('places').select('layer').where('id', '=', almere.id).executeTakeFirstOrThrow();
    expect(layer.layer).toBe('network');
    expect((await tableCounts(ctx)).audit - before.audit).toBe(2); // the dataset's source record, and the import
  });

  it('indexes its places as a single write does, so that a near spelling finds them', async () => {
    const { ctx } = use();
    await importLines(ctx, LINES.slice(0, 8));
    const best = async (q: string) => (await search(ctx, q, { types: ['place'] })).hits[0];
    expect(await best('Ashicaga')).toMatchObject({ name: 'Ashikaga', country: 'JP', match: { tier: 'fuzzy' } });
    expect(await best('Jasberény')).toMatchObject({ name: 'Jászberény', country: 'HU', match: { tier: 'fuzzy' } });
    expect(await best('Frankfurd am Main')).toMatchObject({ name: 'Frankfurt am Main', country: 'DE', match: { tier: 'fuzzy' } });
    // What the import wrote is what rebuilding the indexes from the stored records writes.
    const indexes = async () => ({
      keys: await ctx.db
        .selectFrom('name_keys')
        .selectAll()
        .orderBy('entity_id')
        .orderBy('key')
        .orderBy('form')
        .orderBy('name')
        .orderBy('kind')
        .orderBy('lang')
        .execute(),
      fuzz: await ctx.db.selectFrom('name_fuzz').selectAll().orderBy('entity_id').orderBy('base').orderBy('key').execute(),
      refs: await ctx.db.selectFrom('refs').selectAll().orderBy('from_id').orderBy('path').execute(),
    });
    const imported = await indexes();
    expect(imported.fuzz.length).toBeGreaterThan(imported.keys.length);
    await rebuildIndexes(ctx);
    expect(await indexes()).toEqual(imported);
  });

  it('reads the file without coordinates too', async () => {
    const { ctx } = use();
    const text =
      'city1,country1,city2,country2\nBerat,Albania,Amasya,Turkey\nAmasya,Turkey,Berat,Albania\n"Varna, Bulgaria",,Rostock,Germany\n';
    const r = await importNetwork(ctx, { file: 'raw.csv', text });
    expect(r.distinctTies).toBe(2);
    expect(r.unresolvedRows).toBe(0);
    expect((await one(ctx, 'Varna', 'BG')).externalIds.geonames).toMatch(/^\d+$/);
  });
});
