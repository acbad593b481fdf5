import { isDeepStrictEqual } from 'node:util';
import type { RecordMeta } from '../domain/common.ts';
import { newId } from '../domain/common.ts';
import { AmityError, notFound, parseOrThrow, type FieldIssue } from '../domain/errors.ts';
import { nameKeysOf } from '../domain/names.ts';
import { fuzzyKeysOf } from '../domain/name-match.ts';
import { actorId, actorLabel, assertCanAdminister, assertCanEdit } from '../domain/permissions.ts';
import { scopedList, scopeOf } from '../domain/scope.ts';
import type { Visibility } from '../domain/common.ts';
import type { Db } from '../storage/database.ts';
import { readJson } from '../storage/database.ts';
import { RecordRepository, type ColumnValue, type ListOptions, type RecordRow, type RecordWrite } from '../storage/record.repository.ts';
import { refsRepository, type RefRow } from '../storage/refs.repository.ts';
import { nameKeysRepository, type NameFuzzRow, type NameKeyRow } from '../storage/name-keys.repository.ts';
import { auditRepository } from '../storage/audit.repository.ts';
import { areaRepository } from '../storage/area.repository.ts';
import { inTransaction, type Ctx } from './context.ts';
import { TABLE_OF, type EntityKind } from '../records/kinds.ts';
import { withoutInternalFields, type EntitySpec, type Ref } from '../records/spec.ts';

export type Stored<D> = D & RecordMeta;

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'merge' | 'unmerge' | 'publish' | 'unpublish';

/** Field-by-field before and after of a change; only changed fields are listed. */
export function diffFields(before: object | null, after: object | null): Record<string, { before: unknown; after: unknown }> {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!isDeepStrictEqual(b[key], a[key])) out[key] = { before: b[key] ?? null, after: a[key] ?? null };
  }
  return out;
}

export async function writeAudit(
  db: Db,
  ctx: Ctx,
  action: AuditAction | string,
  entity: string,
  entityId: string,
  version: number | null,
  changes: unknown,
): Promise<void> {
  await auditRepository.append(db, {
    at: ctx.now().toISOString(),
    actor_id: actorId(ctx.actor),
    actor_label: actorLabel(ctx.actor),
    action,
    entity,
    entity_id: entityId,
    version,
    changes: JSON.stringify(changes),
  });
}

export function repositoryFor(entity: EntityKind): RecordRepository {
  return new RecordRepository(TABLE_OF[entity]);
}

/** Checks that every referenced record exists and is not deleted. */
export async function checkReferences(db: Db, refs: readonly Ref[]): Promise<void> {
  const byEntity = new Map<Ref['entity'], Ref[]>();
  for (const r of refs) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r]);
  const issues: FieldIssue[] = [];
  for (const [entity, list] of byEntity) {
    const found = await repositoryFor(entity).existingIds(db, [...new Set(list.map((r) => r.id))]);
    for (const r of list) {
      if (!found.has(r.id))
        issues.push({ path: r.path.split(/[.[\]]+/).filter(Boolean), code: 'missing_record', message: `no ${entity} with id ${r.id}` });
    }
  }
  if (issues.length) {
    throw new AmityError('missing_reference', `${issues[0]!.path.join('.')}: ${issues[0]!.message}`, issues);
  }
}

async function checkAreas(db: Db, areas: readonly { path: string; key: string }[]): Promise<void> {
  if (areas.length === 0) return;
  const known = new Set((await areaRepository.all(db)).map((a) => a.key));
  const unknown = areas.filter((a) => !known.has(a.key));
  if (unknown.length) {
    throw new AmityError(
      'validation',
      `${unknown[0]!.path}: '${unknown[0]!.key}' is not a cooperation area (see 'amity areas')`,
      unknown.map((a) => ({
        path: a.path.split(/[.[\]]+/).filter(Boolean),
        code: 'unknown_area',
        message: `'${a.key}' is not a cooperation area`,
      })),
    );
  }
}

type WriteMeta = Pick<RecordMeta, 'version' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export interface WriteOptions {
  /** Keep this id instead of making a new one (imports). */
  id?: string;
  /** Keep these exactly (imports that restore an export). */
  meta?: WriteMeta;
  /** Imports check references once, after every record is in. */
  skipReferenceCheck?: boolean;
  auditAction?: AuditAction;
}

/**
 * Create, read, update, delete and restore for one kind of record: validation
 * by its schema, reference and vocabulary checks, optimistic versions, the
 * reference and name indexes, and the audit entry, all in one transaction.
 */
export class RecordService<D extends object> {
  readonly repo: RecordRepository;

  constructor(readonly spec: EntitySpec<D>) {
    this.repo = new RecordRepository(spec.table);
  }

  /**
   * The record a row holds. Its document was validated by the kind's schema when it was written
   * and is read as it is; fields derived from the data come from the columns written beside it.
   */
  toRecord(row: RecordRow): Stored<D> {
    const data = readJson<D>(row.doc);
    const derived = this.spec.derived;
    return {
      id: row.id,
      ...data,
      ...(derived ? (derived.ofRow?.(row) ?? derived.of(data)) : {}),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
    } as Stored<D>;
  }

  /** The record as the actor may see it: internal fields left out for those who may not read them. */
  present(ctx: Ctx, record: Stored<D>): Stored<D> {
    return scopeOf(ctx.actor).internalFields ? record : withoutInternalFields(this.spec, record);
  }

  /** The document part of a record, as its schema defines it. */
  dataOf(record: object): D {
    return this.spec.schema.parse(record);
  }

  parse(input: unknown): D {
    return parseOrThrow(this.spec.schema, input, this.spec.kind);
  }

  private writeRow(id: string, data: D, meta: WriteMeta): RecordWrite {
    return {
      id,
      doc: JSON.stringify(data),
      version: meta.version,
      visibility: (data as { visibility?: Visibility }).visibility ?? 'public',
      sort_name: this.spec.sortName(data),
      created_at: meta.createdAt,
      updated_at: meta.updatedAt,
      deleted_at: meta.deletedAt,
      ...this.spec.columns(data),
    };
  }

  private async reindex(db: Db, id: string, data: D): Promise<void> {
    await this.reindexMany(db, [{ id, data }]);
  }

  /** Writes the reference index and the name index of these records, replacing what they had. */
  private async reindexMany(db: Db, records: readonly { id: string; data: D }[], fresh = false): Promise<void> {
    const { kind } = this.spec;
    const ids = records.map((r) => r.id);
    const refs: RefRow[] = records.flatMap(({ id, data }) => [
      ...this.spec.refs(data).map((r) => ({ from_entity: kind, from_id: id, path: r.path, to_entity: r.entity as string, to_id: r.id })),
      // Cooperation areas are indexed beside references so lists can filter by them.
      ...(this.spec.areas?.(data) ?? []).map((a) => ({ from_entity: kind, from_id: id, path: a.path, to_entity: 'area', to_id: a.key })),
    ]);
    // New records have no index rows to replace.
    await refsRepository.replaceFrom(db, kind, fresh ? [] : ids, refs);
    if (!this.spec.names) return;
    const keys: NameKeyRow[] = [];
    const fuzz: NameFuzzRow[] = [];
    for (const { id, data } of records) {
      const { names, aliases } = this.spec.names(data);
      const own = nameKeysOf(names, aliases);
      keys.push(...own.map((k) => ({ entity: kind, entity_id: id, ...k })));
      for (const f of fuzzyKeysOf(own)) {
        fuzz.push({
          entity: kind,
          entity_id: id,
          key: f.key,
          base: f.base,
          kind: f.kind,
          lang: f.lang,
          name: f.name,
          whole: f.whole ? 1 : 0,
        });
      }
    }
    await nameKeysRepository.replaceFor(db, kind, fresh ? [] : ids, keys, fuzz);
  }

  /**
   * Writes new records as given, with the same rows and indexes a create writes, in a few large
   * statements: for bulk imports, which vouch for their data and write their own audit entry.
   * `columns` are table columns the kind does not derive from its data (a place's layer).
   */
  async insertMany(
    db: Db,
    records: readonly { id: string; data: D; meta: WriteMeta; columns?: Record<string, ColumnValue> }[],
  ): Promise<void> {
    await this.repo.insertMany(
      db,
      records.map((r) => ({ ...this.writeRow(r.id, r.data, r.meta), ...r.columns })),
    );
    await this.reindexMany(db, records, true);
  }

  /** Rebuilds the reference and name indexes of every record of this kind, deleted ones included. */
  async rebuildIndexes(db: Db): Promise<number> {
    let after: { value: string; id: string } | undefined;
    let count = 0;
    for (;;) {
      const rows = await this.repo.list(db, { includeDeleted: true, orderBy: { column: 'id', direction: 'asc' }, after, limit: 1000 });
      if (rows.length === 0) return count;
      await this.reindexMany(
        db,
        rows.map((row) => ({ id: row.id, data: this.spec.schema.parse(readJson(row.doc)) })),
      );
      count += rows.length;
      const last = rows[rows.length - 1]!.id;
      after = { value: last, id: last };
    }
  }

  private async checkData(db: Db, data: D, options: WriteOptions): Promise<void> {
    if (!options.skipReferenceCheck) await checkReferences(db, this.spec.refs(data));
    if (this.spec.areas) await checkAreas(db, this.spec.areas(data));
  }

  async create(ctx: Ctx, input: unknown, options: WriteOptions = {}): Promise<Stored<D>> {
    assertCanEdit(ctx.actor);
    const data = this.parse(input);
    return inTransaction(ctx.db, async (db) => {
      await this.checkData(db, data, options);
      await this.spec.validate?.(data, { db, id: options.id ?? null, repo: this.repo });
      const id = options.id ?? newId(this.spec.prefix);
      if (options.id && (await this.repo.findById(db, id))) {
        throw new AmityError('duplicate', `a ${this.spec.kind} with id ${id} exists`);
      }
      const now = ctx.now().toISOString();
      const meta = options.meta ?? { version: 1, createdAt: now, updatedAt: now, deletedAt: null };
      const row = this.writeRow(id, data, meta);
      await this.repo.insert(db, row);
      await this.reindex(db, id, data);
      await writeAudit(db, ctx, options.auditAction ?? 'create', this.spec.kind, id, meta.version, diffFields(null, data));
      return this.toRecord(row);
    });
  }

  /**
   * Writes the record exactly as given, id and version included, creating or
   * replacing it; used to restore an export. Returns what happened.
   */
  async put(ctx: Ctx, id: string, input: unknown, meta: WriteOptions['meta'] & object): Promise<'created' | 'updated' | 'unchanged'> {
    assertCanAdminister(ctx.actor, 'restore a registry export');
    const data = this.parse(input);
    return inTransaction(ctx.db, async (db) => {
      const existing = await this.repo.findById(db, id);
      if (!existing) {
        await this.create({ ...ctx, db }, data, { id, meta, skipReferenceCheck: true, auditAction: 'import' });
        return 'created';
      }
      const current = this.toRecord(existing);
      const before = this.dataOf(current);
      const sameMeta =
        current.version === meta.version &&
        current.createdAt === meta.createdAt &&
        current.updatedAt === meta.updatedAt &&
        current.deletedAt === meta.deletedAt;
      if (sameMeta && isDeepStrictEqual(before, data)) return 'unchanged';
      if (this.spec.areas) await checkAreas(db, this.spec.areas(data));
      const { id: _id, ...set } = this.writeRow(id, data, meta);
      await this.repo.update(db, id, current.version, set);
      await this.reindex(db, id, data);
      await writeAudit(db, ctx, 'import', this.spec.kind, id, meta.version, diffFields(before, data));
      return 'updated';
    });
  }

  /** The stored record, whatever its visibility; for use inside services. */
  async load(db: Db, id: string, { includeDeleted = false } = {}): Promise<Stored<D>> {
    const row = await this.repo.findById(db, id);
    if (!row || (row.deleted_at !== null && !includeDeleted)) throw notFound(this.spec.kind, id);
    return this.toRecord(row);
  }

  /** The record as the actor may see it. Internal records look absent to the public. */
  async get(ctx: Ctx, id: string, { includeDeleted = false } = {}): Promise<Stored<D>> {
    const scope = scopeOf(ctx.actor);
    const row = await this.repo.findById(ctx.db, id, scope);
    if (!row || (row.deleted_at !== null && !(includeDeleted && scope.deleted))) throw notFound(this.spec.kind, id);
    return this.present(ctx, this.toRecord(row));
  }

  async getMany(ctx: Ctx, ids: readonly string[]): Promise<Stored<D>[]> {
    const rows = await this.repo.findByIds(ctx.db, [...new Set(ids)], scopeOf(ctx.actor));
    return rows.filter((r) => r.deleted_at === null).map((r) => this.present(ctx, this.toRecord(r)));
  }

  /** The rows the actor may see: public ones for the public, deleted ones only for staff who ask. */
  async listRows(ctx: Ctx, options: ListOptions = {}): Promise<RecordRow[]> {
    return this.repo.list(ctx.db, this.visibleTo(ctx, options));
  }

  async list(ctx: Ctx, options: ListOptions = {}): Promise<Stored<D>[]> {
    return (await this.listRows(ctx, options)).map((r) => this.present(ctx, this.toRecord(r)));
  }

  async count(ctx: Ctx, options: ListOptions = {}): Promise<number> {
    return this.repo.count(ctx.db, this.visibleTo(ctx, options));
  }

  async any(ctx: Ctx, options: ListOptions = {}): Promise<boolean> {
    return this.repo.any(ctx.db, this.visibleTo(ctx, options));
  }

  private visibleTo(ctx: Ctx, options: ListOptions): ListOptions {
    return scopedList(scopeOf(ctx.actor), options);
  }

  /** Replaces the record's data when `expectedVersion` is still current. */
  async update(ctx: Ctx, id: string, input: unknown, expectedVersion: number, options: WriteOptions = {}): Promise<Stored<D>> {
    assertCanEdit(ctx.actor);
    const data = this.parse(input);
    return inTransaction(ctx.db, async (db) => {
      const current = await this.load(db, id);
      this.assertVersion(current, expectedVersion);
      const before = this.dataOf(current);
      const changes = diffFields(before, data);
      if (Object.keys(changes).length === 0) return current;
      await this.checkData(db, data, options);
      await this.spec.validate?.(data, { db, id, repo: this.repo });
      const now = ctx.now().toISOString();
      const row = this.writeRow(id, data, {
        version: current.version + 1,
        createdAt: current.createdAt,
        updatedAt: now,
        deletedAt: null,
      });
      const { id: _id, created_at: _created, ...set } = row;
      if (!(await this.repo.update(db, id, expectedVersion, set))) this.stale(await this.load(db, id));
      await this.reindex(db, id, data);
      await writeAudit(db, ctx, options.auditAction ?? 'update', this.spec.kind, id, row.version, changes);
      return this.toRecord(row);
    });
  }

  /** Changes some top-level fields, keeping the others. */
  async patch(ctx: Ctx, id: string, fields: Record<string, unknown>, expectedVersion: number): Promise<Stored<D>> {
    assertCanEdit(ctx.actor);
    return inTransaction(ctx.db, async (db) => {
      const current = await this.load(db, id);
      this.assertVersion(current, expectedVersion);
      return this.update({ ...ctx, db }, id, { ...this.dataOf(current), ...fields }, expectedVersion);
    });
  }

  /** Soft delete: the record disappears from reads and can be restored by an administrator. */
  async remove(ctx: Ctx, id: string, expectedVersion: number, options: Pick<WriteOptions, 'auditAction'> = {}): Promise<void> {
    assertCanEdit(ctx.actor);
    await inTransaction(ctx.db, async (db) => {
      const current = await this.load(db, id);
      this.assertVersion(current, expectedVersion);
      await this.assertUnreferenced(db, id);
      const now = ctx.now().toISOString();
      const {
        id: _id,
        created_at: _created,
        ...set
      } = this.writeRow(id, this.dataOf(current), {
        version: current.version + 1,
        createdAt: current.createdAt,
        updatedAt: now,
        deletedAt: now,
      });
      if (!(await this.repo.update(db, id, expectedVersion, set))) this.stale(await this.load(db, id));
      await writeAudit(db, ctx, options.auditAction ?? 'delete', this.spec.kind, id, current.version + 1, {
        deletedAt: { before: null, after: now },
      });
    });
  }

  async restore(ctx: Ctx, id: string, options: Pick<WriteOptions, 'auditAction'> = {}): Promise<Stored<D>> {
    assertCanAdminister(ctx.actor, 'restore deleted records');
    return inTransaction(ctx.db, async (db) => {
      const current = await this.load(db, id, { includeDeleted: true });
      if (current.deletedAt === null) return current;
      const data = this.dataOf(current);
      await checkReferences(db, this.spec.refs(data));
      const {
        id: _id,
        created_at: _created,
        ...set
      } = this.writeRow(id, data, {
        version: current.version + 1,
        createdAt: current.createdAt,
        updatedAt: ctx.now().toISOString(),
        deletedAt: null,
      });
      await this.repo.update(db, id, current.version, set);
      await writeAudit(db, ctx, options.auditAction ?? 'restore', this.spec.kind, id, current.version + 1, {
        deletedAt: { before: current.deletedAt, after: null },
      });
      return this.load(db, id);
    });
  }

  private assertVersion(current: RecordMeta, expected: number): void {
    if (current.version !== expected) this.stale(current);
  }

  private stale(current: RecordMeta): never {
    throw new AmityError('stale_version', `${this.spec.kind} ${current.id} has changed: it is at version ${current.version}`, [], {
      currentVersion: current.version,
    });
  }

  private async assertUnreferenced(db: Db, id: string): Promise<void> {
    const refs = await refsRepository.to(db, this.spec.kind, id);
    const live: string[] = [];
    for (const r of refs) {
      const row = await repositoryFor(r.from_entity as EntityKind).findById(db, r.from_id);
      if (row && row.deleted_at === null) live.push(`${r.from_entity} ${r.from_id} (${r.path})`);
    }
    if (live.length) {
      throw new AmityError(
        'in_use',
        `${this.spec.kind} ${id} is still referenced by ${live.slice(0, 5).join(', ')}${live.length > 5 ? ` and ${live.length - 5} more` : ''}`,
        [],
        { referencedBy: live },
      );
    }
  }
}
