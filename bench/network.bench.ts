import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { parse } from 'csv-parse/sync';
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

/**
 * The world network on the shipped file: the import beside the floor (the same rows bulk-loaded
 * into a scratch table of the same database, with no resolution), and path and suggestion
 * latency beside the same computations in graphology. AMITY_BENCH_DB picks the database.
 */
const FILE = new URL('../src/network/data/twin_cities.csv', import.meta.url);
const store = await openRegistry(process.env.AMITY_BENCH_DB ?? ':memory:');
const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
await loadDemo(ctx);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

async function floor(): Promise<number> {
  await sql`create table if not exists bench_raw_rows (line integer, city1 text, country1 text, lat1 real, lng1 real, city2 text, country2 text, lat2 real, lng2 real)`.execute(
    store.db,
  );
  const start = performance.now();
  const records = parse(readFileSync(FILE, 'utf8'), { from_line: 2 }) as string[][];
  const rows = records.map((r, i) => ({
    line: i + 2,
    city1: r[0],
    country1: r[1],
    lat1: Number(r[2]),
    lng1: Number(r[3]),
    city2: r[4],
    country2: r[5],
    lat2: Number(r[6]),
    lng2: Number(r[7]),
  }));
  await store.db.transaction().execute(async (trx) => {
    await sql`delete from bench_raw_rows`.execute(trx);
    for (let i = 0; i < rows.length; i += 3000)
      await sql`insert into bench_raw_rows ${sql`(line, city1, country1, lat1, lng1, city2, country2, lat2, lng2)`} values ${sql.join(rows.slice(i, i + 3000).map((r) => sql`(${sql.join(Object.values(r))})`))}`.execute(
        trx,
      );
  });
  return performance.now() - start;
}

const t0 = performance.now();
gazetteer();
const gazetteerLoad = performance.now() - t0;
const floors = [await floor(), await floor(), await floor()];
const t1 = performance.now();
const report = await importNetwork(ctx, { file: 'twin_cities.csv', text: readFileSync(FILE, 'utf8') });
const importMs = performance.now() - t1;
const t2 = performance.now();
const again = await importNetwork(ctx, { file: 'twin_cities.csv', text: readFileSync(FILE, 'utf8') });
const rerunMs = performance.now() - t2;
const floorMs = pct(floors, 0.5);
console.log(`backend: ${store.backend}`);
console.log(
  `report: ${report.rows} rows, ${report.distinctTies} distinct ties; places ${report.places.distinct} (created ${report.places.created}, matched to the registry ${report.places.matchedRegistry}, to GeoNames ${report.places.matchedGazetteer}); merged duplicates ${report.mergedDuplicates}; flagged coordinates ${report.flaggedCoordinates}; unresolved ${report.unresolvedRows} (${((100 * report.unresolvedRows) / report.rows).toFixed(2)} %)`,
);
console.log(`gazetteer load (once per process): ${ms(gazetteerLoad)}`);
console.log(`floor (bulk insert of the raw rows): ${ms(floorMs)}`);
console.log(
  `import: ${ms(importMs)} = ${(importMs / floorMs).toFixed(1)}x the floor (target 5x); with the gazetteer load ${((importMs + gazetteerLoad) / floorMs).toFixed(1)}x`,
);
console.log(`re-run (changes nothing: ${again.ties.created} ties, ${again.places.created} places created): ${ms(rerunMs)}`);

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
