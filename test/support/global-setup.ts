import pg from 'pg';

const PREFIXES = ['t\\_%', 'cli\\_%'];

/**
 * Test schemas are dropped before and after the whole run, never during it: dropping a schema
 * while another test file's migrator reads the catalogue can make that read fail.
 */
async function dropTestSchemas(): Promise<void> {
  if (!(process.env.AMITY_TEST_BACKENDS ?? '').includes('postgres')) return;
  const client = new pg.Client({ connectionString: process.env.AMITY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  await client.connect();
  try {
    for (const prefix of PREFIXES) {
      const { rows } = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [prefix]);
      for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}

export async function setup(): Promise<void> {
  await dropTestSchemas();
}

export async function teardown(): Promise<void> {
  await dropTestSchemas();
}
