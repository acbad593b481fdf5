import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../src/storage/connect.ts';
import { migrateTo, schemaStatus } from '../src/storage/migrate.ts';
import { describeEachBackend, POSTGRES_URL } from './support/backends.ts';
import { amity } from './support/cli.ts';

/** The export less the moment it was made. */
const exported = (text: string) => text.replace(/"exportedAt": "[^"]+",?\n/, '');

/** Writes a page of garbage into the middle of a SQLite file, where the registry's rows are. */
function damage(file: string): void {
  const page = 4096;
  const at = Math.floor(statSync(file).size / 2 / page) * page;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(page, 0xa5), 0, page, at);
  closeSync(fd);
}

// Each test runs the command line several times over, a fresh Node process each time.
describeEachBackend(
  'amity backup, restore and doctor',
  (_use, backend) => {
    const dir = mkdtempSync(join(tmpdir(), 'amity-backup-cli-'));
    const name = () => randomBytes(5).toString('hex');
    const newDb = () => (backend === 'sqlite' ? join(dir, `${name()}.db`) : `${POSTGRES_URL}?schema=bkcli_${name()}`);
    const db = newDb();
    const file = join(dir, 'registry.amity-backup');

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('backs up the demo, restores it into a new database that exports the same, and refuses a full one', async () => {
      expect((await amity(db, 'demo')).code).toBe(0);
      const backup = await amity(db, 'backup', '--out', file);
      expect(backup.stdout).toMatch(/^Backed up to .*registry\.amity-backup \(\d+ kB, \d+ rows in \d+ tables, schema 2026-/);
      const copy = newDb();
      const restored = await amity(copy, 'restore', file);
      expect(restored.stdout).toMatch(/^Restored \d+ rows in \d+ tables into /);
      const a = await amity(db, 'export');
      const b = await amity(copy, 'export');
      expect(exported(b.stdout)).toBe(exported(a.stdout));
      expect(exported(a.stdout)).toContain('"format": "amity-registry"');

      const again = await amity(copy, 'restore', file);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^amity: .* is not empty: restore into a new database, or replace its contents with --force\n$/);
      expect((await amity(copy, 'restore', file, '--force')).code).toBe(0);
      const zh = await amity(copy, 'doctor', '--lang', 'zh');
      expect(zh).toMatchObject({ code: 0, stdout: expect.stringMatching(/：完好\n$/) });
      const json = JSON.parse((await amity(copy, 'doctor', '--json')).stdout);
      expect(json).toMatchObject({ ok: true, backend, findings: [] });
    });

    it('finds a damaged page in a SQLite copy, and serve refuses to start on it', async () => {
      const copy = join(dir, `${name()}.db`);
      expect((await amity(copy, 'restore', file)).code).toBe(0);
      expect((await amity(copy, 'doctor')).code).toBe(0);
      damage(copy);
      const doctor = await amity(copy, 'doctor');
      expect(doctor.code).toBe(1);
      expect(doctor.stdout).toMatch(/: \d+ problems found\n/);
      expect(doctor.stdout).toMatch(/^integrity: damaged: /m);
      const serve = await amity(copy, 'serve', '--port', '0', '--quiet');
      expect(serve.code).toBe(1);
      expect(serve.stdout).not.toContain('Amity is serving');
      expect(serve.stderr).toMatch(
        /^amity: .* is damaged \(.*\): not opened; 'amity doctor' says more, 'amity restore' brings back a backup\n$/,
      );
    });

    it('keeps a copy of a SQLite file beside it before migrating it', async () => {
      const older = join(dir, `${name()}.db`);
      expect((await amity(older, 'restore', file)).code).toBe(0);
      const store = openStore(older);
      await migrateTo(store.db, '2026-11-22T1700-office-year');
      await store.close();
      const init = await amity(older, 'init');
      const copy = `${older}.before-2026-11-22T1800-name-search.bak`;
      expect(init.stdout).toContain(`Copied ${older} to ${copy} before migrating it to `);
      expect(existsSync(copy)).toBe(true);
      const kept = openStore(copy);
      expect((await schemaStatus(kept.db)).pending).toContain('2026-11-22T1800-name-search');
      await kept.close();
      expect(readFileSync(copy).subarray(0, 15).toString()).toBe('SQLite format 3');
      expect((await amity(older, 'init')).stdout).not.toContain('Copied');
    });
  },
  { registry: 'none', timeout: 600_000 },
);
