import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { accounts } from '../src/services/auth/accounts.service.ts';
import { backupDatabase, NOT_BACKED_UP, restoreDatabase } from '../src/services/backup.service.ts';
import type { Ctx } from '../src/services/context.ts';
import { diagnose } from '../src/services/doctor.service.ts';
import { decideFact } from '../src/services/facts.service.ts';
import { exportRegistryFile } from '../src/services/import-export/registry-file.service.ts';
import { mergeRecords } from '../src/services/merge.service.ts';
import { importNetwork } from '../src/services/network/import-network.service.ts';
import { changeSettings } from '../src/services/office/settings.service.ts';
import { places } from '../src/services/records.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { backupRepository } from '../src/storage/backup.repository.ts';
import { openStore, type Backend, type Store } from '../src/storage/connect.ts';
import { BACKENDS, ctxFor, describeEachBackend, POSTGRES_URL } from './support/backends.ts';

const PASSWORD = 'correct horse battery staple';
const NETWORK = [
  'city1,country1,city2,country2',
  'Shenzhen,China,Reykjavík,Iceland',
  'Paris,France,Rome,Italy',
  'Rome,Italy,Kyoto,Japan',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'amity-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new database on a backend: a SQLite file or a PostgreSQL schema of its own. */
const newTarget = (backend: Backend) =>
  backend === 'sqlite' ? join(dir, `${randomBytes(5).toString('hex')}.db`) : `${POSTGRES_URL}?schema=bk_${randomBytes(5).toString('hex')}`;

/**
 * The demo with a bit of everything a backup must keep: an account with its password, an API
 * token and a calendar token, a sign-in (a session, which is left out), settings, a fact
 * decision, a merge, the world network and the audit trail all of it wrote.
 */
async function filled(where: string): Promise<{ store: Store; ctx: Ctx; apiToken: string; calendarToken: string }> {
  const store = remember(await openRegistry(where), where);
  const ctx = ctxFor(store);
  await loadDemo(ctx);
  await importNetwork(ctx, { file: 'network.csv', text: NETWORK });
  const admin = await accounts.add(ctx, { email: 'keeper@amity.test', role: 'admin', password: PASSWORD });
  const asAdmin: Ctx = { ...ctx, actor: { kind: 'user', id: admin.id, email: admin.email, role: 'admin' } };
  const apiToken = (await accounts.createToken(asAdmin, admin.id, 'nightly script')).token;
  const calendarToken = await accounts.rotateCalendarToken(asAdmin);
  await accounts.login(ctx, { email: admin.email, password: PASSWORD, ip: '127.0.0.1' });
  await changeSettings(ctx, { reminders: { anniversaryEvery: 10, expiryHorizonDays: 90 } });
  const moscow = (await places.list(ctx)).find((p) => p.names.en === 'Moscow' && p.country === 'RU');
  const moskva = await places.create(ctx, { kind: 'city', names: { en: 'Moskva' }, country: 'RU' });
  await mergeRecords(ctx, moscow!.id, moskva.id);
  await decideFact(ctx, { entity: 'place', id: moscow!.id, field: 'established', value: '1147', reason: 'the chronicle' });
  return { store, ctx, apiToken, calendarToken };
}

/** A value as JSON with every object's keys sorted: PostgreSQL's jsonb keeps them in an order of its own. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Every row of every table, each table's rows sorted, JSON columns read as values. */
async function contents(store: Store): Promise<Record<string, unknown[]>> {
  return backupRepository.snapshot(store.db, async (trx) => {
    const out: Record<string, unknown[]> = {};
    for (const table of await backupRepository.tables(trx)) {
      if ((NOT_BACKED_UP as readonly string[]).includes(table.name)) continue;
      const rows: string[] = [];
      for await (const chunk of backupRepository.rows(
        trx,
        table.name,
        table.columns.map((c) => c.name),
      )) {
        for (const row of chunk) rows.push(canonical(row.map((v) => (typeof v === 'string' && /^[[{]/.test(v) ? JSON.parse(v) : v))));
      }
      out[table.name] = rows.sort();
    }
    return out;
  });
}

const headerOf = (file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!);

describeEachBackend(
  'backups',
  (_use, backend) => {
    // One filled registry for the suite: the tests that change it come last.
    let source: Awaited<ReturnType<typeof filled>>;
    beforeAll(async () => {
      source = await filled(newTarget(backend));
    }, 300_000);
    afterAll(() => source.store.close());

    it('hold every table but sessions, and restore every row, the export byte for byte, passwords and tokens', async () => {
      const { store, ctx, apiToken, calendarToken } = source;
      const file = join(dir, `${randomBytes(4).toString('hex')}.amity-backup`);
      const summary = await backupDatabase(target(store), file);
      const tables = (await backupRepository.tables(store.db)).map((t) => t.name).sort();
      const header = headerOf(file);
      expect(header.tables.map((t: { name: string }) => t.name).sort()).toEqual(tables.filter((t) => t !== 'sessions'));
      expect(tables).toContain('sessions');
      expect(summary.rows.network_ties).toBe(3);
      expect(summary.rows.audit_log).toBeGreaterThan(100);

      const copy = open(newTarget(backend));
      await restoreDatabase(target(copy), file);
      const restored = await contents(copy);
      const original = await contents(store);
      for (const table of Object.keys(original)) expect({ table, rows: restored[table] }).toEqual({ table, rows: original[table] });
      expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
      const copyCtx = ctxFor(copy);
      expect(await exportRegistryFile(copyCtx, 'json')).toBe(await exportRegistryFile(ctx, 'json'));

      // The counters stand where they stood, so new rows are numbered after the restored ones.
      expect(await backupRepository.sequences(copy.db, await backupRepository.tables(copy.db))).toEqual(
        await backupRepository.sequences(store.db, await backupRepository.tables(store.db)),
      );
      const login = await accounts.login(copyCtx, { email: 'keeper@amity.test', password: PASSWORD, ip: '127.0.0.1' });
      expect(login.user.role).toBe('admin');
      expect(await accounts.fromToken(copy.db, apiToken, new Date())).not.toBeNull();
      expect(await accounts.fromToken(copy.db, calendarToken, new Date(), 'calendar')).not.toBeNull();
      const last = await sql<{ id: number }>`select max(id) as id from audit_log`.execute(copy.db);
      await places.create(copyCtx, { kind: 'city', names: { en: 'Akureyri' }, country: 'IS' });
      const next = await sql<{ id: number }>`select max(id) as id from audit_log`.execute(copy.db);
      expect(Number(next.rows[0]!.id)).toBeGreaterThan(Number(last.rows[0]!.id));
      await copy.close();
    });

    it('refuses a database that is not empty unless forced, and a file that is not a backup', async () => {
      const file = join(dir, `${randomBytes(4).toString('hex')}.amity-backup`);
      await backupDatabase(target(source.store), file);
      const store = open(newTarget(backend));
      try {
        await restoreDatabase(target(store), file);
        await expect(restoreDatabase(target(store), file)).rejects.toThrow(/is not empty: .* --force/);
        const before = await contents(store);
        await places.create(ctxFor(store), { kind: 'city', names: { en: 'Akureyri' }, country: 'IS' });
        const forced = await restoreDatabase(target(store), file, { force: true });
        expect(forced.rows.places).toBeGreaterThan(0);
        expect(await contents(store)).toEqual(before);
        const notBackup = join(dir, 'not-a-backup.json');
        writeFileSync(notBackup, '{"format":"amity-registry"}');
        await expect(restoreDatabase(newTarget(backend), notBackup)).rejects.toThrow(/not a readable Amity backup/);
      } finally {
        await store.close();
      }
    });

    it('is consistent while writes go on: every place with its audit entry, none without', async () => {
      const { store, ctx } = source;
      const writer = open(target(store));
      const file = join(dir, `${randomBytes(4).toString('hex')}.amity-backup`);
      let stop = false;
      try {
        const before = await places.count(ctx, { includeDeleted: true });
        let written = 0;
        const writes = (async () => {
          while (!stop) {
            await places.create(ctxFor(writer), { kind: 'city', names: { en: `Town ${written}` }, country: 'IS' });
            written += 1;
            // Each write lets I/O run between, as requests arriving at a server would.
            await new Promise((resolve) => setImmediate(resolve));
          }
        })();
        // Let some writes land first, so the backup starts in the middle of them.
        while (written < 3) await new Promise((resolve) => setImmediate(resolve));
        await backupDatabase(target(store), file);
        const duringBackup = written;
        stop = true;
        await writes;
        expect(duringBackup).toBeGreaterThan(3);

        const copy = open(newTarget(backend));
        await restoreDatabase(target(copy), file);
        const kept = await sql<{ n: number }>`select count(*) as n from places where lower(sort_name) like 'town %'`.execute(copy.db);
        const audited = await sql<{ n: number }>`
          select count(*) as n from audit_log a join places p on p.id = a.entity_id
          where a.entity = 'place' and a.action = 'create' and lower(p.sort_name) like 'town %'`.execute(copy.db);
        const orphans = await sql<{ n: number }>`
          select count(*) as n from audit_log a where a.entity = 'place' and a.action = 'create'
          and not exists (select 1 from places p where p.id = a.entity_id)`.execute(copy.db);
        const n = Number(kept.rows[0]!.n);
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(written);
        expect(Number(audited.rows[0]!.n)).toBe(n);
        expect(Number(orphans.rows[0]!.n)).toBe(0);
        expect(await places.count(ctxFor(copy), { includeDeleted: true })).toBe(before + n);
        await copy.close();
      } finally {
        stop = true;
        await writer.close();
      }
    });

    const other: Backend = BACKENDS.find((b) => b !== backend) ?? backend;
    it(`restores into ${other} and back with every row and the same export`, async () => {
      const { store, ctx } = source;
      const there = open(newTarget(other));
      const back = open(newTarget(backend));
      try {
        const first = join(dir, `${randomBytes(4).toString('hex')}.amity-backup`);
        await backupDatabase(target(store), first);
        await restoreDatabase(target(there), first);
        expect(await contents(there)).toEqual(await contents(store));
        // PostgreSQL keeps JSON as jsonb, which orders an object's keys its own way: the same values.
        expect(JSON.parse(await exportRegistryFile(ctxFor(there), 'json'))).toEqual(JSON.parse(await exportRegistryFile(ctx, 'json')));
        const second = join(dir, `${randomBytes(4).toString('hex')}.amity-backup`);
        await backupDatabase(target(there), second);
        await restoreDatabase(target(back), second);
        expect(await contents(back)).toEqual(await contents(store));
        expect(await exportRegistryFile(ctxFor(back), 'json')).toBe(await exportRegistryFile(ctxFor(there), 'json'));
      } finally {
        await Promise.all([there.close(), back.close()]);
      }
    });

    it('the doctor finds nothing wrong with a sound registry, and a reference to a deleted record', async () => {
      const { store } = source;
      const healthy = await diagnose(target(store));
      expect(healthy.findings).toEqual([]);
      expect(healthy.checks.map((c) => c.check)).toEqual(['integrity', 'schema', 'references']);
      const person = await sql<{ id: string }>`select to_id as id from refs where to_entity = 'person' limit 1`.execute(store.db);
      await sql`delete from people where id = ${person.rows[0]!.id}`.execute(store.db);
      const report = await diagnose(target(store));
      expect(report.ok).toBe(false);
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          check: 'references',
          en: expect.stringMatching(/^\d+ rows of refs\.to_id name a missing person \(people\)$/),
        }),
      );
      expect(report.checks.find((c) => c.check === 'integrity')?.ok).toBe(true);
    });
  },
  { registry: 'none', timeout: 180_000 },
);

/** The `--db` each store was opened with. */
const targets = new WeakMap<Store, string>();
function remember(store: Store, where: string): Store {
  targets.set(store, where);
  return store;
}
const open = (where: string) => remember(openStore(where), where);
function target(store: Store): string {
  const where = targets.get(store);
  if (!where) throw new Error('a store opened without remember()');
  return where;
}
