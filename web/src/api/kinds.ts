import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityKind } from '@records/kinds.ts';

/** Each kind of record and its collection in the API. */
export const COLLECTION = ENTITY_COLLECTIONS;

export const KINDS: readonly EntityKind[] = ENTITY_KINDS;

export const kindOfCollection = (collection: string): EntityKind | null => KINDS.find((k) => COLLECTION[k] === collection) ?? null;
