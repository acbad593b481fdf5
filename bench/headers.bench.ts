import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * /healthz of `amity serve` (every hook of a real request: security headers, request id, who is
 * asking, caching rules, metrics) against plain Fastify sending the same headers and body, each
 * server in a process of its own, measured in turns so both see the same machine.
 */
const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const ROUNDS = 5;
const SECONDS = 4;

async function started(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'amity-bench-headers-'));
const env = { ...process.env, AMITY_DATABASE_URL: '' };
const amity = spawn('node', [AMITY, '--db', join(dir, 'amity.db'), 'serve', '--port', '0', '--quiet'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const plain = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'plain-healthz-server.ts')], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const servers = { amity: await started(amity), plain: await started(plain) };

/** CPU seconds a process has used (user and system), from /proc: what a request costs, however busy the machine. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function load(base: string, pid: number) {
  const cpu = cpuSeconds(pid);
  const result = await autocannon({ url: `${base}/healthz`, connections: 10, duration: SECONDS });
  if (result.non2xx > 0) throw new Error(`${base}: ${result.non2xx} responses were not 2xx`);
  const cpuPerRequest = ((cpuSeconds(pid) - cpu) / result.requests.total) * 1e6;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuPerRequest };
}

// The two answers carry the same headers, the request id's value and the date aside.
const [a, p] = await Promise.all([fetch(`${servers.amity}/healthz`), fetch(`${servers.plain}/healthz`)]);
const names = (r: Response) => [...r.headers.keys()].filter((k) => !['date', 'keep-alive', 'connection'].includes(k)).sort();
if (names(a).join() !== names(p).join()) throw new Error(`different headers: ${names(a).join()} vs ${names(p).join()}`);

const pids = { amity: amity.pid!, plain: plain.pid! };
const loadAtStart = loadavg()[0]!;
await load(servers.amity, pids.amity);
await load(servers.plain, pids.plain);
// Each round measures both, one after the other, so a busy moment of the machine weighs on both of a round.
const runs = { amity: [] as number[], plain: [] as number[], ratio: [] as number[], cpu: { amity: [] as number[], plain: [] as number[] } };
let last = { amity: { p50: 0, p99: 0 }, plain: { p50: 0, p99: 0 } };
for (let round = 0; round < ROUNDS; round++) {
  const p = await load(servers.plain, pids.plain);
  const a = await load(servers.amity, pids.amity);
  runs.plain.push(p.rps);
  runs.amity.push(a.rps);
  runs.ratio.push(a.rps / p.rps);
  runs.cpu.plain.push(p.cpuPerRequest);
  runs.cpu.amity.push(a.cpuPerRequest);
  last = { amity: a, plain: p };
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
for (const name of ['plain', 'amity'] as const) {
  console.log(
    `GET /healthz ${name === 'plain' ? 'plain Fastify, same headers' : 'amity serve               '}  median ${median(runs[name]).toFixed(0).padStart(6)} req/s (${runs[name].map((r) => r.toFixed(0)).join(', ')})  p50 ${last[name].p50} ms  p99 ${last[name].p99} ms  CPU ${median(runs.cpu[name]).toFixed(1)} µs a request`,
  );
}
console.log(
  `amity / plain by CPU a request (the machine's other work aside): ${(median(runs.cpu.plain) / median(runs.cpu.amity)).toFixed(2)}×`,
);
console.log(
  `amity / plain by throughput: median of the rounds' ratios ${median(runs.ratio).toFixed(2)}× (${runs.ratio.map((r) => r.toFixed(2)).join(', ')}); target 0.80× or better`,
);
console.log(`load average (1 min) ${loadAtStart.toFixed(2)} when the rounds began, ${loadavg()[0]!.toFixed(2)} when they ended`);
amity.kill('SIGTERM');
plain.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
