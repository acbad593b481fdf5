import { performance } from 'node:perf_hooks';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { places } from '../src/services/records.service.ts';
import { networkStats } from '../src/services/stats.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';

/** Statistics of the demo registry as of a day, beside a plain read of the same ties (the floor). */
const store = await openRegistry(':memory:');
const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
const t0 = performance.now();
await loadDemo(ctx);
const load = performance.now() - t0;

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const home = (await places.findByName(store.db, 'Shenzhen'))[0]!;
const stats = await time(() => networkStats(ctx, { home: home.id, asOf: '2024-03-07', includeDistricts: true }), 200);
const floor = await time(() => store.db.selectFrom('partnerships').selectAll().execute(), 200);
console.log(`demo load: ${load.toFixed(0)} ms`);
console.log(`stats as of a day: median ${pct(stats, 0.5).toFixed(2)} ms, p99 ${pct(stats, 0.99).toFixed(2)} ms`);
console.log(`floor (read every tie): median ${pct(floor, 0.5).toFixed(2)} ms`);
console.log(`ratio to floor: ${(pct(stats, 0.5) / pct(floor, 0.5)).toFixed(1)}x`);
await store.close();
