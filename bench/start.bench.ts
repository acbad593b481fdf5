import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * How fast Amity starts, beside a plain Fastify process started the same way in the same run:
 * `amity --help` (median of several runs, with its peak memory); the time from spawning the
 * server to its first answer on /readyz (or /healthz where there is no /readyz), with the CPU
 * time the process spent until then and the modules it had loaded (figures the machine's load
 * changes less than the clock's); and the memory the server holds at rest after a few requests,
 * over SQLite with the demo and the world network.
 */
const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const PLAIN = join(import.meta.dirname, 'plain-fastify.mjs');
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.mjs');
const START_CPU = join(import.meta.dirname, 'start-cpu.mjs');
const RECORD_IMPORTS = join(import.meta.dirname, '..', 'test', 'support', 'record-imports.mjs');
const RUNS = 9;
const SERVER_RUNS = 5;

const dir = mkdtempSync(join(tmpdir(), 'amity-bench-start-'));
const db = join(dir, 'amity.db');
const env = { ...process.env, AMITY_DATABASE_URL: '' };
execFileSync('node', [AMITY, '--db', db, 'demo'], { env });
execFileSync('node', [AMITY, '--db', db, 'import-network'], { env });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** A process run to its end: wall time from spawn, and its peak memory. */
function runToEnd(args: string[]): { ms: number; rss: number } {
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', PEAK_RSS, ...args], { env: { ...env, AMITY_BENCH_RSS: rssFile } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { ms, rss: Number(readFileSync(rssFile, 'utf8')) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const status = (url: string) =>
  fetch(url)
    .then((r) => r.status)
    .catch(() => 0);

/** The memory a process holds now (resident set), from /proc. */
function residentMemory(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D/g, '')) * 1024;
}

/** The modules (not Node's own) whose loading `log` recorded, each once. */
const modulesIn = (log: string) =>
  new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url && !url.startsWith('node:')),
  ).size;

/**
 * A server from spawn to its first 200: /readyz when the server has that route (it may answer
 * 503 until it is ready), else /healthz, and the CPU time it spent until /readyz answered. Then a
 * few requests, a second's rest, and its memory. With `countModules`, the modules loaded by the
 * first 200 instead (recording them slows the start, so the times of that run are not kept).
 */
async function serverRun(
  args: string[],
  { countModules = false } = {},
): Promise<{ ms: number; path: string; rss: number; cpuMs: number; modules: number }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const cpuFile = join(dir, `cpu-${port}`);
  const importLog = join(dir, `imports-${port}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', countModules ? RECORD_IMPORTS : START_CPU, ...args, '--port', String(port)], {
    env: { ...env, AMITY_BENCH_CPU: cpuFile, AMITY_IMPORT_LOG: importLog },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let path = '';
  for (;;) {
    if (!path) {
      const readyz = await status(`${base}/readyz`);
      if (readyz && readyz !== 404) path = '/readyz';
      else if (readyz === 404) path = '/healthz';
    }
    if (path && (await status(`${base}${path}`)) === 200) break;
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    await delay(5);
  }
  const ms = performance.now() - started;
  const modules = countModules ? modulesIn(importLog) : 0;
  for (const p of ['/', '/api/places?limit=50', '/api/partnerships?limit=50', '/api/network/map', '/api/stats', '/healthz'])
    await status(`${base}${p}`);
  await delay(1000);
  const rss = residentMemory(child.pid!);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  const cpuMs = countModules || path !== '/readyz' ? 0 : Number(readFileSync(cpuFile, 'utf8'));
  return { ms, path, rss, cpuMs, modules };
}

async function serverMedian(args: string[]) {
  const runs = [];
  for (let i = 0; i < SERVER_RUNS; i++) runs.push(await serverRun(args));
  const { modules } = await serverRun(args, { countModules: true });
  return {
    ms: median(runs.map((r) => r.ms)),
    rss: median(runs.map((r) => r.rss)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    modules,
    path: runs[0]!.path,
  };
}

const loadAtStart = loadavg()[0]!;
const helpRuns = Array.from({ length: RUNS }, () => runToEnd([AMITY, '--help']));
const plainRuns = Array.from({ length: RUNS }, () => runToEnd([PLAIN, '--help']));
const help = { ms: median(helpRuns.map((r) => r.ms)), rss: median(helpRuns.map((r) => r.rss)) };
const plain = { ms: median(plainRuns.map((r) => r.ms)), rss: median(plainRuns.map((r) => r.rss)) };

const plainServer = await serverMedian([PLAIN]);
const serve = await serverMedian([AMITY, '--db', db, 'serve', '--quiet']);
const start = await serverMedian([AMITY, '--db', db, 'start', '--quiet']);
rmSync(dir, { recursive: true, force: true });

const verdict = (value: number, target: number) => (value < target ? 'met' : 'MISSED');
console.log(`plain Fastify, started and stopped      median ${plain.ms.toFixed(0)} ms, peak ${mb(plain.rss)} (${RUNS} runs)`);
console.log(
  `amity --help                            median ${help.ms.toFixed(0)} ms, peak ${mb(help.rss)}: ${(help.ms / plain.ms).toFixed(2)}× the time, ${(help.rss / plain.rss).toFixed(2)}× the memory of plain Fastify; target 300 ms ${verdict(help.ms, 300)}`,
);
console.log(
  `plain Fastify, spawn to ${plainServer.path} answered   median ${plainServer.ms.toFixed(0)} ms; at rest ${mb(plainServer.rss)} (${SERVER_RUNS} runs)`,
);
console.log(
  `plain Fastify, by ${plainServer.path} answered          CPU median ${plainServer.cpuMs.toFixed(0)} ms (user + system, all threads); ${plainServer.modules} modules loaded`,
);
for (const [name, r] of [
  ['amity serve', serve],
  ['amity start', start],
] as const) {
  console.log(
    `${name}, spawn to ${r.path} answered    median ${r.ms.toFixed(0)} ms: ${(r.ms / plainServer.ms).toFixed(2)}× plain Fastify; target 800 ms ${verdict(r.ms, 800)}`,
  );
  console.log(
    `${name}, by ${r.path} answered           CPU median ${r.cpuMs.toFixed(0)} ms: ${(r.cpuMs / plainServer.cpuMs).toFixed(2)}× plain Fastify; ${r.modules} modules loaded: ${(r.modules / plainServer.modules).toFixed(2)}× plain Fastify`,
  );
  console.log(
    `${name}, at rest after a few requests (demo + world network)  ${mb(r.rss)}: ${(r.rss / plainServer.rss).toFixed(2)}× plain Fastify; target 150 MB ${verdict(r.rss, 150 * 2 ** 20)}`,
  );
}
console.log(`load average (1 min) ${loadAtStart.toFixed(2)} when the runs began, ${loadavg()[0]!.toFixed(2)} when they ended`);
