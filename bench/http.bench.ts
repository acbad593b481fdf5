import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * The API under load: a city's partnerships and the statistics endpoint, each beside the same
 * server's /healthz, the framework's own ceiling. The server runs in a process of its own.
 */
const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const dir = mkdtempSync(join(tmpdir(), 'amity-bench-'));
const db = join(dir, 'amity.db');
const env = { ...process.env, AMITY_DATABASE_URL: '' };
execFileSync('node', [AMITY, '--db', db, 'demo'], { env });

const server = spawn('node', [AMITY, '--db', db, 'serve', '--port', '0', '--quiet'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve) => {
  let out = '';
  server.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
    if (m) resolve(m[1]!);
  });
});

const places = (await (await fetch(`${base}/api/places?q=Shenzhen&limit=1`)).json()) as { items: { id: string }[] };
const home = places.items[0]!.id;

async function load(path: string) {
  const result = await autocannon({ url: `${base}${path}`, connections: 10, duration: 5 });
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} responses were not 2xx`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const ceiling = await load('/healthz');
const rows = [
  ['GET /healthz', ceiling],
  ['GET /api/partnerships?place=<Shenzhen>&limit=50', await load(`/api/partnerships?place=${home}&limit=50`)],
  ['GET /api/stats?home=<Shenzhen>&asOf=2024-03-07', await load(`/api/stats?home=${home}&asOf=2024-03-07`)],
] as const;
for (const [name, r] of rows) {
  console.log(`${name.padEnd(50)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${(r.rps / ceiling.rps).toFixed(3)}× of /healthz`);
}
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
