import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemActor } from '../src/domain/permissions.ts';
import { CSV_COLUMNS, importPartnershipsCsv } from '../src/services/import-export/partnerships-csv.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { COUNTRIES, placeName, seeded } from './fixtures/names.ts';

/**
 * The partnerships CSV import at 500, 5,000 and 50,000 rows (AMITY_BENCH_ROWS overrides), each
 * into a new registry, on SQLite and on PostgreSQL (a scratch schema of AMITY_BENCH_POSTGRES, by
 * default the local `test` database, when it answers): milliseconds per row, and the ratio to the
 * smallest file's, which stays near 1 when the import is linear in its rows; beside them the CPU
 * time this process spent a row (SQLite's work included, PostgreSQL's not), which a loaded
 * machine stretches less than the wall-clock time.
 */
const POSTGRES = process.env.AMITY_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.AMITY_BENCH_ROWS ?? '500,5000,50000').split(',').map(Number);

/** `rows` ties from 300 home cities to partners of their own, a third of them with a source. */
export function partnershipsCsv(rows: number): string {
  const random = seeded(rows);
  const lines = [CSV_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const year = 1960 + Math.floor(random() * 60);
    const ended = random() < 0.1;
    lines.push(
      [
        placeName(i % 300),
        'CN',
        placeName(1000 + i),
        COUNTRIES[1 + Math.floor(random() * (COUNTRIES.length - 1))],
        'city',
        'sister_city',
        `${year}-0${1 + Math.floor(random() * 9)}`,
        ended ? `${year + 5}` : '',
        ended ? 'ended' : 'active',
        random() < 0.5 ? 'culture;economy_trade' : '',
        i % 3 === 0 ? `https://example.org/ties/${i % 500}` : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function run(target: string, rows: number): Promise<{ ms: number; cpu: number; duplicates: number }> {
  const store = await openRegistry(target);
  const ctx = { db: store.db, actor: systemActor('bench'), now: () => new Date() };
  const text = partnershipsCsv(rows);
  try {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const report = await importPartnershipsCsv(ctx, 'ties.csv', text);
    const elapsed = performance.now() - start;
    const { user, system } = process.cpuUsage(cpuStart);
    if (report.partnershipsCreated !== rows) throw new Error(`${report.partnershipsCreated} ties created of ${rows}`);
    return { ms: elapsed, cpu: (user + system) / 1000, duplicates: report.likelyDuplicates.length };
  } finally {
    if (store.schema) await sql`drop schema ${sql.id(store.schema)} cascade`.execute(store.db);
    await store.close();
  }
}

const pgUp = await openRegistry(`${POSTGRES}?schema=bench_csv_probe`)
  .then(async (s) => {
    await sql`drop schema bench_csv_probe cascade`.execute(s.db);
    await s.close();
    return true;
  })
  .catch(() => false);
const targets: [string, (rows: number) => string][] = [['sqlite', () => ':memory:']];
if (pgUp) targets.push(['postgres', (rows) => `${POSTGRES}?schema=bench_csv_${process.pid}_${rows}`]);
else console.log(`PostgreSQL at ${POSTGRES} does not answer: SQLite only`);
for (const [backend, target] of targets) {
  // A first small import loads what the first use of each module loads, outside the figures.
  await run(target(100), 100);
  let base = 0;
  for (const rows of SIZES) {
    const { ms, cpu, duplicates } = await run(target(rows), rows);
    const perRow = ms / rows;
    base ||= perRow;
    console.log(
      `${backend}: ${rows} rows in ${(ms / 1000).toFixed(1)} s, ${perRow.toFixed(2)} ms a row, ${(perRow / base).toFixed(2)}x the ms a row at ${SIZES[0]} rows (target: ${rows} rows under ${(rows / 500).toFixed(0)} s); ${duplicates} new places reported as likely duplicates; this process's CPU ${(cpu / rows).toFixed(2)} ms a row; load average ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}
