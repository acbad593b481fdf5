import { z } from 'zod';
import { AreaKeySchema } from '../domain/area.ts';
import type { EntityKind } from '../domain/citation.ts';
import { IdSchema } from '../domain/common.ts';
import { CountryCodeSchema } from '../domain/countries.ts';
import { AmityError } from '../domain/errors.ts';
import { foldName } from '../domain/names.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from '../records/partnership/partnership.schema.ts';
import { earliestDay, latestDay, PreciseDateSchema } from '../domain/precise-date.ts';
import type { Db } from '../storage/database.ts';
import { nameKeysRepository } from '../storage/name-keys.repository.ts';
import { placeRepository } from '../storage/place.repository.ts';
import { escapeLike, type Filter, type ListOptions } from '../storage/record.repository.ts';
import { refsRepository } from '../storage/refs.repository.ts';
import type { Ctx } from './context.ts';
import { SERVICES } from './registry.ts';

/** What a list can be filtered by; each kind of record takes the filters that apply to it. */
const FILTERS = {
  q: z.string().trim().min(1).max(200).describe('text in a name or title'),
  country: CountryCodeSchema.describe('ISO country of the place, or of either place of a tie'),
  kind: z.string().regex(/^[a-z_]{2,40}$/, 'not a kind').describe('the record’s kind'),
  type: PartnershipTypeSchema,
  status: PartnershipStatusSchema,
  area: AreaKeySchema.describe('a cooperation area key'),
  from: PreciseDateSchema.describe('on or after this date'),
  to: PreciseDateSchema.describe('on or before this date'),
  place: IdSchema.describe('a place the record involves'),
  partnership: IdSchema.describe('a tie the record involves'),
  mechanism: IdSchema.describe('a mechanism the record involves'),
  organisation: IdSchema.describe('an organisation the record involves'),
  home: IdSchema.describe('the home place of a published figure'),
  layer: z.enum(['registry', 'network', 'all']).describe('registry places (default), network places or all'),
  state: z.enum(['open', 'done', 'cancelled']).describe('a task’s state'),
  owner: z.string().trim().min(1).max(254).describe('a task’s owner'),
} as const;
type FilterName = keyof typeof FILTERS;

interface ListSpec {
  filters: FilterName[];
  /** The column that `sort=date` and `from`/`to` use. */
  dateColumn?: string;
}

const LIST_SPECS: Record<EntityKind, ListSpec> = {
  place: { filters: ['q', 'country', 'kind', 'place', 'layer'] },
  partnership: { filters: ['q', 'country', 'type', 'status', 'area', 'from', 'to', 'place'], dateColumn: 'established_from' },
  agreement: { filters: ['q', 'kind', 'area', 'from', 'to', 'place', 'partnership'], dateColumn: 'signed_from' },
  person: { filters: ['q'] },
  organisation: { filters: ['q', 'kind', 'place'] },
  event: { filters: ['q', 'kind', 'area', 'from', 'to', 'place', 'partnership', 'mechanism', 'organisation'], dateColumn: 'start_from' },
  mechanism: { filters: ['q', 'place'] },
  source: { filters: ['q', 'kind', 'from', 'to'], dateColumn: 'published_from' },
  figure: { filters: ['home', 'from', 'to'], dateColumn: 'as_of_from' },
  task: { filters: ['q', 'state', 'owner', 'from', 'to', 'partnership'], dateColumn: 'due' },
};

const SORTS = { name: 'sort_name', created: 'created_at', updated: 'updated_at' } as const;

/** The query-string schema of one kind of record's list. */
export function listQuerySchema(kind: EntityKind) {
  const spec = LIST_SPECS[kind];
  const sorts = spec.dateColumn ? (['name', 'created', 'updated', 'date'] as const) : (['name', 'created', 'updated'] as const);
  const shape: Record<string, z.ZodType> = {
    cursor: z.string().max(600).optional().describe('from the previous page’s nextCursor'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    sort: z.enum(sorts).default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
    includeDeleted: z.enum(['true', 'false']).default('false').describe('deleted records too (signed-in staff only)'),
  };
  for (const name of spec.filters) shape[name] = FILTERS[name].optional();
  return z.strictObject(shape);
}

export type ListQuery = Record<string, unknown> & { limit: number; sort: string; order: 'asc' | 'desc'; cursor?: string; includeDeleted: string };

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
  throw new AmityError('validation', 'cursor: not a cursor from this list', [{ path: ['cursor'], message: 'not a cursor from this list' }]);
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

async function idsReferring(db: Db, from: EntityKind, to: string, id: string): Promise<string[]> {
  return [...new Set(await refsRepository.fromIds(db, from, to, id))];
}

async function idsNamed(db: Db, kind: EntityKind, q: string): Promise<string[]> {
  const key = foldName(q);
  if (!key) return [];
  // The start of any word of a name: 'cheremin' finds 'sergey cheremin'.
  return [...new Set(await nameKeysRepository.idsByWordStart(db, kind, key))];
}

/** Turns a validated list query into repository filters; related-record filters become id sets. */
async function filtersFor(ctx: Ctx, kind: EntityKind, query: ListQuery): Promise<Filter[]> {
  const spec = LIST_SPECS[kind];
  const out: Filter[] = [];
  const q = query as Partial<Record<FilterName, string>>;
  const named = SERVICES[kind].spec.names !== undefined;
  if (q.q) {
    if (named) out.push({ op: 'id in', ids: await idsNamed(ctx.db, kind, q.q) });
    else out.push({ column: 'sort_name', op: 'like', value: `%${escapeLike(q.q)}%` });
  }
  if (q.kind) out.push({ column: 'kind', op: '=', value: q.kind });
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
  if (kind === 'place') {
    if (q.country) out.push({ column: 'country', op: '=', value: q.country });
    if (q.place) out.push({ column: 'parent_id', op: '=', value: q.place });
    if ((q.layer ?? 'registry') !== 'all') out.push({ column: 'layer', op: '=', value: q.layer ?? 'registry' });
  } else if (kind === 'partnership') {
    if (q.place) out.push({ op: 'any', filters: [{ column: 'place_a_id', op: '=', value: q.place }, { column: 'place_b_id', op: '=', value: q.place }] });
    if (q.country) {
      const inCountry = await placeRepository.idsInCountry(ctx.db, q.country);
      out.push({ op: 'any', filters: [{ column: 'place_a_id', op: 'in', value: inCountry }, { column: 'place_b_id', op: 'in', value: inCountry }] });
    }
  } else if (q.place) {
    out.push({ op: 'id in', ids: await idsReferring(ctx.db, kind, 'place', q.place) });
  }
  return out;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** One page of a kind of record, filtered and sorted, with a cursor for the next. */
export async function listRecords(ctx: Ctx, kind: EntityKind, query: ListQuery): Promise<Page<object>> {
  const spec = LIST_SPECS[kind];
  const column = query.sort === 'date' && spec.dateColumn ? spec.dateColumn : SORTS[query.sort as keyof typeof SORTS] ?? 'sort_name';
  const filters = await filtersFor(ctx, kind, query);
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
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: (last[column] as string | number | null) ?? null, id: last.id }) : null,
    total: await service.count(ctx, { filters, includeDeleted: options.includeDeleted }),
  };
}
