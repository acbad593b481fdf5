import type { EntityKind } from '@domain/citation.ts';

/** Each kind of record and its collection in the API. */
export const COLLECTION: Record<EntityKind, string> = {
  place: 'places',
  partnership: 'partnerships',
  agreement: 'agreements',
  person: 'people',
  organisation: 'organisations',
  event: 'events',
  mechanism: 'mechanisms',
  source: 'sources',
  figure: 'figures',
};

export const KINDS = Object.keys(COLLECTION) as EntityKind[];

export const kindOfCollection = (collection: string): EntityKind | null =>
  KINDS.find((k) => COLLECTION[k] === collection) ?? null;
