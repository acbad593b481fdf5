import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { pickName } from '../src/domain/common.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { citationService } from '../src/services/citation.service.ts';
import { exportRegistry, importRegistry } from '../src/services/import-export/registry-json.ts';
import { agreements, events, mechanisms, organisations, people, places, partnerships } from '../src/services/records.service.ts';
import { networkStats } from '../src/services/stats.service.ts';
import { factSheet } from '../src/services/facts.service.ts';
import { ctxFor, describeEachBackend, freshStore } from './support/backends.ts';

describeEachBackend('the Shenzhen demo registry', (use) => {
  it('holds the Moscow memorandum with both signatories and their titles', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const [memo] = await agreements.list(ctx);
    expect(memo).toMatchObject({ kind: 'memorandum', signedOn: '2024-03-06' });
    const signers = await people.getMany(
      ctx,
      memo!.signatories.map((s) => s.personId),
    );
    expect(signers.map((p) => p.names.zh).sort()).toEqual(['切廖明', '王守睿'].sort());
    expect(memo!.signatories.map((s) => s.title.zh)).toEqual(['副市长', '莫斯科市政府部长、市对外经济和国际联络局局长']);
    expect(memo!.areas).toEqual(['economy_trade', 'science_technology', 'transport', 'culture', 'education', 'health']);
    const moscow = (await places.findByName(ctx.db, 'Moscow'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [moscow.id]);
    expect(memo!.partnerships).toEqual([{ partnershipId: tie!.id, effect: 'founds' }]);
    expect(tie).toMatchObject({ type: 'friendly_exchange_city', established: '2024-03-06' });
  });

  it('keeps research notes out of public event titles, in the events’ internal note', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const all = await events.list(ctx);
    expect(all.filter((e) => Object.values(e.titles).some((t) => t.includes('['))).map((e) => e.titles.en)).toEqual([]);
    // The notes written in parentheses too: which account a date follows, what it conflicts with.
    const noted = /conflicts with|article date|reported \d|Wikipedia account|per Kazan portal|'last /;
    expect(all.filter((e) => Object.values(e.titles).some((t) => noted.test(t))).map((e) => e.titles.en)).toEqual([]);
    const houston = all.find((e) => e.titles.en === 'Shenzhen and Houston sign agreement establishing friendship-city relationship');
    expect([houston?.titles.zh, houston?.internalNote]).toEqual([
      '深圳与休斯敦签署建立友好城市关系协议',
      'Shenzhen FAO date; conflicts with 1986-03',
    ]);
    const lome = all.find((e) => e.titles.en?.startsWith('Lomé–Shenzhen videoconference'));
    expect(lome?.internalNote).toMatch(/^year inferred: /);
    const publicView = await events.get(ctxFor(use().store, ANONYMOUS), lome!.id);
    expect(publicView.internalNote).toBeNull();
  });

  it('gives every event a Chinese title and an English one', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const all = await events.list(ctx);
    expect(all.length).toBeGreaterThan(66);
    expect(all.filter((e) => !e.titles.zh || !e.titles.en).map((e) => e.titles.en ?? e.titles.zh)).toEqual([]);
    expect(all.filter((e) => !/[\u4e00-\u9fff]/.test(e.titles.zh!)).map((e) => e.titles.zh)).toEqual([]);
  });

  it('holds the delegation’s programme: the meeting and six sites, in order', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const visit = (await events.list(ctx, { filters: [{ column: 'kind', op: '=', value: 'incoming_visit' }] })).find(
      (e) => e.titles.en === 'Moscow delegation visits Shenzhen',
    )!;
    const sites = visit.itinerary.filter((s) => s.purpose.en === 'Site visit');
    expect(sites).toHaveLength(6);
    const orgNames = (await organisations.getMany(ctx, sites.map((s) => s.organisationId!).filter(Boolean))).map((o) => o.names.en);
    expect(orgNames.sort()).toEqual(
      [
        'BYD',
        'Bao’an District Urban Air Traffic Operation Demonstration Center',
        'Hytera',
        'Shenzhen Bus Group',
        'Shenzhen Transportation Bureau Comprehensive Traffic Operation and Command Center',
      ].sort(),
    );
    expect(visit.itinerary[1]!.title.zh).toBe('深圳—莫斯科交通合作交流会');
    expect(visit.participants.find((p) => p.delegation === 'head')).toBeTruthy();
    const children = await events.list(ctx, { filters: [{ column: 'parent_event_id', op: '=', value: visit.id }] });
    expect(children.map((c) => c.kind).sort()).toEqual(['meeting', 'signing']);
  });

  it('holds the five-city mechanism, the joint university and the WICCO membership', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const [mechanism] = await mechanisms.list(ctx);
    const members = await places.getMany(
      ctx,
      mechanism!.members.map((m) => m.placeId),
    );
    expect(members.map((p) => p.names.en).sort()).toEqual(['Harbin', 'Moscow', 'Saint Petersburg', 'Shenzhen', 'Yekaterinburg']);
    expect(mechanism!.established).toBe('2022');
    const orgs = await organisations.list(ctx);
    const byName = (en: string) => orgs.find((o) => o.names.en === en)!;
    expect(byName('Shenzhen MSU-BIT University').names.zh).toBe('深圳北理莫斯科大学');
    const wicco = byName('World Innovative Cities Cooperation Organization');
    expect(wicco.members.map((m) => m.member.organisationId)).toContain(byName('Moscow Innovation Cluster').id);
  });

  it('knows the second text’s spelling as an alias of the same person, with its source', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const all = await people.list(ctx);
    const cheryomin = all.filter((p) => p.names.en === 'Sergey Cheryomin');
    expect(cheryomin).toHaveLength(1);
    expect(cheryomin[0]!.aliases.map((a) => a.name)).toContain('Sergey Cheremin');
    expect(all.some((p) => pickName(p.names) === 'Sergey Cheremin')).toBe(false);
    const cited = await citationService.forRecord(ctx.db, 'person', cheryomin[0]!.id);
    expect(cited.some((c) => c.value === 'Sergey Cheremin')).toBe(true);
  });

  it('gives figures computed from its ties, and the gap to the published 93 in 58', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const s = await networkStats(ctx, { home: 'Shenzhen', asOf: '2024-03-07', lang: 'zh' });
    // partners.csv gives 31 partners on the day, 12 sister and 6 friendly exchange cities, 9 undated;
    // partners-2025.csv adds the 8 of Shenzhen's own dated before it (Haifa, Almere, Gwangyang and
    // Porto as sister cities, Vilnius as a friendly exchange city) and undated Hai Phong.
    expect(s.byType.sister_city).toBe(12 + 4);
    expect(s.byType.friendly_exchange_city).toBe(6 + 1);
    expect(s.places).toBe(31 + 8);
    expect(s.published).toMatchObject({ places: 93, countries: 58 });
    expect(s.published!.difference.places).toBe(39 - 93);
    expect(s.sentence).toBe(s.sentences.zh);
    expect(s.undated.length).toBe(9 + 1);
    const houston = (await places.findByName(ctx.db, '休斯敦'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [houston.id]);
    const dates = (await citationService.forRecord(ctx.db, 'partnership', tie!.id))
      .filter((c) => c.field === 'established')
      .map((c) => c.value);
    expect(dates).toEqual(expect.arrayContaining(['1986-03', '1986-04', '1989-10']));
  });

  it('holds every partner of partners-2025.csv as the file gives it, loaded through the partnerships import, with its conflicts', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const rows: Record<string, string>[] = parse(readFileSync(new URL('../src/demo/data/partners-2025.csv', import.meta.url), 'utf8'), {
      columns: true,
    });
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const [place] = await places.findByName(ctx.db, row.partner_name_zh!, row.country_iso2);
      expect([row.partner_name_en, place?.names.en, place?.kind]).toEqual([row.partner_name_en, row.partner_name_en, row.partner_kind]);
      const [home] = await places.findByName(ctx.db, row.shenzhen_side!, 'CN');
      const [tie] = await partnerships.between(ctx.db, home!.id, place!.id);
      expect([row.partner_name_en, tie?.type, tie?.established ?? '']).toEqual([row.partner_name_en, row.relation_type, row.established]);
      const quoted = (await citationService.forRecord(ctx.db, 'partnership', tie!.id)).map((c) => c.quote);
      expect(quoted).toContain(row.source_quote);
    }
    // The new conflicts of the research notes stand on the partner pages' facts panel.
    const conflicts = async (name: string, field: string) => {
      const [place] = await places.findByName(ctx.db, name);
      const [tie] = await partnerships.touching(ctx.db, [place!.id]);
      const sheet = await factSheet(ctx, 'partnership', tie!.id);
      const fact = sheet.facts.find((f) => f.field === field)!;
      return { recorded: fact.recorded, conflict: fact.conflict, values: fact.sources.map((x) => x.citation.value).sort() };
    };
    expect(await conflicts('Porto', 'established')).toEqual({ recorded: '2016', conflict: true, values: ['2014', '2016', '2018-10'] });
    expect(await conflicts('Hanover', 'established')).toEqual({ recorded: null, conflict: true, values: ['2015-10-27', '2015-10-28'] });
    expect(await conflicts('Canton of Bern', 'type')).toEqual({
      recorded: 'unknown',
      conflict: true,
      values: ['friendly_exchange_city', 'sister_city'],
    });
  });

  it('refuses to load into a registry that holds places', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    await expect(loadDemo(ctx)).rejects.toThrow(/empty registry/);
  });

  it('exports to JSON that an import restores exactly', async () => {
    const { ctx, store } = use();
    await loadDemo(ctx);
    const { exportedAt: _a, ...first } = await exportRegistry(ctx);
    const target = await freshStore(store.backend);
    try {
      const targetCtx = ctxFor(target);
      await importRegistry(targetCtx, { exportedAt: 'x', ...first });
      const { exportedAt: _b, ...second } = await exportRegistry(targetCtx);
      expect(second).toEqual(first);
      const again = await importRegistry(targetCtx, { exportedAt: 'x', ...first });
      for (const [name, c] of Object.entries(again)) expect([name, c.created + c.updated]).toEqual([name, 0]);
      const stats = await networkStats(targetCtx, { home: 'Shenzhen', asOf: '2024-03-07' });
      expect(stats.places).toBe(39);
    } finally {
      await target.close();
    }
  });

  it('refuses an export with a broken record and writes nothing', async () => {
    const { ctx, store } = use();
    await loadDemo(ctx);
    const data = await exportRegistry(ctx);
    const target = await freshStore(store.backend);
    try {
      const targetCtx = ctxFor(target);
      const broken = structuredClone(data) as Record<string, unknown[]>;
      (broken.partnerships![3] as { history: { date: string }[] }).history[0]!.date = '2024-02-30';
      await expect(importRegistry(targetCtx, broken)).rejects.toThrow(/partnerships\[3\]\.history\[0\]\.date/);
      const dangling = structuredClone(data) as Record<string, unknown[]>;
      dangling.places = (dangling.places as { names: { en?: string } }[]).filter((p) => p.names.en !== 'Moscow');
      await expect(importRegistry(targetCtx, dangling)).rejects.toThrow(/no place with id/);
      expect(await places.count(targetCtx, { includeDeleted: true })).toBe(0);
    } finally {
      await target.close();
    }
  });
});
