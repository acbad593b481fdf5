import { execFileSync, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeEachBackend, POSTGRES_URL } from '../support/backends.ts';
import { AMITY, refusedServe, startServeProcess } from '../support/serve-process.ts';

const env = { ...process.env, AMITY_DATABASE_URL: '' };
// The superuser writes whatever the permissions say: the server then runs as an unprivileged user.
const NOBODY = 65534;
const asOwner = process.getuid?.() === 0;
const unprivileged: SpawnOptionsWithoutStdio = asOwner ? { env, uid: NOBODY, gid: NOBODY } : { env };

/** A registry made and migrated, with one place, in a directory everyone may enter. */
function registryFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'amity-ro-'));
  chmodSync(dir, 0o755);
  const inner = join(dir, 'data');
  mkdirSync(inner, { mode: 0o755 });
  const file = join(inner, 'amity.db');
  execFileSync('node', [AMITY, '--db', file, 'init'], { env });
  return { dir, file };
}

describeEachBackend(
  'amity serve on a database that cannot be written',
  (_use, backend) => {
    if (backend === 'sqlite') {
      it('refuses a read-only SQLite file at start, in one line', async () => {
        const { dir, file } = registryFile();
        try {
          chmodSync(file, 0o444);
          const { code, stderr, stdout } = await refusedServe(['--db', file, 'serve'], unprivileged);
          expect(stdout).not.toMatch(/is serving/);
          expect(code).toBe(1);
          expect(stderr.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/^amity: the database .*amity\.db cannot be written \(.+\); .*--read-only$/),
          ]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      it('refuses a SQLite file in a directory it cannot write, in one line', async () => {
        const { dir, file } = registryFile();
        try {
          if (asOwner) chownSync(file, NOBODY, NOBODY);
          chmodSync(join(dir, 'data'), 0o555);
          const { code, stderr } = await refusedServe(['--db', file, 'serve'], unprivileged);
          expect(code).toBe(1);
          expect(stderr.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/^amity: the database .* cannot be written \(.+\); .*--read-only$/),
          ]);
        } finally {
          chmodSync(join(dir, 'data'), 0o755);
          rmSync(dir, { recursive: true, force: true });
        }
      });

      it('serves a read-only SQLite file with --read-only: reads answer, writes get a 503 that says why', async () => {
        const { dir, file } = registryFile();
        try {
          execFileSync('node', [AMITY, '--db', file, 'user', 'add', '--email', 'ro@example.org', '--role', 'editor', '--password-stdin'], {
            input: 'a long enough password\n',
            env,
          });
          chmodSync(file, 0o444);
          // The file may not be written; its directory may, as SQLite's WAL mode needs for its shared-memory file even to read.
          if (asOwner) chownSync(join(dir, 'data'), NOBODY, NOBODY);
          const server = await startServeProcess(['--db', file, 'serve', '--read-only'], unprivileged);
          try {
            await expectReadOnly(server.url);
          } finally {
            expect(await server.stop()).toBe(0);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    } else {
      it('refuses a PostgreSQL session that may not write, in one line', async () => {
        const role = `amity_ro_${randomBytes(4).toString('hex')}`;
        const schema = `t_ro_${randomBytes(4).toString('hex')}`;
        const admin = new pg.Client({ connectionString: POSTGRES_URL });
        await admin.connect();
        try {
          await admin.query(`create role ${role} login`);
          await admin.query(`alter role ${role} set default_transaction_read_only = on`);
          const url = new URL(POSTGRES_URL);
          url.username = role;
          url.searchParams.set('schema', schema);
          const { code, stderr } = await refusedServe(['--db', url.toString(), 'serve'], { env });
          expect(code).toBe(1);
          expect(stderr.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/^amity: the database .* cannot be written \(the PostgreSQL session is read-only .*\); .*--read-only$/),
          ]);
        } finally {
          await admin.query(`drop role if exists ${role}`);
          await admin.end();
        }
      });

      it('serves PostgreSQL with --read-only: reads answer, writes get a 503 that says why', async () => {
        const db = `${POSTGRES_URL}?schema=t_ro_${randomBytes(4).toString('hex')}`;
        execFileSync('node', [AMITY, '--db', db, 'init'], { env });
        const server = await startServeProcess(['--db', db, 'serve', '--read-only'], { env });
        try {
          await expectReadOnly(server.url);
        } finally {
          expect(await server.stop()).toBe(0);
        }
      });
    }
  },
  { registry: 'none', timeout: 180_000 },
);

async function expectReadOnly(url: string): Promise<void> {
  const read = await fetch(`${url}/api/places?limit=5`);
  expect(read.status).toBe(200);
  expect(await read.json()).toMatchObject({ items: [] });
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  const write = await fetch(`${url}/api/places`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'city', names: { en: 'Nowhere' }, country: 'FR' }),
  });
  expect(write.status).toBe(503);
  expect(await write.json()).toMatchObject({ error: 'read_only', message: expect.stringContaining('read-only') });
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ro@example.org', password: 'a long enough password' }),
  });
  expect(login.status).toBe(503);
}
