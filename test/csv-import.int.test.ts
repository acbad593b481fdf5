import { expect, it } from 'vitest';
import { AmityError } from '../src/domain/errors.ts';
import { exportRegistry } from '../src/services/import-export/registry-json.ts';
import { exportPartnershipsCsv, importPartnershipsCsv } from '../src/services/import-export/partnerships-csv.ts';
import { partnerships, places } from '../src/services/records.service.ts';
import type { Ctx } from '../src/services/context.ts';
import { describeEachBackend } from './support/backends.ts';

const HEADER = 'home,home_country,partner,partner_country,partner_kind,relation_type,established,ended,status,cooperation_areas,source_url';
const GOOD = [
  HEADER,
  'Shenzhen,CN,Houston,US,city,sister_city,1986-03,,active,,https://www.sz.gov.cn/szstory/202303/content/post_10486994.html',
  'Shenzhen,CN,Moscow,RU,city,friendly_exchange_city,2024-03-06,,active,economy_trade;transport,http://fao.sz.gov.cn/xxgk/zyxw/content/post_1131038.html',
  'Shenzhen,CN,Nuremberg,DE,region,sister_city,1997,,,,',
  'Shenzhen,China,Formerville,Germany,city,cooperation,2001,2010-06,ended,,',
].join('\n');

/** Everything but the export time, to compare two states of the registry. */
async function snapshot(ctx: Ctx) {
  const { exportedAt: _at, ...rest } = await exportRegistry(ctx);
  return rest;
}

async function importError(ctx: Ctx, text: string): Promise<string> {
  const error = await importPartnershipsCsv(ctx, 'ties.csv', text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AmityError);
  return (error as AmityError).message;
}

describeEachBackend('CSV import of partnerships', (use) => {
  it('creates places, ties, sources and citations', async () => {
    const { ctx } = use();
    const report = await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    expect(report).toMatchObject({ rows: 4, placesCreated: 5, partnershipsCreated: 4, sourcesCreated: 2 });
    const moscow = (await places.findByName(ctx.db, 'Moscow'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [moscow.id]);
    expect(tie).toMatchObject({
      type: 'friendly_exchange_city',
      status: 'active',
      established: '2024-03-06',
      areas: ['economy_trade', 'transport'],
    });
    const formerville = (await places.findByName(ctx.db, 'Formerville'))[0]!;
    const [ended] = await partnerships.touching(ctx.db, [formerville.id]);
    expect(ended).toMatchObject({ status: 'ended', ended: '2010-06', type: 'cooperation' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const { ctx } = use();
    await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    const before = await snapshot(ctx);
    const again = await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    expect(again).toMatchObject({
      partnershipsCreated: 0,
      partnershipsUpdated: 0,
      partnershipsUnchanged: 4,
      placesCreated: 0,
      sourcesCreated: 0,
    });
    expect(await snapshot(ctx)).toEqual(before);
  });

  // GOOD has lines 1 to 5, so a bad row added after it is line 6.
  it.each([
    [
      'a bad date',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004-13,,active,,`,
      "ties.csv:6: established: '2004-13' has no month 13",
    ],
    [
      'a day that never was, written in Chinese',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004年2月30日,,active,,`,
      "ties.csv:6: established: '2004年2月30日' has no day 30: February 2004 has 29 days",
    ],
    [
      'an end date that names no month',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004,Smarch 2010,ended,,`,
      "ties.csv:6: ended: 'Smarch 2010' names no month ('Smarch')",
    ],
    [
      'an unknown type',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,twin_town,2004,,active,,`,
      "ties.csv:6: relation_type: 'twin_town' is not one of",
    ],
    [
      'an unknown country',
      `${GOOD}\nShenzhen,CN,Tsukuba,Nippon,city,sister_city,2004,,active,,`,
      "ties.csv:6: partner_country: 'Nippon' is not a known country",
    ],
    ['a missing column', GOOD.replace(',source_url', ''), "ties.csv:1: header: missing column 'source_url'"],
    [
      'an unknown area',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004,,active,space,`,
      "ties.csv:6: cooperation_areas: 'space' is not a cooperation area key",
    ],
    [
      'an end date on an active tie',
      `${GOOD}\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004,2010,active,,`,
      "ties.csv:6: status: is 'active' but the tie has an end date",
    ],
    ['a tie listed twice', `${GOOD}\nHouston,US,Shenzhen,CN,city,sister_city,1986,,,,`, 'ties.csv:6: partner: the same tie is on line 2'],
  ])('refuses %s, names the line and field, and writes nothing', async (_what, text, message) => {
    const { ctx } = use();
    await importPartnershipsCsv(ctx, 'ties.csv', GOOD.split('\n').slice(0, 3).join('\n'));
    const before = await snapshot(ctx);
    expect(await importError(ctx, text)).toContain(message);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('reads dates as people write them, at the precision written', async () => {
    const { ctx } = use();
    const text = [
      HEADER,
      'Shenzhen,CN,Houston,US,city,sister_city,1986/3/6,,active,,',
      'Shenzhen,CN,Moscow,RU,city,sister_city,2024年3月,,active,,',
      'Shenzhen,CN,Nuremberg,DE,city,sister_city,16 June 1997,"June 2, 2010",ended,,',
      'Shenzhen,CN,Formerville,DE,city,cooperation,２００１年,March 2009,ended,,',
    ].join('\n');
    const report = await importPartnershipsCsv(ctx, 'written.csv', text);
    expect(report).toMatchObject({ rows: 4, partnershipsCreated: 4 });
    const datesOf = async (name: string) => {
      const [tie] = await partnerships.touching(ctx.db, [(await places.findByName(ctx.db, name))[0]!.id]);
      return [tie!.established, tie!.ended];
    };
    expect(await datesOf('Houston')).toEqual(['1986-03-06', null]);
    expect(await datesOf('Moscow')).toEqual(['2024-03', null]);
    expect(await datesOf('Nuremberg')).toEqual(['1997-06-16', '2010-06-02']);
    expect(await datesOf('Formerville')).toEqual(['2001', '2009-03']);
    // The same dates written the precise way are the same ties, unchanged.
    const precise = [
      HEADER,
      'Shenzhen,CN,Houston,US,city,sister_city,1986-03-06,,active,,',
      'Shenzhen,CN,Moscow,RU,city,sister_city,2024-03,,active,,',
      'Shenzhen,CN,Nuremberg,DE,city,sister_city,1997-06-16,2010-06-02,ended,,',
      'Shenzhen,CN,Formerville,DE,city,cooperation,2001,2009-03,ended,,',
    ].join('\n');
    expect(await importPartnershipsCsv(ctx, 'precise.csv', precise)).toMatchObject({ partnershipsUnchanged: 4, partnershipsUpdated: 0 });
  });

  it('applies a changed row as new steps in the tie’s history', async () => {
    const { ctx } = use();
    await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    const changed = GOOD.replace(
      'Moscow,RU,city,friendly_exchange_city,2024-03-06,,active',
      'Moscow,RU,city,sister_city,2024-03-06,,active',
    );
    const report = await importPartnershipsCsv(ctx, 'ties.csv', changed);
    expect(report.partnershipsUpdated).toBe(1);
    const moscow = (await places.findByName(ctx.db, 'Moscow'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [moscow.id]);
    expect(tie!.type).toBe('sister_city');
    expect(tie!.history.map((h) => h.kind)).toEqual(['established', 'type_changed']);
  });

  it('reports the places it creates that are likely second records of places already there', async () => {
    const { ctx } = use();
    await places.create(ctx, { kind: 'city', names: { en: 'Moscow', ru: 'Москва' }, country: 'RU' });
    await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    const more = [
      HEADER,
      'Shenzhen,CN,Moskva,RU,city,sister_city,2024,,,,',
      'Shenzen,CN,Houston TX,US,city,sister_city,1986,,,,',
      'Shenzhen,CN,Moskva,US,city,unknown,,,,,',
    ].join('\n');
    const report = await importPartnershipsCsv(ctx, 'more.csv', more);
    expect(report.placesCreated).toBe(3);
    expect(report.likelyDuplicates.map((d) => [d.line, d.column, d.place.name, d.candidates.map((c) => `${c.name}: ${c.reason}`)])).toEqual(
      [
        [2, 'partner', 'Moskva', ['Moscow: same country, names match after transliteration']],
        [3, 'home', 'Shenzen', ['Shenzhen: same country, names differ by one letter']],
      ],
    );
    expect((await places.findByName(ctx.db, 'Houston TX', 'US')).map((p) => p.names.en)).toEqual(['Houston']);
  });

  it('matches the places a file creates on its later lines, and compares a new place only with those before it', async () => {
    const { ctx } = use();
    const text = [
      HEADER,
      'Saint Lorenzburg,FR,Oldtown,US,city,sister_city,1990,,,,https://example.org/a',
      'St. Lorenzburg,FR,Newtown,US,city,sister_city,1991,,,,https://example.org/a',
      'Oldtown,US,Oldtowne,US,city,friendly_exchange_city,1992,,,,',
    ].join('\n');
    const report = await importPartnershipsCsv(ctx, 'ties.csv', text);
    expect(report).toMatchObject({ rows: 3, placesCreated: 4, partnershipsCreated: 3, sourcesCreated: 1 });
    const home = await places.findByName(ctx.db, 'Saint Lorenzburg', 'FR');
    expect(home).toHaveLength(1);
    expect((await partnerships.touching(ctx.db, [home[0]!.id])).length).toBe(2);
    // Oldtowne (line 4) is reported beside Oldtown (line 2), and Oldtown, created first, beside nothing.
    expect(report.likelyDuplicates.map((d) => [d.line, d.column, d.place.name, d.candidates.map((c) => c.name)])).toEqual([
      [4, 'partner', 'Oldtowne', ['Oldtown']],
    ]);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'entity']).where('action', '=', 'create').execute();
    expect(audit.filter((a) => a.entity === 'place')).toHaveLength(4);
    expect(audit.filter((a) => a.entity === 'partnership')).toHaveLength(3);
    expect(audit.filter((a) => a.entity === 'citation')).toHaveLength(2);
  });

  it('names the line of a name that matches several places, and writes nothing', async () => {
    const { ctx } = use();
    await places.create(ctx, { kind: 'city', names: { en: 'Twinford' }, country: 'GB' });
    await places.create(ctx, { kind: 'city', names: { en: 'Twinford' }, country: 'GB' });
    const before = await snapshot(ctx);
    const message = await importError(
      ctx,
      [HEADER, 'Shenzhen,CN,Houston,US,city,sister_city,1986,,,,', 'Shenzhen,CN,Twinford,GB,city,sister_city,1990,,,,'].join('\n'),
    );
    expect(message).toMatch(/^line 3: partner: 'Twinford' \(GB\) names several places/);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('exports ties as CSV that imports back the same', async () => {
    const { ctx } = use();
    await importPartnershipsCsv(ctx, 'ties.csv', GOOD);
    const csv = await exportPartnershipsCsv(ctx);
    expect(csv.split('\n')[0]).toBe(HEADER);
    expect(csv).toContain(
      'Shenzhen,CN,Moscow,RU,city,friendly_exchange_city,2024-03-06,,active,economy_trade;transport,http://fao.sz.gov.cn/xxgk/zyxw/content/post_1131038.html',
    );
    const again = await importPartnershipsCsv(ctx, 'export.csv', csv);
    expect(again.partnershipsUnchanged).toBe(4);
  });
  it('writes a cell a spreadsheet would run as text, and reads it back as it was', async () => {
    const { ctx } = use();
    const formula = '+HYPERLINK("http://example.org","Click me")';
    const text = [HEADER, 'Shenzhen,CN,"+HYPERLINK(""http://example.org"",""Click me"")",US,city,sister_city,1986,,,,'].join('\n');
    await importPartnershipsCsv(ctx, 'formula.csv', text);
    expect((await places.findByName(ctx.db, formula, 'US')).map((p) => p.names.en)).toEqual([formula]);
    const csv = await exportPartnershipsCsv(ctx);
    expect(csv).toContain(`"'+HYPERLINK(""http://example.org"",""Click me"")"`);
    expect(csv.split('\n').some((line) => /(^|,)"?[=+@]/.test(line))).toBe(false);
    const again = await importPartnershipsCsv(ctx, 'export.csv', csv);
    expect(again.partnershipsUnchanged).toBe(1);
    expect(again.placesCreated).toBe(0);
  });
});
