import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../domain/scope.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { Db, RecordColumns, RecordTable } from './database.ts';
import { nameKeysQueries } from './name-keys.repository.ts';
import { registryVersionRepository } from './registry-version.repository.ts';
import { placeQueries } from './place.repository.ts';

export type ColumnValue = string | number | null;

/** A record row as every record table has it, plus the table's own projection columns. */
export type RecordRow = Omit<RecordColumns, 'doc'> & { doc: unknown } & Record<string, unknown>;

export interface RecordWrite {
  id: string;
  doc: string;
  version: number;
  visibility: string;
  sort_name: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  [column: string]: ColumnValue;
}

/** One condition on a projection column; values are always bound as parameters. */
export type Filter =
  | { column: string; op: '=' | '<>' | '<' | '<=' | '>' | '>='; value: ColumnValue }
  | { column: string; op: 'in'; value: ColumnValue[] }
  | { column: string; op: 'is null' | 'is not null' }
  /** A LIKE pattern on the lower-cased column, with `\` escaping `%` and `_`. */
  | { column: string; op: 'like'; value: string }
  | { op: 'id in'; ids: string[] }
  /**
   * The record refers (or, with `present: false`, does not refer) to some record of `to`, or with
   * `toId` to that one record, by the reference index.
   */
  | { op: 'refers'; entity: string; to: string; toId?: string; present: boolean }
  /** True when any of the filters is. */
  | { op: 'any'; filters: Filter[] }
  /**
   * One of the columns holds the id of a record of `entity` with a name in which a word begins with
   * the folded text `key`: the name index is read inside the query, however many records match.
   */
  | { op: 'named'; columns: string[]; entity: string; key: string }
  /** One of the columns holds the id of a place in `country`: the places are read inside the query, however many there are. */
  | { op: 'in country'; columns: string[]; country: string }
  /**
   * One of two columns equals the value (a place on either side of a tie). A list reads it as two
   * halves, each in order from an index on its column, merged: no sort of every matching row.
   */
  | { op: 'either'; columns: [string, string]; value: ColumnValue };

export interface ListOptions {
  filters?: Filter[];
  includeDeleted?: boolean;
  /** Set from the reader's `Scope` (`scopedList` in domain/scope.ts), never by hand. */
  visibleOnly?: 'public';
  /** A nullable column sorts its nulls as the empty string. */
  orderBy?: { column: string; direction: 'asc' | 'desc'; nullable?: boolean };
  /** Rows after this (sort value, id) pair, for cursor paging. */
  after?: { value: ColumnValue; id: string };
  limit?: number;
}

type GenericDb = Record<RecordTable, RecordRow>;

/**
 * Reads and writes the rows of one record table. The record tables share their
 * shape, so one repository serves all of them; callers name the table.
 */
export class RecordRepository {
  constructor(readonly table: RecordTable) {}

  private generic(db: Db): Kysely<GenericDb> {
    // One typed view over the nine record tables, which share their columns.
    return db as unknown as Kysely<GenericDb>;
  }

  async insert(db: Db, row: RecordWrite): Promise<void> {
    await this.generic(db).insertInto(this.table).values(row).execute();
    await registryVersionRepository.bump(db);
  }

  /** Inserts many new rows in few statements; every row has the columns of the first. */
  async insertMany(db: Db, rows: readonly RecordWrite[]): Promise<void> {
    await bulkInsert(db, this.table, rows);
    await registryVersionRepository.bump(db);
  }

  /** Writes a new version when the stored one is `expectedVersion`; false when it is not. */
  async update(
    db: Db,
    id: string,
    expectedVersion: number,
    row: Omit<RecordWrite, 'id' | 'created_at'> & { created_at?: string },
  ): Promise<boolean> {
    const result = await this.generic(db)
      .updateTable(this.table)
      .set(row)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    await registryVersionRepository.bump(db);
    return Number(result.numUpdatedRows) === 1;
  }

  /** The query `findById` runs; with `scope`, only a record that scope may read. */
  findByIdQuery(db: Db, id: string, scope?: Scope) {
    const q = this.generic(db).selectFrom(this.table).selectAll().where('id', '=', id);
    return scope?.records === 'public' ? q.where('visibility', '=', 'public') : q;
  }

  async findById(db: Db, id: string, scope?: Scope): Promise<RecordRow | undefined> {
    return (await this.findByIdQuery(db, id, scope).executeTakeFirst()) as RecordRow | undefined;
  }

  /** The query `findByIds` runs for each chunk of up to 500 ids. */
  findByIdsQuery(db: Db, chunk: readonly string[], scope?: Scope) {
    const q = this.generic(db)
      .selectFrom(this.table)
      .selectAll()
      .where('id', 'in', [...chunk]);
    return scope?.records === 'public' ? q.where('visibility', '=', 'public') : q;
  }

  async findByIds(db: Db, ids: readonly string[], scope?: Scope): Promise<RecordRow[]> {
    if (ids.length === 0) return [];
    const out: RecordRow[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      out.push(...((await this.findByIdsQuery(db, ids.slice(i, i + 500), scope).execute()) as RecordRow[]));
    }
    return out;
  }

  /** Ids among `ids` that exist and are not deleted. */
  async existingIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.generic(db)
      .selectFrom(this.table)
      .select('id')
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  private filtered(db: Db, options: ListOptions): SelectQueryBuilder<GenericDb, RecordTable, object> {
    let q = this.generic(db).selectFrom(this.table) as SelectQueryBuilder<GenericDb, RecordTable, object>;
    if (!options.includeDeleted) q = q.where('deleted_at', 'is', null);
    if (options.visibleOnly) q = q.where('visibility', '=', options.visibleOnly);
    for (const f of options.filters ?? []) q = q.where((eb) => condition(db, eb, f, this.table));
    return q;
  }

  /** The query `list` runs. */
  listQuery(db: Db, options: ListOptions = {}) {
    const either = options.filters?.find((f) => f.op === 'either');
    if (!either) return this.orderedQuery(db, options);
    // Each half reads its own index in order and stops at the limit; the merge sorts at most twice the page.
    const rest = options.filters!.filter((f) => f !== either);
    const half = (column: string) =>
      this.generic(db)
        .selectFrom(this.orderedQuery(db, { ...options, filters: [...rest, { column, op: '=', value: either.value }] }).as('half'))
        .selectAll();
    const merged = half(either.columns[0]).unionAll(half(either.columns[1]));
    const q = this.generic(db).selectFrom(merged.as(this.table)) as SelectQueryBuilder<GenericDb, RecordTable, object>;
    return this.ordered(q, { ...options, after: undefined }).selectAll();
  }

  /** Rows in list order, from the cursor on, up to the limit. */
  private orderedQuery(db: Db, options: ListOptions) {
    return this.ordered(this.filtered(db, options), options).selectAll();
  }

  private ordered(q: SelectQueryBuilder<GenericDb, RecordTable, object>, options: ListOptions) {
    const order = options.orderBy ?? { column: 'sort_name', direction: 'asc' as const };
    const key = order.nullable ? sql<string>`coalesce(${sql.ref(order.column)}, '')` : sql.ref(order.column);
    if (options.after) {
      const { id } = options.after;
      const value = options.after.value ?? '';
      const cmp = order.direction === 'asc' ? '>' : '<';
      q = q.where((eb) => eb.or([eb(key, cmp, value), eb.and([eb(key, '=', value), eb('id', cmp, id)])]));
    }
    q = q.orderBy(key, order.direction).orderBy('id', order.direction);
    if (options.limit !== undefined) q = q.limit(options.limit);
    return q;
  }

  async list(db: Db, options: ListOptions = {}): Promise<RecordRow[]> {
    return (await this.listQuery(db, options).execute()) as RecordRow[];
  }

  /** The query `count` runs. */
  countQuery(db: Db, options: ListOptions = {}) {
    return this.filtered(db, options).select((eb) => eb.fn.countAll<number>().as('n'));
  }

  async count(db: Db, options: ListOptions = {}): Promise<number> {
    const row = await this.countQuery(db, options).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Whether any row matches: the first one found ends the query, where a count reads them all. */
  async any(db: Db, options: ListOptions = {}): Promise<boolean> {
    const row = await this.filtered(db, options).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst();
    return row !== undefined;
  }
}

/** One filter as a SQL condition; every value is a bound parameter. */
function condition(db: Db, eb: ExpressionBuilder<GenericDb, RecordTable>, f: Filter, table: string): Expression<SqlBool> {
  switch (f.op) {
    case 'id in':
      return eb('id', 'in', f.ids.length ? f.ids : ['']);
    case 'refers': {
      const one = f.toId === undefined ? sql`` : sql` and refs.to_id = ${f.toId}`;
      const refs = sql<SqlBool>`exists (select 1 from refs where refs.from_entity = ${f.entity} and refs.from_id = ${sql.ref(`${table}.id`)} and refs.to_entity = ${f.to}${one})`;
      return f.present ? refs : eb.not(refs);
    }
    case 'any':
      return eb.or(f.filters.map((inner) => condition(db, eb, inner, table)));
    case 'named':
      return eb.or(f.columns.map((column) => eb(column, 'in', nameKeysQueries.byWordStart(db, f.entity, f.key))));
    case 'in country':
      return eb.or(f.columns.map((column) => eb(column, 'in', placeQueries.idsInCountry(db, f.country))));
    case 'either':
      return eb.or(f.columns.map((column) => eb(column, '=', f.value)));
    case 'in':
      return eb(f.column, 'in', f.value.length ? f.value : ['']);
    case 'is null':
      return eb(f.column, 'is', null);
    case 'is not null':
      return eb(f.column, 'is not', null);
    case 'like':
      return eb(sql`lower(${sql.ref(f.column)})`, 'like', sql`${f.value.toLowerCase()} escape '\\'`);
    default:
      return eb(f.column, f.op, f.value);
  }
}
