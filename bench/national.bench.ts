import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildServer } from '../src/http/server.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { places } from '../src/services/records.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { loadNational, NATIONAL } from './fixtures/national.ts';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../src/storage/connect.ts';

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

/** A registry loaded and served over HTTP, with the home and the name its requests ask for. */
interface Served {
  store: Store;
  app: FastifyInstance;
  home: string;
  name: string;
  load: number;
  get(path: string): Promise<number>;
}

async function serve(target: string, national: boolean): Promise<Served> {
  const store = await openRegistry(target);
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
  const found = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(name)}`)).json()) as { hits: unknown[] };
  if (found.hits.length === 0) throw new Error(`search for ${name} found nothing`);
  return { store, app, home, name, load, get };
}

async function close(served: Served): Promise<void> {
  await served.app.close();
  if (served.store.schema) await sql`drop schema ${sql.id(served.store.schema)} cascade`.execute(served.store.db);
  await served.store.close();
}

/**
 * Both registries are served at once and each request is timed on one, then the other, in turn,
 * so that both see the same load on the machine; the medians of each are compared.
 */
async function measure(both: [Served, Served]): Promise<[Figures, Figures]> {
  const figures: [Figures, Figures] = [{ load: both[0].load }, { load: both[1].load }];
  for (const [i, s] of both.entries()) figures[i]!.mapFirst = await s.get('/api/network/map');
  const paths: [string, (s: Served) => string][] = [
    ['map', () => '/api/network/map'],
    ['list', (s) => `/api/partnerships?place=${s.home}&limit=50`],
    ['search', (s) => `/api/search?q=${encodeURIComponent(s.name)}`],
    ['stats', (s) => `/api/stats?home=${s.home}`],
  ];
  for (const [key, path] of paths) {
    const times: number[][] = both.map(() => []);
    for (let run = 0; run < RUNS; run++) for (const [i, s] of both.entries()) times[i]!.push(await s.get(path(s)));
    for (const [i] of both.entries()) figures[i]![key] = median(times[i]!);
  }
  return figures;
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
  const both: [Served, Served] = [await serve(target('demo'), false), await serve(target('national'), true)];
  const [demo, national] = await measure(both).finally(() => Promise.all(both.map(close)));
  console.log(
    `\n${backend}: national registry of ${SIZE.homes} homes, ${SIZE.places} places, ${SIZE.ties} ties beside the demo (medians of ${RUNS}, the two asked in turn); load average ${loadavg()[0]!.toFixed(1)}`,
  );
  for (const key of Object.keys(LABELS)) {
    console.log(
      `${LABELS[key]!.padEnd(48)} demo ${demo[key]!.toFixed(1).padStart(8)} ms  national ${national[key]!.toFixed(1).padStart(8)} ms  ${(national[key]! / demo[key]!).toFixed(1)}x`,
    );
  }
}
