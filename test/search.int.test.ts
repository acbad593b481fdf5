import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { ANONYMOUS, type Actor } from '../src/domain/permissions.ts';
import { tierRank } from '../src/domain/name-match.ts';
import type { Ctx } from '../src/services/context.ts';
import { rebuildIndexes } from '../src/services/name-index.service.ts';
import { people, places } from '../src/services/records.service.ts';
import { search, type SearchableKind } from '../src/services/search.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

// A copy of the shared list of query spellings and the record each must find.
const VARIANTS = join(import.meta.dirname, 'fixtures', 'name-variants.csv');
const viewer: Actor = { kind: 'user', id: 'u1', email: 'viewer@example.org', role: 'viewer' };

/** The record of `kind` that has `expected` among its names or aliases. */
async function target(ctx: Ctx, kind: SearchableKind, expected: string): Promise<string> {
  const hits = await search(ctx, expected, { types: [kind], limit: 50 });
  const exact = hits.hits.find((h) => h.match.name === expected && (h.match.tier === 'name' || h.match.tier === 'alias'));
  if (!exact) throw new Error(`the demo has no ${kind} named '${expected}'`);
  return exact.id;
}

describeEachBackend('search by name', (use) => {
  it('finds each record of variants.csv first in nine cases of ten, and always in the first five', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const rows = parse(readFileSync(VARIANTS, 'utf8'), { columns: true }) as { query: string; kind: SearchableKind; expected: string }[];
    const ranks: { query: string; rank: number }[] = [];
    for (const row of rows) {
      const id = await target(ctx, row.kind, row.expected);
      const { hits } = await search(ctx, row.query, { limit: 5 });
      ranks.push({ query: row.query, rank: hits.findIndex((h) => h.id === id) + 1 });
    }
    const at1 = ranks.filter((r) => r.rank === 1).length / ranks.length;
    expect(ranks.filter((r) => r.rank === 0)).toEqual([]);
    expect(at1).toBeGreaterThanOrEqual(0.9);
  });

  it('says why each hit matched, best tier first', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const { hits } = await search(ctx, 'Shenzen', { types: ['place'], lang: 'zh' });
    expect(hits[0]).toMatchObject({
      kind: 'place',
      name: '深圳',
      country: 'CN',
      placeKind: 'city',
      match: { tier: 'fuzzy', name: 'Shenzhen', distance: 1 },
    });
    const moskva = await search(ctx, 'Moskva');
    expect(moskva.hits[0]!.match).toMatchObject({ tier: 'transliteration', form: 'bgn-pcgn', name: 'Москва', lang: 'ru' });
    const ranks = (await search(ctx, 'Moscow')).hits.map((h) => tierRank(h.match.tier));
    expect(ranks[0]).toBe(tierRank('name'));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('shows internal records to signed-in actors only, and deleted ones to nobody', async () => {
    const { ctx } = use();
    const secret = await given(ctx).place({ en: 'Quietville', ru: 'Тихвиль' }, 'FR', { visibility: 'internal' });
    const gone = await given(ctx).place('Quietvale', 'FR');
    await places.remove(ctx, gone.id, gone.version);
    const ids = async (c: Ctx) => (await search(c, 'Quietvil')).hits.map((h) => h.id);
    expect(await ids({ ...ctx, actor: ANONYMOUS })).toEqual([]);
    expect(await ids({ ...ctx, actor: viewer })).toEqual([secret.id]);
    expect(await ids(ctx)).not.toContain(gone.id);
  });

  it('follows every write in the same transaction, and is rebuilt by reindex', async () => {
    const { ctx, store } = use();
    const person = await people.create(ctx, { names: { ru: 'Сергей Собянин' } });
    expect((await search(ctx, 'Sobyanin')).hits.map((h) => h.id)).toEqual([person.id]);
    await people.patch(ctx, person.id, { aliases: [{ name: 'Mayor of Moscow' }] }, person.version);
    expect((await search(ctx, 'mayor of moscow')).hits[0]).toMatchObject({ id: person.id, match: { tier: 'alias' } });
    await store.db.deleteFrom('name_keys').execute();
    await store.db.deleteFrom('name_fuzz').execute();
    expect((await search(ctx, 'Sobyanin')).hits).toEqual([]);
    expect((await rebuildIndexes(ctx)).person).toBe(1);
    expect((await search(ctx, 'Sobyanin', { types: 'person' })).hits.map((h) => h.id)).toEqual([person.id]);
  });

  it('breaks ties among many equal matches by the record, whichever was found first', async () => {
    const { ctx } = use();
    for (let i = 1; i <= 30; i++) await given(ctx).place('Springfield', 'US', { population: { value: i * 1000, year: 2020 } });
    const { hits } = await search(ctx, 'Springfield', { limit: 3 });
    expect(hits.map((h) => h.names.en)).toEqual(['Springfield', 'Springfield', 'Springfield']);
    const populations = await Promise.all(hits.map(async (h) => (await places.get(ctx, h.id)).population?.value));
    expect(populations).toEqual([30_000, 29_000, 28_000]);
  });

  it('refuses bad options with the field named', async () => {
    const { ctx } = use();
    await expect(search(ctx, 'x', { types: 'place,partnership' })).rejects.toThrow(/types/);
    await expect(search(ctx, 'x', { limit: 0 })).rejects.toThrow(/limit/);
  });
});
