import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { sql } from 'kysely';
import { loadDemo } from '../src/demo/load-demo.ts';
import { gazetteer } from '../src/domain/network/gazetteer.ts';
import { adamicAdar, shortestPath } from '../src/domain/network/graph-algorithms.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { networkGraph } from '../src/services/network/graph.ts';
import { PUBLIC_SCOPE } from '../src/domain/scope.ts';
import { importNetwork } from '../src/services/network/import-network.service.ts';
import { networkPath } from '../src/services/network/network.service.ts';
import { suggestFor } from '../src/services/network/suggest.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { bulkLoad, deleteNetworkRows, networkRows } from './network-floor.ts';

/**
 * The world network on the shipped file, on SQLite and on PostgreSQL (a scratch schema of
 * AMITY_BENCH_POSTGRES, by default the local `test` database, when it answers): the import beside
 * its floor, the same rows loaded again into the same tables in one transaction with plain
 * multi-row INSERTs (see network-floor.ts); then, on SQLite, path and suggestion latency beside
 * the same computations in graphology.
 */
const FILE = new URL('../src/network/data/twin_cities.csv', import.meta.url);
const POSTGRES = process.env.AMITY_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

const t0 = performance.now();
gazetteer();
const gazetteerLoad = performance.now() - t0;
console.log(`gazetteer load (once per process): ${ms(gazetteerLoad)}`);

async function importBench(target: string) {
  const store = await openRegistry(target);
  const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
  await loadDemo(ctx);
  const t1 = performance.now();
  const report = await importNetwork(ctx, { file: 'twin_cities.csv', text: readFileSync(FILE, 'utf8') });
  const importMs = performance.now() - t1;
  const written = await networkRows(store.db);
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) {
    await deleteNetworkRows(store.db);
    floors.push(await bulkLoad(store.db, written));
  }
  const t2 = performance.now();
  const again = await importNetwork(ctx, { file: 'twin_cities.csv', text: readFileSync(FILE, 'utf8') });
  const rerunMs = performance.now() - t2;
  const floorMs = pct(floors, 0.5);
  console.log(`\nbackend: ${store.backend}`);
  console.log(
    `report: ${report.rows} rows, ${report.distinctTies} distinct ties; places ${report.places.distinct} (created ${report.places.created}, matched to the registry ${report.places.matchedRegistry}, to GeoNames ${report.places.matchedGazetteer}); merged duplicates ${report.mergedDuplicates}; flagged coordinates ${report.flaggedCoordinates}; unresolved ${report.unresolvedRows} (${((100 * report.unresolvedRows) / report.rows).toFixed(2)} %)`,
  );
  console.log(`floor (${written.map((t) => `${t.rows.length} ${t.table}`).join(', ')} in one transaction): ${ms(floorMs)}`);
  console.log(`import: ${ms(importMs)} = ${(importMs / floorMs).toFixed(1)}x the floor (target 3x)`);
  console.log(`re-run (${again.ties.created} ties, ${again.places.created} places created): ${ms(rerunMs)}`);
  return store;
}

const store = await importBench(':memory:');
const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
const schema = `bench_network_${process.pid}`;
const pgStore = await openRegistry(`${POSTGRES}?schema=${schema}`).catch(() => null);
if (pgStore) {
  await pgStore.close();
  const pg = await importBench(`${POSTGRES}?schema=${schema}`);
  await sql`drop schema ${sql.id(schema)} cascade`.execute(pg.db);
  await pg.close();
} else console.log(`\nPostgreSQL at ${POSTGRES} does not answer: SQLite only`);

const graph = await networkGraph(store.db, PUBLIC_SCOPE);
const n = graph.nodes.length;
const g = new UndirectedGraph();
for (let i = 0; i < n; i++) g.addNode(i);
for (const e of graph.edges) g.mergeEdge(e.a, e.b);
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const tied = graph.nodes.map((_, i) => i).filter((i) => graph.adjacency.offsets[i + 1]! > graph.adjacency.offsets[i]!);
const pick = () => tied[Math.floor(random() * tied.length)]!;

function time(runs: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    out.push(performance.now() - start);
  }
  return out;
}
const pairs = Array.from({ length: 1000 }, () => [pick(), pick()] as const);
const ours = time(1000, (i) => shortestPath(graph.adjacency, pairs[i]![0], pairs[i]![1]));
const theirs = time(1000, (i) => bidirectional(g, pairs[i]![0], pairs[i]![1]));
const service: number[] = [];
for (let i = 0; i < 1000; i++) {
  const start = performance.now();
  await networkPath(ctx, graph.nodes[pairs[i]![0]]!.id, graph.nodes[pairs[i]![1]]!.id);
  service.push(performance.now() - start);
}
console.log(`graph: ${n} places, ${graph.edges.length} ties`);
console.log(
  `path: median ${ms(pct(ours, 0.5))}, p99 ${ms(pct(ours, 0.99))}; graphology median ${ms(pct(theirs, 0.5))}, p99 ${ms(pct(theirs, 0.99))}; ratio ${(pct(ours, 0.5) / pct(theirs, 0.5)).toFixed(2)}x (target p99 < 5 ms)`,
);
console.log(
  `path through the service (version check and place summaries included): median ${ms(pct(service, 0.5))}, p99 ${ms(pct(service, 0.99))}`,
);

function graphologyAdamicAdar(home: number) {
  const scores = new Map<string, number>();
  const partners = new Set(g.neighbors(String(home)));
  for (const z of partners) {
    const w = 1 / Math.log(Math.max(2, g.degree(z)));
    for (const c of g.neighbors(z)) if (c !== String(home) && !partners.has(c)) scores.set(c, (scores.get(c) ?? 0) + w);
  }
  return [...scores].sort((a, b) => b[1] - a[1]).slice(0, 10);
}
const homes = Array.from({ length: 1000 }, pick);
const suggest = time(1000, (i) => suggestFor(graph, homes[i]!, { includeHomeCountry: true }));
const suggestRaw = time(1000, (i) => adamicAdar(graph.adjacency, homes[i]!, new Set()));
const suggestTheirs = time(1000, (i) => graphologyAdamicAdar(homes[i]!));
console.log(`suggestions (ranked and explained): median ${ms(pct(suggest, 0.5))}, p99 ${ms(pct(suggest, 0.99))} (target < 50 ms)`);
console.log(
  `Adamic–Adar scores alone: median ${ms(pct(suggestRaw, 0.5))}; graphology median ${ms(pct(suggestTheirs, 0.5))}; ratio ${(pct(suggestRaw, 0.5) / pct(suggestTheirs, 0.5)).toFixed(2)}x`,
);
await store.close();
