import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureWebBuild } from '../../src/cli/web-build.ts';

const BASE_URL = process.env.AMITY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PREFIX = 'amity_test_';
const STALE_SECONDS = 6 * 3600;

let created: string | null = null;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Each run gets a PostgreSQL database of its own, named with its start time, so runs from
 * several checkouts never touch each other's data; test files take a schema each inside it.
 * Databases left by runs that died more than six hours ago are dropped on the way.
 */
export async function setup(): Promise<void> {
  // The browser tests load the built web app; build it once, before any test file starts.
  ensureWebBuild((line) => console.log(line));
  // The tests that run bin/amity.js as a process run the compiled code: compile it when src changed.
  // In a process of its own: the build resolves packages with import.meta.resolve, which Node
  // has and the test runner's module loader does not.
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.js', import.meta.url)), '--when-stale'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`node scripts/build.js --when-stale failed (exit code ${build.status})`);
  if (!(process.env.AMITY_TEST_BACKENDS ?? '').includes('postgres')) return;
  const now = Math.floor(Date.now() / 1000);
  created = `${PREFIX}${now}_${randomBytes(3).toString('hex')}`;
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`]);
    for (const { datname } of rows) {
      const started = Number(datname.slice(PREFIX.length).split('_')[0]);
      if (now - started > STALE_SECONDS) await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
    await client.query(`CREATE DATABASE "${created}"`);
  });
  const url = new URL(BASE_URL);
  url.pathname = `/${created}`;
  process.env.AMITY_TEST_POSTGRES_URL = url.toString();
}

export async function teardown(): Promise<void> {
  if (!created) return;
  const name = created;
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
