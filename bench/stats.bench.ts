import { performance } from 'node:perf_hooks';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { statsFigures, statsPartners } from '../src/services/stats.service.ts';
import { registryVersionRepository } from '../src/storage/registry-version.repository.ts';
import { addCity, benchTarget, dropBenchTarget } from './fixtures/city-5000.ts';

/**
 * Statistics in process, on each backend: the demo's Shenzhen (43 ties) beside a city of 5,000
 * ties in the same registry, each after a write (everything read again), for a day not asked
 * before (the ties kept) and answered again (same day, nothing written since), beside a plain
 * read of every tie (the floor).
 */
async function time(fn: (i: number) => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (xs: number[]) => `median ${pct(xs, 0.5).toFixed(2)} ms, p99 ${pct(xs, 0.99).toFixed(2)} ms`;
/** A different day each run, so that nothing is answered from the cache. */
const dayOf = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

for (const backend of ['sqlite', 'postgres'] as const) {
  const target = backend === 'sqlite' ? ':memory:' : benchTarget('postgres', '', 'stats');
  const store = await openRegistry(target);
  const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
  await loadDemo(ctx);
  const bigId = await addCity(ctx);
  const demoId = 'Shenzhen';
  const rows: [string, number[]][] = [];
  for (const [name, home] of [
    ['demo (43 ties)', demoId],
    ['5,000 ties', bigId],
  ] as const) {
    await statsFigures(ctx, { home, asOf: '2024-03-07' });
    rows.push([
      `${name}, after a write`,
      await time(async (i) => {
        await registryVersionRepository.bump(store.db);
        await statsFigures(ctx, { home, asOf: dayOf(i) });
      }, 20),
    ]);
    rows.push([`${name}, a new day`, await time((i) => statsFigures(ctx, { home, asOf: dayOf(1000 + i) }), 60)]);
    rows.push([`${name}, answered again`, await time(() => statsFigures(ctx, { home, asOf: '2024-03-07' }), 300)]);
    rows.push([`${name}, 50 partners`, await time(() => statsPartners(ctx, { home, asOf: '2024-03-07', limit: 50 }), 300)]);
  }
  const floor = await time(() => store.db.selectFrom('partnerships').select(['id', 'doc']).execute(), 30);
  console.log(`-- ${backend}`);
  for (const [name, xs] of rows) console.log(`stats ${name.padEnd(32)} ${ms(xs)}`);
  console.log(`floor: read every tie (${(await store.db.selectFrom('partnerships').select('id').execute()).length}) ${ms(floor)}`);
  const ratio = (a: string, b: string) =>
    (pct(rows.find((r) => r[0] === a)![1], 0.5) / pct(rows.find((r) => r[0] === b)![1], 0.5)).toFixed(2);
  console.log(
    `ratio 5,000 ties / demo: after a write ${ratio('5,000 ties, after a write', 'demo (43 ties), after a write')}x, a new day ${ratio('5,000 ties, a new day', 'demo (43 ties), a new day')}x, answered again ${ratio('5,000 ties, answered again', 'demo (43 ties), answered again')}x`,
  );
  await store.close();
  await dropBenchTarget(target);
}
