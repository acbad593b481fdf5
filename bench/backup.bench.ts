import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { backupDatabase, restoreDatabase } from '../src/services/backup.service.ts';
import { exportRegistryFile } from '../src/services/import-export/registry-file.service.ts';
import { importNetwork } from '../src/services/network/import-network.service.ts';
import { SHIPPED_NETWORK } from '../src/services/prepare-site.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';

/**
 * A backup and a restore of the demo with the shipped world network, in a SQLite file, beside
 * two baselines measured in the same run: copying the database file as it lies (the least a
 * backup can cost, though not consistent while a server writes) and `amity export`'s JSON
 * (which holds the records but not accounts, tokens, the audit trail, merges or the network).
 */
const dir = mkdtempSync(join(tmpdir(), 'amity-backup-bench-'));
const source = join(dir, 'registry.db');
const store = await openRegistry(source);
const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
await loadDemo(ctx);
await importNetwork(ctx, { file: SHIPPED_NETWORK, text: readFileSync(SHIPPED_NETWORK, 'utf8') });
await sql`pragma wal_checkpoint(truncate)`.execute(store.db);

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: (i: number) => Promise<unknown> | unknown) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const copyTime = await time((i) => copyFileSync(source, join(dir, `copy-${i}.db`)));
let exportBytes = 0;
const exportTime = await time(async () => {
  exportBytes = Buffer.byteLength(await exportRegistryFile(ctx, 'json'));
});
await store.close();

const out = join(dir, 'registry.amity-backup');
let rows = 0;
const backupTime = await time(async () => {
  rmSync(out, { force: true });
  rows = Object.values((await backupDatabase(source, out)).rows).reduce((a, b) => a + b, 0);
});
const restoreTime = await time((i) => restoreDatabase(join(dir, `restored-${i}.db`), out));

const dbBytes = statSync(source).size + (existsSync(`${source}-wal`) ? statSync(`${source}-wal`).size : 0);
const backupBytes = statSync(out).size;
console.log(`registry: ${mb(dbBytes)} SQLite file, ${rows.toLocaleString('en')} rows backed up (median of ${RUNS} runs each)`);
console.log(`backup:   ${mb(backupBytes)} (${(backupBytes / dbBytes).toFixed(3)}× the database file) in ${s(backupTime)}`);
console.log(`restore:  ${s(restoreTime)} into a new SQLite file`);
console.log(
  `baseline: file copy ${s(copyTime)} → backup ${(backupTime / copyTime).toFixed(1)}× the copy, restore ${(restoreTime / copyTime).toFixed(1)}×`,
);
console.log(
  `baseline: amity export ${mb(exportBytes)} in ${s(exportTime)} → backup ${(backupTime / exportTime).toFixed(2)}× its time, ${(backupBytes / exportBytes).toFixed(3)}× its size`,
);
rmSync(dir, { recursive: true, force: true });
