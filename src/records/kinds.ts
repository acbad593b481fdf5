import { z } from 'zod';
import type { RecordColumns } from '../storage/database.ts';
import { agreementSpec } from './agreement/agreement.spec.ts';
import { eventSpec } from './event/event.spec.ts';
import { figureSpec } from './figure/figure.spec.ts';
import { mechanismSpec } from './mechanism/mechanism.spec.ts';
import { organisationSpec } from './organisation/organisation.spec.ts';
import { partnershipSpec } from './partnership/partnership.spec.ts';
import { personSpec } from './person/person.spec.ts';
import { placeSpec } from './place/place.spec.ts';
import { sourceSpec } from './source/source.spec.ts';
import type { EntitySpec } from './spec.ts';
import { taskSpec } from './task/task.spec.ts';

/**
 * Every kind of record, in the order the API and the web app list them. A new kind is a
 * folder beside these (its schema, table and spec), one line here and a migration that
 * makes its table; the maps below, the services, the routes and the web app's forms
 * follow from this table.
 */
export const KINDS = {
  place: placeSpec,
  partnership: partnershipSpec,
  agreement: agreementSpec,
  person: personSpec,
  organisation: organisationSpec,
  event: eventSpec,
  mechanism: mechanismSpec,
  source: sourceSpec,
  figure: figureSpec,
  task: taskSpec,
};

export type EntityKind = keyof typeof KINDS;
type SpecOf<K extends EntityKind> = (typeof KINDS)[K];
/** The document of a kind of record, as its schema gives it. */
export type DataOf<K extends EntityKind> = SpecOf<K> extends EntitySpec<infer D extends object> ? D : never;
type RowOf<K extends EntityKind> = SpecOf<K> extends EntitySpec<DataOf<K>, infer Row> ? Row : never;

/** The name of each kind's table, and each table's row: the record half of the database's type. */
export type RecordTable = SpecOf<EntityKind>['table'];
export type RecordTables = { [K in EntityKind as SpecOf<K>['table']]: RowOf<K> };

/** The table, typed so that a kind named by a variable still gives its own spec. */
export const SPECS: { readonly [K in EntityKind]: EntitySpec<DataOf<K>, RecordColumns, RecordTable> } = KINDS;

export const ENTITY_KINDS: readonly EntityKind[] = Object.values(SPECS).map((spec) => spec.kind);
export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** An object with one entry for each kind, in the table's order. */
export function mapKinds<T>(make: (kind: EntityKind) => T): Record<EntityKind, T> {
  // Object.fromEntries cannot know that its keys are every kind; ENTITY_KINDS is every kind.
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, make(kind)])) as Record<EntityKind, T>;
}

/** Each kind's collection: its URL segment in the API (`/api/people`) and in the web app. */
export const ENTITY_COLLECTIONS = mapKinds((kind) => SPECS[kind].collection);

export const TABLE_OF = mapKinds((kind) => SPECS[kind].table);

/** The kind of record an id names, by its prefix (`pl_…` is a place); null for no kind. */
export function kindOfId(id: string): EntityKind | null {
  const prefix = id.split('_')[0];
  return ENTITY_KINDS.find((kind) => SPECS[kind].prefix === prefix) ?? null;
}

/** Fields of the web app's forms that name another record, and the kind they name, from every kind. */
export const REF_FIELDS: Readonly<Record<string, EntityKind>> = Object.fromEntries(
  ENTITY_KINDS.flatMap((kind) => Object.entries(SPECS[kind].refFields)),
);
