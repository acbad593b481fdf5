import { pickName } from '../../domain/common.ts';
import { AmityError, notFound } from '../../domain/errors.ts';
import type { Db } from '../../storage/database.ts';
import type { Filter } from '../../storage/record.repository.ts';
import { placeRepository } from '../../storage/place.repository.ts';
import type { EntitySpec, WriteCheck } from '../spec.ts';
import { ref } from '../spec.ts';
import type { ListFilterValues } from '../list-filters.ts';
import { PlaceDataSchema, type PlaceData } from './place.schema.ts';
import type { PlacesTable } from './place.table.ts';

/** A place may not be inside itself, at any depth. */
async function noCycle(place: PlaceData, { db, id }: WriteCheck): Promise<void> {
  let parentId = place.parentId;
  const seen = new Set<string>(id ? [id] : []);
  while (parentId) {
    if (seen.has(parentId)) {
      throw new AmityError('validation', 'parentId: a place cannot be inside itself', [
        { path: ['parentId'], code: 'inside_itself', message: 'a place cannot be inside itself' },
      ]);
    }
    seen.add(parentId);
    const parent = await placeRepository.parentOf(db, parentId);
    if (!parent || parent.deleted_at !== null) throw notFound('place', parentId);
    parentId = parent.parent_id;
  }
}

/** `place` is the parent place; the list shows the registry's own places unless asked for the network's. */
async function placeFilters(_db: Db, q: ListFilterValues): Promise<Filter[]> {
  const out: Filter[] = [];
  if (q.country) out.push({ column: 'country', op: '=', value: q.country });
  if (q.place) out.push({ column: 'parent_id', op: '=', value: q.place });
  if ((q.layer ?? 'registry') !== 'all') out.push({ column: 'layer', op: '=', value: q.layer ?? 'registry' });
  return out;
}

export const placeSpec: EntitySpec<PlaceData, PlacesTable, 'places'> = {
  kind: 'place',
  collection: 'places',
  label: { en: 'Places', zh: '地方' },
  prefix: 'pl',
  schema: PlaceDataSchema,
  refFields: { parentId: 'place' },
  list: { filters: ['q', 'ids', 'country', 'kind', 'place', 'layer'], where: placeFilters },
  table: 'places',
  columns: (p) => ({
    kind: p.kind,
    country: p.country,
    parent_id: p.parentId,
    lat: p.coordinates?.lat ?? null,
    lng: p.coordinates?.lng ?? null,
  }),
  sortName: (p) => pickName(p.names, 'en'),
  refs: (p) => ref('parentId', 'place', p.parentId),
  names: (p) => ({ names: p.names, aliases: p.aliases }),
  validate: noCycle,
};
