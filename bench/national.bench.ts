import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildServer } from '../src/http/server.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { places } from '../src/services/records.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { loadNational, NATIONAL } from './fixtures/national.ts';

/**
 * The reads a national registry leans on, at that size (bench/fixtures/national.ts: 300 homes,
 * 200,000 places, 50,000 ties) beside the demo registry, on SQLite and on PostgreSQL (a scratch
 * schema of AMITY_BENCH_POSTGRES, by default the local `test` database, when it answers), over
 * real HTTP: a home's partnerships, name search, a home's statistics and the network map's data
 * (its first answer, computed, and the next ones). AMITY_BENCH_NATIONAL_SCALE shrinks the fixture.
 */
const POSTGRES = process.env.AMITY_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCALE = Number(process.env.AMITY_BENCH_NATIONAL_SCALE ?? 1);
const SIZE = { homes: NATIONAL.homes, places: Math.round(NATIONAL.places * SCALE), ties: Math.round(NATIONAL.ties * SCALE) };
const RUNS = 30;

type Figures = Record<string, number>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(target: string, national: boolean): Promise<Figures> {
  const store = await openRegistry(target);
  try {
    const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
    const t0 = performance.now();
    let home: string;
    let name: string;
    if (national) {
      const fixture = await loadNational(ctx, SIZE);
      home = fixture.homes[0]!;
      name = fixture.partnerName;
    } else {
      await loadDemo(ctx);
      home = (await places.findByName(store.db, 'Shenzhen'))[0]!.id;
      name = 'Houston';
    }
    const load = performance.now() - t0;
    const app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    async function get(path: string): Promise<number> {
      const start = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return performance.now() - start;
    }
    async function timed(path: string): Promise<number> {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) out.push(await get(path));
      return median(out);
    }
    const figures: Figures = { load };
    figures.mapFirst = await get('/api/network/map');
    figures.map = await timed('/api/network/map');
    figures.list = await timed(`/api/partnerships?place=${home}&limit=50`);
    const found = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(name)}`)).json()) as { hits: unknown[] };
    if (found.hits.length === 0) throw new Error(`search for ${name} found nothing`);
    figures.search = await timed(`/api/search?q=${encodeURIComponent(name)}`);
    figures.stats = await timed(`/api/stats?home=${home}`);
    await app.close();
    return figures;
  } finally {
    if (store.schema) await sql`drop schema ${sql.id(store.schema)} cascade`.execute(store.db);
    await store.close();
  }
}

const pgUp = await openRegistry(`${POSTGRES}?schema=bench_national_probe`)
  .then(async (s) => {
    await sql`drop schema bench_national_probe cascade`.execute(s.db);
    await s.close();
    return true;
  })
  .catch(() => false);
const targets: [string, (what: string) => string][] = [['sqlite', () => ':memory:']];
if (pgUp) targets.push(['postgres', (what) => `${POSTGRES}?schema=bench_${what}_${process.pid}`]);
else console.log(`PostgreSQL at ${POSTGRES} does not answer: SQLite only`);
const LABELS: Record<string, string> = {
  load: 'load the registry',
  mapFirst: 'GET /api/network/map, first (computed)',
  map: 'GET /api/network/map',
  list: 'GET /api/partnerships?place=<a home>&limit=50',
  search: 'GET /api/search?q=<a partner>',
  stats: 'GET /api/stats?home=<a home>',
};
for (const [backend, target] of targets) {
  const demo = await measure(target('demo'), false);
  const national = await measure(target('national'), true);
  console.log(
    `\n${backend}: national registry of ${SIZE.homes} homes, ${SIZE.places} places, ${SIZE.ties} ties beside the demo (medians of ${RUNS}); load average ${loadavg()[0]!.toFixed(1)}`,
  );
  for (const key of Object.keys(LABELS)) {
    console.log(
      `${LABELS[key]!.padEnd(48)} demo ${demo[key]!.toFixed(1).padStart(8)} ms  national ${national[key]!.toFixed(1).padStart(8)} ms  ${(national[key]! / demo[key]!).toFixed(1)}x`,
    );
  }
}
