import autocannon from 'autocannon';
import { startDemoServer } from './demo-server.ts';

/**
 * The API under load: a city's partnerships and the statistics endpoint, each beside the same
 * server's /healthz, the framework's own ceiling. The server runs in a process of its own.
 */
const { base, stop } = await startDemoServer();

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
  console.log(
    `${name.padEnd(50)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${(r.rps / ceiling.rps).toFixed(3)}× of /healthz`,
  );
}
stop();
