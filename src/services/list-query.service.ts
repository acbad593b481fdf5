import { z } from 'zod';
import { AmityError } from '../domain/errors.ts';
import { foldName } from '../domain/names.ts';
import { earliestDay, latestDay } from '../domain/precise-date.ts';
import { SPECS, type EntityKind } from '../records/kinds.ts';
import { LIST_FILTERS, type ListFilterValues } from '../records/list-filters.ts';
import type { Db } from '../storage/database.ts';
import { escapeLike } from '../storage/like.ts';
import type { Filter, ListOptions } from '../storage/record.repository.ts';
import { refsRepository } from '../storage/refs.repository.ts';
import type { Ctx } from './context.ts';
import { SERVICES } from './records.service.ts';
import { scopeOf } from '../domain/scope.ts';
import { registryVersionRepository } from '../storage/registry-version.repository.ts';
import { deepFreeze, versionedCache } from './versioned-cache.ts';

const SORTS = { name: 'sort_name', created: 'created_at', updated: 'updated_at' } as const;

/** The query-string schema of one kind of record's list. */
export function listQuerySchema(kind: EntityKind) {
  const spec = SPECS[kind].list;
  const sorts = spec.dateColumn ? (['name', 'created', 'updated', 'date'] as const) : (['name', 'created', 'updated'] as const);
  const shape: Record<string, z.ZodType> = {
    cursor: z.string().max(600).optional().describe('from the previous page’s nextCursor'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    sort: z.enum(sorts).default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
    includeDeleted: z.enum(['true', 'false']).default('false').describe('deleted records too (signed-in staff only)'),
    count: z.enum(['true', 'false']).default('false').describe('the number of records that match too, as `total`'),
  };
  // Any list answers for records named by id: a page's names, a picker's chosen record.
  shape.ids = LIST_FILTERS.ids.optional();
  for (const name of spec.filters) shape[name] = LIST_FILTERS[name].optional();
  return z.strictObject(shape);
}

export type ListQuery = Record<string, unknown> & {
  limit: number;
  sort: string;
  order: 'asc' | 'desc';
  cursor?: string;
  includeDeleted: string;
  count?: string;
};

interface Cursor {
  v: string | number | null;
  id: string;
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof value.id === 'string') return value;
  } catch {
    // fall through
  }
  throw new AmityError('validation', 'cursor: not a cursor from this list', [
    { path: ['cursor'], code: 'foreign_cursor', message: 'not a cursor from this list' },
  ]);
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

async function idsReferring(db: Db, from: EntityKind, to: string, id: string): Promise<string[]> {
  return [...new Set(await refsRepository.fromIds(db, from, to, id))];
}

/**
 * The records of a kind that a partner place's page lists: those whose `fields` name the place or
 * one of its ties, the ties being those the reader may see.
 */
async function idsOfPartner(ctx: Ctx, kind: EntityKind, fields: readonly string[], placeId: string): Promise<string[]> {
  const ties = await SERVICES.partnership.listRows(ctx, { filters: await filtersFor(ctx, 'partnership', { place: placeId }) });
  const tieIds = ties.map((t) => t.id);
  const refs = [
    ...(await refsRepository.toMany(ctx.db, 'place', [placeId], kind)),
    ...(await refsRepository.toMany(ctx.db, 'partnership', tieIds, kind)),
  ];
  const counted = new Set(fields);
  return [...new Set(refs.filter((r) => counted.has(r.path.replace(/\[\d+\]/g, '[]'))).map((r) => r.from_id))];
}

/**
 * Records whose `columns` name a record of `entity` called `q`: the start of any word of a name,
 * so 'cheremin' finds 'sergey cheremin'. The database matches the names, however many there are.
 */
function named(entity: EntityKind, columns: string[], q: string): Filter {
  const key = foldName(q);
  return key ? { op: 'named', columns, entity, key } : { op: 'id in', ids: [] };
}

/** Turns a validated list query into repository filters; related-record filters become id sets. */
async function filtersFor(ctx: Ctx, kind: EntityKind, q: ListFilterValues): Promise<Filter[]> {
  const { list: spec, names } = SPECS[kind];
  const out: Filter[] = [];
  if (q.q) {
    if (names !== undefined) out.push(named(kind, ['id'], q.q));
    else if (spec.search) out.push(named(spec.search.namesOf, [...spec.search.columns], q.q));
    else out.push({ column: 'sort_name', op: 'like', value: `%${escapeLike(q.q)}%` });
  }
  if (q.ids) out.push({ op: 'id in', ids: q.ids.split(',') });
  if (q.kind) {
    const kinds = q.kind.split(',');
    out.push(kinds.length === 1 ? { column: 'kind', op: '=', value: q.kind } : { column: 'kind', op: 'in', value: kinds });
  }
  if (q.follows === 'none') {
    for (const to of ['agreement', 'event', 'partnership']) out.push({ op: 'refers', entity: kind, to, present: false });
  } else if (q.follows) out.push({ op: 'refers', entity: kind, to: q.follows, present: true });
  if (q.visit) out.push({ op: 'refers', entity: kind, to: 'event', toId: q.visit, present: true });
  if (q.type) out.push({ column: 'type', op: '=', value: q.type });
  if (q.status) out.push({ column: 'status', op: '=', value: q.status });
  if (q.home) out.push({ column: 'home_place_id', op: '=', value: q.home });
  if (q.state) out.push({ column: 'status', op: '=', value: q.state });
  if (q.owner) out.push({ column: 'owner', op: '=', value: q.owner });
  if (spec.dateColumn && q.from) out.push({ column: spec.dateColumn, op: '>=', value: earliestDay(q.from) });
  if (spec.dateColumn && q.to) out.push({ column: spec.dateColumn, op: '<=', value: latestDay(q.to) });
  if (q.area) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'area', q.area) });
  if (q.partnership) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'partnership', q.partnership) });
  if (q.mechanism) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'mechanism', q.mechanism) });
  if (q.organisation) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'organisation', q.organisation) });
  if (q.person) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'person', q.person) });
  if (q.partner && spec.partnerFields) out.push({ op: 'id in', ids: await idsOfPartner(ctx, kind, spec.partnerFields, q.partner) });
  // A kind may give `place`, `country` and the like a meaning of its own (a place's parent, either place of a tie).
  if (spec.where) out.push(...(await spec.where(ctx.db, q)));
  else if (q.place) out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'place', q.place) });
  return out;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** The number of records that match, when asked for: a page needs no count. */
  total?: number;
}

const keptPages = versionedCache(512);

/**
 * One page of a kind of record, filtered and sorted, with a cursor for the next. Pages are kept
 * by what was asked and what the reader may see until the next write to the registry.
 */
export async function listRecords(ctx: Ctx, kind: EntityKind, query: ListQuery): Promise<Page<object>> {
  // Inside a transaction the page may rest on writes not yet committed: read afresh, never kept.
  if (ctx.db.isTransaction) return pageOf(ctx, kind, query);
  const version = await registryVersionRepository.current(ctx.db);
  const key = `${kind} ${JSON.stringify(scopeOf(ctx.actor))} ${JSON.stringify(query)}`;
  return keptPages(ctx.db, version, key, async () => deepFreeze(await pageOf(ctx, kind, query)));
}

async function pageOf(ctx: Ctx, kind: EntityKind, query: ListQuery): Promise<Page<object>> {
  const spec = SPECS[kind].list;
  const column = query.sort === 'date' && spec.dateColumn ? spec.dateColumn : (SORTS[query.sort as keyof typeof SORTS] ?? 'sort_name');
  const filters = await filtersFor(ctx, kind, query as ListFilterValues);
  const options: ListOptions = {
    filters,
    includeDeleted: query.includeDeleted === 'true',
    orderBy: { column, direction: query.order, nullable: column === spec.dateColumn },
  };
  const service = SERVICES[kind];
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after = cursor ? { value: cursor.v, id: cursor.id } : undefined;
  const rows = await service.listRows(ctx, { ...options, after, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => service.present(ctx, service.toRecord(r))),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ v: (last[column] as string | number | null) ?? null, id: last.id }) : null,
    ...(query.count === 'true' ? { total: await service.count(ctx, { filters, includeDeleted: options.includeDeleted }) } : {}),
  };
}
