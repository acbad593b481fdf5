import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDemo } from '../src/demo/load-demo.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { CHECK_TEXT_LIMIT } from '../src/services/claims/check.schema.ts';
import { checkText } from '../src/services/claims/check.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { startDemoServer } from './demo-server.ts';

/**
 * Claim checking on long texts: its time per 100,000 characters at three lengths (equal figures
 * mean it grows in proportion to the text), the time of a 400,000-character check, and what
 * /healthz answers while a check of the longest text runs on a real server, beside /healthz at rest.
 * The texts are the demo's two press texts of 7 March 2024, repeated.
 */
const source = (name: string) => readFileSync(new URL(`../src/demo/data/sources/${name}`, import.meta.url), 'utf8');
const UNIT = `${source('fao-sz-2024-03-07-moscow.txt')}\n\n${source('bnnbreaking-2024-03-07-moscow.txt')}\n\n`;
const textOf = (length: number) => UNIT.repeat(Math.ceil(length / UNIT.length)).slice(0, length);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const store = await openRegistry(':memory:');
const ctx = { db: store.db, actor: ANONYMOUS, now: () => new Date('2026-11-22T00:00:00Z') };
await loadDemo({ ...ctx, actor: { kind: 'system', label: 'bench' } });
await checkText(ctx, { text: textOf(20_000) });

const perLength: { length: number; ms: number; claims: number }[] = [];
for (const length of [100_000, 200_000, 400_000]) {
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    claims = (await checkText(ctx, { text: textOf(length) })).claims.length;
    times.push(performance.now() - start);
  }
  perLength.push({ length, ms: median(times), claims });
}
await store.close();
const base = perLength[0]!.ms / 1;
for (const r of perLength) {
  const per100k = r.ms / (r.length / 100_000);
  console.log(
    `check of ${r.length.toLocaleString('en').padStart(7)} characters: median ${r.ms.toFixed(0).padStart(5)} ms, ${per100k.toFixed(0).padStart(4)} ms per 100k (${(per100k / base).toFixed(2)}× of the 100k rate), ${r.claims} claims`,
  );
}
const at400 = perLength.at(-1)!.ms;
console.log(`a 400,000-character check: ${(at400 / 1000).toFixed(2)} s (${(at400 / 3000).toFixed(2)}× of the 3 s target), in process`);

// A real server (`amity serve` over a SQLite file of the demo), its checks on worker threads.
const server = await startDemoServer();
const health = async () => {
  const start = performance.now();
  const res = await fetch(`${server.base}/healthz`);
  await res.arrayBuffer();
  return performance.now() - start;
};
// A server that has checked a text before: its worker thread is up.
const warm = await fetch(`${server.base}/api/check`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text: textOf(1_000) }),
});
if (warm.status !== 200) throw new Error(`the first check answered ${warm.status}`);
const rest: number[] = [];
for (let i = 0; i < 300; i++) rest.push(await health());

const during: number[] = [];
let done = false;
const sent = performance.now();
const checked = fetch(`${server.base}/api/check`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text: textOf(CHECK_TEXT_LIMIT) }),
}).then(async (res) => {
  const body = await res.text();
  done = true;
  return { status: res.status, ms: performance.now() - sent, bytes: body.length };
});
while (!done) during.push(await health());
const check = await checked;
server.stop();
if (check.status !== 200) throw new Error(`the check answered ${check.status}`);

const line = (name: string, xs: number[]) =>
  `${name.padEnd(40)} p50 ${quantile(xs, 0.5).toFixed(1).padStart(6)} ms  p99 ${quantile(xs, 0.99).toFixed(1).padStart(6)} ms  max ${Math.max(
    ...xs,
  )
    .toFixed(1)
    .padStart(6)} ms  (${xs.length} requests)`;
console.log(line('/healthz at rest', rest));
console.log(line(`/healthz during a ${CHECK_TEXT_LIMIT.toLocaleString('en')}-character check`, during));
console.log(
  `  ratio to rest: p50 ${(quantile(during, 0.5) / quantile(rest, 0.5)).toFixed(2)}×, p99 ${(quantile(during, 0.99) / quantile(rest, 0.99)).toFixed(2)}×, max ${(Math.max(...during) / Math.max(...rest)).toFixed(2)}×; the check answered in ${(check.ms / 1000).toFixed(2)} s over HTTP (${(check.bytes / 1e6).toFixed(1)} MB)`,
);
