#!/usr/bin/env node
// The whole test suite: a type check of the server and the web app, a fresh build of dist/node
// (the command line that the end-to-end tests run), then every test once per database backend
// (the browser tests included).
// SQLite always runs. PostgreSQL runs when it answers; when CI is set (or
// AMITY_REQUIRE_POSTGRES=1) a PostgreSQL that does not answer fails the run.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { buildAll } from './build.js';

const url = process.env.AMITY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const required = Boolean(process.env.CI) || process.env.AMITY_REQUIRE_POSTGRES === '1';

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const problem = await postgresAnswers();
let backends = 'sqlite,postgres';
let leftOut = null;
if (problem) {
  if (required) {
    console.error(`PostgreSQL is required here but does not answer at ${url}: ${problem}`);
    process.exit(1);
  }
  backends = 'sqlite';
  leftOut = `PostgreSQL does not answer at ${url} (${problem}): the PostgreSQL half of the suite was left out; only SQLite was tested.`;
  console.log(`\n${leftOut}\n`);
}

if (run('npx', ['tsc', '--noEmit']) !== 0 || run('npx', ['tsc', '--noEmit', '-p', 'web']) !== 0) {
  console.error('The type check failed.');
  process.exit(1);
}
console.log(`Type check passed. ${await buildAll()} Testing on: ${backends}`);

const status = run('npx', ['vitest', 'run', ...process.argv.slice(2)], { AMITY_TEST_BACKENDS: backends });
if (leftOut) console.log(`\n${leftOut}`);
process.exit(status);
