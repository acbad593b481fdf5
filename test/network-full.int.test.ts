import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { places } from '../src/services/records.service.ts';
import { importNetwork } from '../src/services/network/import-network.service.ts';
import { networkPath } from '../src/services/network/network.service.ts';
import { describeEachBackend } from './support/backends.ts';

const SHIPPED = new URL('../src/network/data/twin_cities.csv', import.meta.url);

// The whole shipped file, on both backends: a few seconds each, since the writes are batched.
describeEachBackend('importing the shipped world network', (use) => {
  it('resolves all but a handful of rows, reuses the demo places, and joins Shenzhen to Reykjavík', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const moscow = (await places.findByName(ctx.db, 'Moscow', 'RU'))[0]!;
    const r = await importNetwork(ctx, { file: 'twin_cities.csv', text: readFileSync(SHIPPED, 'utf8') });
    expect(r.rows).toBeGreaterThan(25_000);
    expect(r.unresolvedRows / r.rows).toBeLessThan(0.01);
    expect(r.unresolved.every((u) => u.detail.length > 0)).toBe(true);
    expect(await places.findByName(ctx.db, 'Moscow', 'RU')).toEqual([moscow]);
    const moscowTies = await ctx.db
      .selectFrom('network_ties')
      .select('id')
      .where((eb) => eb.or([eb('place_a_id', '=', moscow.id), eb('place_b_id', '=', moscow.id)]))
      .execute();
    expect(moscowTies.length).toBeGreaterThan(10);
    const path = await networkPath(ctx, 'Shenzhen', 'Reykjavík');
    expect(path!.length).toBeGreaterThan(2);
  }, 120_000);
});
