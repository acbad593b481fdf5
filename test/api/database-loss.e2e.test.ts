import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { BACKENDS, POSTGRES_URL } from '../support/backends.ts';
import { startServeProcess } from '../support/serve-process.ts';

/** A database of its own, so that terminating its connections touches no other test's. */
async function withDatabase<T>(fn: (url: string, admin: (query: string) => Promise<pg.QueryResult>) => Promise<T>): Promise<T> {
  const name = `amity_test_${Math.floor(Date.now() / 1000)}_loss_${randomBytes(3).toString('hex')}`;
  const run = new pg.Client({ connectionString: POSTGRES_URL });
  await run.connect();
  await run.query(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  // The connection that terminates the server's: inside the same database, so current_database() names it.
  const other = new pg.Client({ connectionString: url.toString() });
  await other.connect();
  try {
    return await fn(url.toString(), (query) => other.query(query));
  } finally {
    await other.end();
    await run.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await run.end();
  }
}

const TERMINATE_ALL =
  'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()';

/** Polls `path` until it answers 200; how long that took, in seconds. */
async function secondsUntilOk(url: string, path: string, limitSeconds: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const status = await fetch(`${url}${path}`).then(
      (r) => r.status,
      () => 0,
    );
    const seconds = (performance.now() - started) / 1000;
    if (status === 200) return seconds;
    if (seconds > limitSeconds) throw new Error(`${path} did not answer 200 within ${limitSeconds} s (last status ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Terminated connections are a PostgreSQL event (a restart, a failover); SQLite's database lives in the process.
if (BACKENDS.includes('postgres')) {
  describe('amity serve when PostgreSQL drops its connections [postgres]', { timeout: 180_000 }, () => {
    it('keeps running and answers again within seconds after every connection is terminated', async () => {
      await withDatabase(async (db, admin) => {
        const server = await startServeProcess(['--db', db, 'serve'], { env: { ...process.env, AMITY_DATABASE_URL: '' } });
        try {
          // Fill the pool: several requests at once hold several connections, all idle afterwards.
          const reads = await Promise.all(Array.from({ length: 6 }, () => fetch(`${server.url}/api/places?limit=1`)));
          expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
          const before = (await admin('select count(*)::int as n from pg_stat_activity where datname = current_database()')).rows[0].n;
          expect(before).toBeGreaterThan(1);

          for (let round = 1; round <= 2; round++) {
            const terminated = await admin(TERMINATE_ALL);
            expect(terminated.rowCount).toBeGreaterThan(0);
            const seconds = await secondsUntilOk(server.url, '/api/places?limit=1', 5);
            console.log(`round ${round}: an API read answered 200 again ${seconds.toFixed(3)} s after the connections were terminated`);
            expect(server.process.exitCode).toBeNull();
            expect(seconds).toBeLessThan(5);
            expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
          }
          expect(server.stderr()).not.toContain("Unhandled 'error' event");
        } finally {
          expect(await server.stop()).toBe(0);
        }
      });
    });
  });
}
