import type { ColumnType } from 'kysely';
import type { z } from 'zod';
import type { Alias, Names } from '../domain/common.ts';
import type { Db, RecordColumns } from '../storage/database.ts';
import type { Filter, RecordRepository } from '../storage/record.repository.ts';
import type { EntityKind, RecordTable } from './kinds.ts';
import type { ListFilterName, ListFilterValues } from './list-filters.ts';

/*
 * Everything in a spec is safe in the browser: the web app imports the table of kinds for its
 * forms and links. Storage and services are named here as types only; what a spec needs from
 * them at run time (the transaction, its kind's table) is handed to it.
 */

/** For each internal field of a kind, its value as the public sees it. */
export type InternalFields<D> = { readonly [K in keyof D]?: (value: D[K]) => D[K] };

/** The record with each internal field its spec declares replaced by the public's value of it. */
export function withoutInternalFields<D extends object, R extends D>(spec: Pick<EntitySpec<D>, 'internalFields'>, record: R): R {
  const fields = spec.internalFields;
  if (!fields) return record;
  const out = { ...record };
  for (const key of Object.keys(fields) as (keyof D)[]) {
    const hide = fields[key];
    if (hide && key in out) out[key] = hide(out[key]) as R[keyof D];
  }
  return out;
}

/** A reference from a field of a record to another record. */
export interface Ref {
  path: string;
  entity: EntityKind;
  id: string;
}

/** Columns the database fills or another writer owns (a place's `layer`), typed as Kysely's `ColumnType`. */
type ManagedColumn<Row> = { [C in keyof Row]: Row[C] extends ColumnType<unknown, unknown, unknown> ? C : never }[keyof Row];

/** A kind's own columns, written with each record: its row without the columns every record table has. */
export type OwnColumns<Row extends RecordColumns> = { [C in Exclude<keyof Row, keyof RecordColumns | ManagedColumn<Row>>]: Row[C] };

/** How a kind's list is filtered and sorted (`GET /api/<collection>`). */
export interface ListSpec {
  filters: readonly ListFilterName[];
  /** The column that `sort=date` and `from`/`to` use. */
  dateColumn?: string;
  /** Filters whose meaning is the kind's own; without this, `place` is any place the record refers to. */
  where?(db: Db, query: ListFilterValues): Promise<Filter[]>;
  /**
   * What `q` finds in a kind without names of its own: the records whose `columns` hold a record
   * of `namesOf` so named (a tie by either place's name). Without this, text in its sort name.
   */
  search?: { namesOf: EntityKind; columns: readonly string[] };
  /**
   * The fields whose naming a place, or one of the ties the reader may see it a party to, puts a
   * record on that place's page (`partner`); `[]` stands for any position in a list.
   */
  partnerFields?: readonly string[];
}

/** What a kind's own write rules are given: the transaction, the record's id (null when new) and the kind's table. */
export interface WriteCheck {
  db: Db;
  id: string | null;
  repo: RecordRepository;
}

/** Everything the registry knows about one kind of record. */
export interface EntitySpec<D, Row extends RecordColumns = RecordColumns, Table extends string = RecordTable> {
  readonly kind: EntityKind;
  /** Its URL segment in the API (`/api/people`) and in the web app. */
  readonly collection: string;
  /** Its name as a heading, in the web app and (in English) in the API's documentation. */
  readonly label: { readonly en: string; readonly zh: string };
  /** The start of its ids: `pl_…` is a place. */
  readonly prefix: string;
  readonly schema: z.ZodType<D>;
  /** Fields computed from the document and shown on the record, with their schema for the API. */
  /** Fields worked out from the data; `ofRow` reads them from the columns a write stored them in. */
  readonly derived?: { schema: z.ZodType; of(data: D): object; ofRow?(row: Record<string, unknown>): object };
  /** The fields of its form that name another record, and the kind they name. */
  readonly refFields: Readonly<Record<string, EntityKind>>;
  readonly list: ListSpec;
  readonly table: Table;
  /** The projection columns the table keeps beside the document. */
  columns(data: D): OwnColumns<Row>;
  sortName(data: D): string;
  refs(data: D): Ref[];
  names?(data: D): { names: Names; aliases: Alias[] };
  areas?(data: D): { path: string; key: string }[];
  /**
   * Its internal fields (liaison contacts, a visit's file, the reasons in a tie's history): for each, the
   * value a reader who may not see internal records gets instead. `withoutInternalFields` applies it.
   */
  readonly internalFields?: InternalFields<D>;
  /** Checks beyond the schema, references and areas; runs in the write's transaction. */
  validate?(data: D, write: WriteCheck): Promise<void>;
}

/** A reference when the field has one. */
export const ref = (path: string, entity: EntityKind, id: string | null | undefined): Ref[] => (id ? [{ path, entity, id }] : []);

/** A place or an organisation, whichever the party names. */
export function partyRefs(path: string, party: { placeId: string | null; organisationId: string | null } | null): Ref[] {
  if (!party) return [];
  return [...ref(`${path}.placeId`, 'place', party.placeId), ...ref(`${path}.organisationId`, 'organisation', party.organisationId)];
}

export const areaList = (areas: readonly string[]) => areas.map((key, i) => ({ path: `areas[${i}]`, key }));
