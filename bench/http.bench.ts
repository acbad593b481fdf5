import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startDemoServer } from './demo-server.ts';
import { addCityTo, benchTarget, dropBenchTarget } from './fixtures/city-5000.ts';

/**
 * The API under load, on each backend (`npm run bench http -- sqlite` for one): a city's
 * partnerships, 50 a page, and its statistics, for the demo's Shenzhen (43 ties) and for a city of
 * 5,000 ties in the same registry; each list page beside plain Fastify sending the same page (the
 * framework's ceiling for that payload), and /healthz. Servers run in processes of their own.
 */
const wanted = process.argv.slice(2).filter((a) => a === 'sqlite' || a === 'postgres');
const backends = wanted.length ? wanted : ['sqlite', 'postgres'];
const dir = mkdtempSync(join(tmpdir(), 'amity-bench-http-'));

async function load(url: string) {
  const result = await autocannon({ url, connections: 10, duration: 5 });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} responses were not 2xx`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
type Figures = Awaited<ReturnType<typeof load>>;
const line = (name: string, r: Figures, note = '') =>
  console.log(
    `${name.padEnd(58)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms${note}`,
  );

/** Plain Fastify answering with this body, in a process of its own. */
async function plainCeiling(body: unknown, name: string): Promise<Figures> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(body));
  const server = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'plain-server.ts'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => server.stdout.on('data', (c: Buffer) => resolve(c.toString().trim())));
  try {
    return await load(url);
  } finally {
    server.kill('SIGTERM');
  }
}

for (const backend of backends as ('sqlite' | 'postgres')[]) {
  const target = benchTarget(backend, dir, 'http');
  let bigId = '';
  const { base, stop } = await startDemoServer({
    db: target,
    prepare: async (db) => {
      bigId = await addCityTo(db);
    },
  });
  try {
    const shenzhen = ((await (await fetch(`${base}/api/places?q=Shenzhen&kind=city&limit=1`)).json()) as { items: { id: string }[] })
      .items[0]!.id;
    console.log(`-- ${backend}`);
    const health = await load(`${base}/healthz`);
    line('GET /healthz', health);
    const rows: Record<string, Figures> = {};
    for (const [name, id] of [
      ['demo (43 ties)', shenzhen],
      ['5,000 ties', bigId],
    ] as const) {
      const list = `${base}/api/partnerships?place=${id}&limit=50`;
      const page = await (await fetch(list)).json();
      rows[`list ${name}`] = await load(list);
      const ceiling = await plainCeiling(page, `${backend}-${name.replace(/\W/g, '')}`);
      line(
        `GET /api/partnerships?place=<${name}>&limit=50`,
        rows[`list ${name}`]!,
        `  ${(rows[`list ${name}`]!.rps / ceiling.rps).toFixed(2)}× of plain Fastify`,
      );
      line(`  plain Fastify, the same page (${JSON.stringify(page).length} bytes)`, ceiling);
      const stats = `${base}/api/stats?home=${id}&asOf=2024-03-07`;
      rows[`stats ${name}`] = await load(stats);
      line(`GET /api/stats?home=<${name}>&asOf=2024-03-07 (${(await (await fetch(stats)).text()).length} bytes)`, rows[`stats ${name}`]!);
    }
    const ratio = (what: string) => (rows[`${what} demo (43 ties)`]!.rps / rows[`${what} 5,000 ties`]!.rps).toFixed(2);
    console.log(`demo / 5,000 ties, req/s: list ${ratio('list')}×, stats ${ratio('stats')}×`);
  } finally {
    stop();
    await dropBenchTarget(target);
  }
}
rmSync(dir, { recursive: true, force: true });
