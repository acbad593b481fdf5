import { createReadStream, createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AmityError } from '../domain/errors.ts';
import { backupRepository, type ColumnInfo, type ForeignKey, type TableInfo } from '../storage/backup.repository.ts';
import { openStore, resolveDatabaseTarget, type Store } from '../storage/connect.ts';
import type { Db } from '../storage/database.ts';
import { migrateTo, schemaStatus } from '../storage/migrate.ts';
import { prepareRegistry } from './setup.service.ts';

// A backup is one gzip'd file of JSON lines, the same for both backends: a header (the schema's
// migrations, each table's columns, the tables' sequences), then each table's name on a line of
// its own followed by its rows as arrays, and a last line with the rows counted, so that a cut
// file is refused. Every value is text, a number or null; JSON columns are their text.

export const BACKUP_FORMAT = 'amity-backup';
const BACKUP_VERSION = 1;

/** Left out of backups: sign-ins last a day and are made again. */
export const NOT_BACKED_UP = ['sessions'] as const;

/** Tables `amity init` fills by itself: a database holding only these counts as empty. */
const FILLED_BY_INIT = new Set(['areas', 'meta']);

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  backend: Store['backend'];
  migrations: string[];
  tables: { name: string; columns: string[] }[];
  sequences: Record<string, number>;
}

interface Trailer {
  end: true;
  rows: Record<string, number>;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  schemaVersion: string;
  rows: Record<string, number>;
}

/** Tables in an order where each comes after the tables its foreign keys name (a cycle keeps its order). */
export function dependencyOrder(tables: readonly TableInfo[], fks: readonly ForeignKey[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name) || !byName.has(name)) return;
    path.add(name);
    for (const fk of fks) if (fk.table === name && fk.refTable !== name) visit(fk.refTable, path);
    done.add(name);
    out.push(byName.get(name)!);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t.name, new Set());
  return out;
}

/** A value as a backup holds it: PostgreSQL's parsed JSON as its text, binary as base64, times as ISO text. */
function encode(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return { base64: value.toString('base64') };
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

const decode = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'base64' in value ? Buffer.from(String(value.base64), 'base64') : value;

async function* backupLines(trx: Db, backend: Store['backend']): AsyncGenerator<string> {
  const tables = dependencyOrder(await backupRepository.tables(trx), await backupRepository.foreignKeys(trx)).filter(
    (t) => !(NOT_BACKED_UP as readonly string[]).includes(t.name),
  );
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    backend,
    migrations: (await schemaStatus(trx)).applied,
    tables: tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) })),
    sequences: await backupRepository.sequences(trx, tables),
  };
  yield `${JSON.stringify(header)}\n`;
  const rows: Record<string, number> = {};
  for (const table of tables) {
    yield `${JSON.stringify({ table: table.name })}\n`;
    let count = 0;
    const columns = table.columns.map((c) => c.name);
    for await (const chunk of backupRepository.rows(trx, table.name, columns)) {
      count += chunk.length;
      yield chunk.map((row) => `${JSON.stringify(row.map(encode))}\n`).join('');
    }
    rows[table.name] = count;
  }
  const trailer: Trailer = { end: true, rows };
  yield `${JSON.stringify(trailer)}\n`;
}

/**
 * Writes a backup of the whole database (every table but sessions) to `out`, read in one snapshot
 * so that writes made meanwhile, by a server running on it, are either wholly in it or not at
 * all. The file appears only once complete. The database is read as it is, never migrated.
 */
export async function backupDatabase(target: string | undefined, out: string): Promise<BackupSummary> {
  const store = openStore(resolveDatabaseTarget(target));
  const partial = `${out}.partial`;
  try {
    let trailer: Trailer | undefined;
    let migrations: string[] = [];
    await backupRepository.snapshot(store.db, async (trx) => {
      migrations = (await schemaStatus(trx)).applied;
      if (migrations.length === 0) throw new AmityError('not_found', `${store.location} holds no Amity registry`);
      const lines = backupLines(trx, store.backend);
      const last = async function* () {
        for await (const line of lines) {
          if (line.startsWith('{"end":true')) trailer = JSON.parse(line) as Trailer;
          yield line;
        }
      };
      await pipeline(Readable.from(last()), createGzip(), createWriteStream(partial));
    });
    renameSync(partial, out);
    return { file: out, bytes: statSync(out).size, schemaVersion: migrations.at(-1) ?? '', rows: trailer?.rows ?? {} };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await store.close();
  }
}

export interface RestoreSummary {
  location: string;
  schemaVersion: string;
  /** Migrations applied after the rows went in, when the backup is older than this Amity. */
  migrated: string[];
  rows: Record<string, number>;
}

/** The lines of a backup file, parsed; a file that is not one is refused by name. */
async function* readBackup(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) if (line) yield JSON.parse(line);
  } catch (error) {
    throw new AmityError('validation', `${file} is not a readable Amity backup: ${(error as Error).message}`);
  }
}

function checkHeader(file: string, value: unknown, known: readonly string[]): Header {
  const header = value as Partial<Header> | undefined;
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
    throw new AmityError('validation', `${file} is not an Amity backup`);
  }
  if ((header.version ?? 0) > BACKUP_VERSION)
    throw new AmityError('unsupported', `${file} was written by a newer Amity (format ${header.version})`);
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) throw new AmityError('unsupported', `${file} was made by a newer Amity: its schema has ${unknown.join(', ')}`);
  return header as Header;
}

/** The rows of every table but those `amity init` fills by itself; 0 for a new database. */
async function userRows(db: Db): Promise<number> {
  let total = 0;
  for (const t of await backupRepository.tables(db)) if (!FILLED_BY_INIT.has(t.name)) total += await backupRepository.count(db, t.name);
  return total;
}

/** Rows a restore writes in one statement; on PostgreSQL a table whose rows name each other goes in whole. */
const RESTORE_CHUNK = 5_000;

async function loadRows(trx: Db, file: string, header: Header, lines: AsyncGenerator<unknown>): Promise<Record<string, number>> {
  const fks = await backupRepository.foreignKeys(trx);
  const tables = dependencyOrder(await backupRepository.tables(trx), fks);
  await backupRepository.deferForeignKeys(trx);
  for (const t of [...tables].reverse()) await backupRepository.clear(trx, t.name);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const rows: Record<string, number> = Object.fromEntries(header.tables.map((t) => [t.name, 0]));
  let table: { name: string; columns: ColumnInfo[]; whole: boolean } | undefined;
  let batch: unknown[][] = [];
  const flush = async () => {
    if (table && batch.length) await backupRepository.insert(trx, table.name, table.columns, batch);
    batch = [];
  };
  for await (const line of lines) {
    if (Array.isArray(line)) {
      if (!table) throw new AmityError('validation', `${file}: rows before any table`);
      batch.push(line.map(decode));
      rows[table.name]! += 1;
      if (!table.whole && batch.length >= RESTORE_CHUNK) await flush();
      continue;
    }
    await flush();
    const entry = line as Partial<Trailer> & { table?: string };
    if (entry.end) {
      for (const t of header.tables) {
        if ((entry.rows?.[t.name] ?? 0) !== (rows[t.name] ?? 0))
          throw new AmityError('validation', `${file}: table ${t.name} is incomplete`);
      }
      return rows;
    }
    const declared = header.tables.find((t) => t.name === entry.table);
    const target = byName.get(entry.table ?? '');
    if (!declared || !target) throw new AmityError('validation', `${file}: table ${entry.table} is not in this registry's schema`);
    const columns = declared.columns.map((name) => {
      const column = target.columns.find((c) => c.name === name);
      if (!column) throw new AmityError('validation', `${file}: column ${declared.name}.${name} is not in this registry's schema`);
      return column;
    });
    table = { name: declared.name, columns, whole: fks.some((fk) => fk.table === declared.name && fk.refTable === declared.name) };
  }
  throw new AmityError('validation', `${file} is cut short: its last line is missing`);
}

/**
 * Restores a backup into a database: an empty one, or with `force` one whose rows it replaces.
 * The schema is brought to the backup's version, every row goes in in one transaction (a file
 * cut short changes nothing), the tables' counters are set as they were, then the schema is
 * brought up to date. Restores across backends: a SQLite backup into PostgreSQL and back.
 */
export async function restoreDatabase(
  target: string | undefined,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  statSync(file);
  const store = openStore(resolveDatabaseTarget(target));
  const lines = readBackup(file);
  try {
    const first = await lines.next();
    const status = await schemaStatus(store.db);
    const header = checkHeader(file, first.value, [...status.applied, ...status.pending]);
    if (!options.force && (await userRows(store.db)) > 0) {
      throw new AmityError('in_use', `${store.location} is not empty: restore into a new database, or replace its contents with --force`);
    }
    const version = header.migrations.at(-1);
    if (!version) throw new AmityError('validation', `${file} holds no schema version`);
    await migrateTo(store.db, version, store.schema);
    const rows = await store.db.transaction().execute(async (trx) => {
      const counts = await loadRows(trx, file, header, lines);
      const tables = await backupRepository.tables(trx);
      for (const [name, last] of Object.entries(header.sequences)) {
        const table = tables.find((t) => t.name === name);
        if (table) await backupRepository.setSequence(trx, name, table.columns[0]!.name, last);
      }
      return counts;
    });
    const migrated = await prepareRegistry(store);
    return { location: store.location, schemaVersion: (await schemaStatus(store.db)).applied.at(-1) ?? '', migrated, rows };
  } finally {
    await lines.return(undefined);
    await store.close();
  }
}
