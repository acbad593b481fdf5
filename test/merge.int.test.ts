import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { AmityError } from '../src/domain/errors.ts';
import type { Actor } from '../src/domain/permissions.ts';
import { citationService } from '../src/services/citation.service.ts';
import type { Ctx } from '../src/services/context.ts';
import { exportRegistry } from '../src/services/import-export/registry-json.ts';
import { latestMerges, mergeRecords } from '../src/services/merge.service.ts';
import { agreements, events, mechanisms, organisations, partnerships, people, places } from '../src/services/records.service.ts';
import { unmergeRecords } from '../src/services/unmerge.service.ts';
import { auditRepository } from '../src/storage/audit.repository.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

const editor: Actor = { kind: 'user', id: 'u2', email: 'editor@example.org', role: 'editor' };

/** The registry's records and citations without what every write changes (versions and times). */
async function state(ctx: Ctx) {
  const { exportedAt: _at, ...all } = await exportRegistry(ctx);
  const strip = (list: unknown) => (list as Record<string, unknown>[]).map(({ version: _v, updatedAt: _u, ...rest }) => rest);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Array.isArray(v) ? strip(v) : v]));
}

async function refsOf(ctx: Ctx) {
  const rows = await ctx.db.selectFrom('refs').selectAll().execute();
  return rows.map((r) => `${r.from_entity}:${r.from_id}:${r.path}->${r.to_entity}:${r.to_id}`).sort();
}

/** A second record of Moscow that a careless office filled with references of every kind. */
async function duplicateOfMoscow(ctx: Ctx) {
  await loadDemo(ctx);
  const g = given(ctx);
  const moscow = (await places.findByName(ctx.db, 'Moscow'))[0]!;
  const shenzhen = (await places.findByName(ctx.db, 'Shenzhen'))[0]!;
  const moskva = await g.place({ en: 'Moskva', ru: 'Москва' }, 'RU', { aliases: [{ name: 'Moscou', lang: 'fr' }] });
  const tie = await g.tie(shenzhen, moskva, { kind: 'established', date: '2024-03', type: 'friendly_exchange_city' });
  await partnerships.patch(ctx, tie.id, { areas: ['culture', 'sport'] }, tie.version);
  await g.place('Tverskoy', 'RU', { kind: 'district', parentId: moskva.id });
  await organisations.create(ctx, { kind: 'government_body', names: { en: 'Moscow City Duma' }, placeId: moskva.id });
  await people.create(ctx, { names: { en: 'Sergey Sobyanin' }, positions: [{ title: { en: 'Mayor' }, placeId: moskva.id }] });
  const [mechanism] = await mechanisms.list(ctx);
  await mechanisms.patch(
    ctx,
    mechanism!.id,
    { members: [...mechanism!.members, { placeId: moskva.id, from: '2023' }] },
    mechanism!.version,
  );
  await events.create(ctx, {
    kind: 'meeting',
    titles: { en: 'Talks' },
    placeIds: [moskva.id],
    delegationFromPlaceId: moskva.id,
    partnershipIds: [tie.id],
  });
  await agreements.create(ctx, {
    kind: 'other',
    titles: { en: 'Letter' },
    parties: [{ placeId: moskva.id }],
    partnerships: [{ partnershipId: tie.id, effect: 'amends' }],
  });
  const source = await g.source('A travel guide');
  await citationService.cite(ctx, { sourceId: source.id, entity: 'place', entityId: moskva.id, field: 'names.en', value: 'Moskva' });
  await citationService.cite(ctx, { sourceId: source.id, entity: 'partnership', entityId: tie.id });
  return { moscow, moskva, tie, shenzhen };
}

describeEachBackend('merging duplicates', (use) => {
  it('moves every reference and citation to the survivor and keeps every name', async () => {
    const { ctx } = use();
    const { moscow, moskva, tie } = await duplicateOfMoscow(ctx);
    const [moscowTie] = await partnerships.between(ctx.db, moscow.id, (await places.findByName(ctx.db, 'Shenzhen'))[0]!.id);
    const before = await refsOf(ctx);
    expect(before.filter((r) => r.endsWith(`place:${moskva.id}`))).toHaveLength(8);
    expect(before.filter((r) => r.endsWith(`partnership:${tie.id}`))).toHaveLength(2);
    const report = await mergeRecords({ ...ctx, actor: editor }, moscow.id, moskva.id);
    expect(report.tiesMerged).toEqual([{ survivorId: moscowTie!.id, duplicateId: tie.id }]);
    expect(report.citationsMoved).toBe(2);

    // Every reference a live record made to either copy now points at the survivor; none is lost.
    const after = await refsOf(ctx);
    const moved = (ref: string) =>
      ref.replace(`place:${moskva.id}`, `place:${moscow.id}`).replace(`partnership:${tie.id}`, `partnership:${moscowTie!.id}`);
    const live = before.filter((r) => !r.startsWith(`partnership:${tie.id}:`));
    for (const ref of live) expect(after).toContain(moved(ref));
    expect(after.filter((r) => r.endsWith(`place:${moskva.id}`) && !r.startsWith(`partnership:${tie.id}:`))).toEqual([]);

    const survivor = await places.get(ctx, moscow.id);
    expect(survivor.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(['Moskva', 'Moscou']));
    expect(survivor.aliases.some((a) => a.name === 'Москва')).toBe(false);
    expect((await places.get(ctx, moskva.id, { includeDeleted: true })).deletedAt).not.toBeNull();
    expect((await partnerships.get(ctx, moscowTie!.id)).areas).toEqual(expect.arrayContaining(['culture', 'sport', 'transport']));
    expect((await citationService.forRecord(ctx.db, 'place', moscow.id)).some((c) => c.value === 'Moskva')).toBe(true);
    expect((await auditRepository.forRecord(ctx.db, 'place', moskva.id)).at(-1)!.action).toBe('merge');
    expect((await auditRepository.forRecord(ctx.db, 'place', moscow.id)).at(-1)!.action).toBe('merge');
  });

  it('is undone exactly by unmerge, for administrators only', async () => {
    const { ctx } = use();
    const { moscow, moskva } = await duplicateOfMoscow(ctx);
    const [stateBefore, refsBefore] = [await state(ctx), await refsOf(ctx)];
    const merge = await mergeRecords(ctx, moscow.id, moskva.id);
    await expect(unmergeRecords({ ...ctx, actor: editor }, merge.id)).rejects.toMatchObject({ code: 'forbidden' });
    const undone = await unmergeRecords(ctx, merge.id);
    expect(undone).toMatchObject({ restored: 2, citationsMoved: 2 });
    expect(await state(ctx)).toEqual(stateBefore);
    expect(await refsOf(ctx)).toEqual(refsBefore);
    await expect(unmergeRecords(ctx, merge.id)).rejects.toThrow(/was undone/);
    expect((await auditRepository.forRecord(ctx.db, 'place', moskva.id)).at(-1)!.action).toBe('unmerge');
  });

  it('lists the latest merges with both records’ names, undone ones marked, for editors', async () => {
    const { ctx } = use();
    const { moscow, moskva } = await duplicateOfMoscow(ctx);
    const merge = await mergeRecords({ ...ctx, actor: editor }, moscow.id, moskva.id);
    expect(await latestMerges({ ...ctx, actor: editor })).toEqual([
      expect.objectContaining({
        id: merge.id,
        kind: 'place',
        survivor: { id: moscow.id, names: moscow.names },
        duplicate: { id: moskva.id, names: moskva.names },
        by: 'editor@example.org',
        undoneAt: null,
      }),
    ]);
    await unmergeRecords(ctx, merge.id);
    expect((await latestMerges(ctx))[0]).toMatchObject({ id: merge.id, undoneAt: expect.any(String) });
    await expect(latestMerges({ ...ctx, actor: { ...editor, role: 'viewer' } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses to undo a merge whose records changed since, and changes nothing', async () => {
    const { ctx } = use();
    const { moscow, moskva } = await duplicateOfMoscow(ctx);
    const merge = await mergeRecords(ctx, moscow.id, moskva.id);
    const survivor = await places.get(ctx, moscow.id);
    await places.patch(ctx, moscow.id, { population: { value: 13_000_000, year: 2024 } }, survivor.version);
    const snapshot = await state(ctx);
    await expect(unmergeRecords(ctx, merge.id)).rejects.toMatchObject({ code: 'stale_version' });
    expect(await state(ctx)).toEqual(snapshot);
  });

  it('refuses what cannot be merged, writing nothing', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const city = await g.place('Shenzhen', 'CN');
    const district = await g.place('Futian', 'CN', { kind: 'district', parentId: city.id });
    const snapshot = await state(ctx);
    await expect(mergeRecords(ctx, district.id, city.id)).rejects.toThrow(AmityError);
    await expect(mergeRecords(ctx, city.id, city.id)).rejects.toThrow(/itself/);
    await expect(mergeRecords(ctx, city.id, 'pe_aaaaaaaa')).rejects.toThrow(/same kind/);
    await expect(
      mergeRecords({ ...ctx, actor: { kind: 'user', id: 'v', email: 'v@x.org', role: 'viewer' } }, city.id, district.id),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await state(ctx)).toEqual(snapshot);
  });
});
