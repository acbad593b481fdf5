import { z } from 'zod';
import { AmityError } from '../../domain/errors.ts';
import { earliestDay, PreciseDateSchema } from '../../domain/precise-date.ts';
import { derive } from '../../domain/tie-state.ts';
import type { Db } from '../../storage/database.ts';
import { scopedList, type Scope } from '../../domain/scope.ts';
import type { Filter, ListOptions, RecordRepository, RecordRow } from '../../storage/record.repository.ts';
import type { ListFilterValues } from '../list-filters.ts';
import type { EntitySpec, WriteCheck } from '../spec.ts';
import { areaList, ref } from '../spec.ts';
import { PartnershipDataSchema, PartnershipStatusSchema, PartnershipTypeSchema, type PartnershipData } from './partnership.schema.ts';
import type { PartnershipsTable } from './partnership.table.ts';

/** The rows of the ties between two places, in either direction; with `scope`, only those it may read. */
export async function tieRowsBetween(repo: RecordRepository, db: Db, a: string, b: string, scope?: Scope): Promise<RecordRow[]> {
  const pair = (x: string, y: string): ListOptions => {
    const options: ListOptions = {
      filters: [
        { column: 'place_a_id', op: '=', value: x },
        { column: 'place_b_id', op: '=', value: y },
      ],
    };
    return scope ? scopedList(scope, options) : options;
  };
  return [...(await repo.list(db, pair(a, b))), ...(await repo.list(db, pair(b, a)))];
}

/** The unordered pair of places a tie joins, as the database's unique index on live ties sees it. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Two places are tied once: a friendly early check; the unique index on `pair_key` settles races. */
async function oneTiePerPair(p: PartnershipData, { repo, db, id }: WriteCheck): Promise<void> {
  const other = (await tieRowsBetween(repo, db, p.placeAId, p.placeBId)).find((t) => t.id !== id);
  if (other) {
    throw new AmityError(
      'duplicate',
      `these two places are already tied: partnership ${other.id}`,
      [{ path: ['placeBId'], code: 'duplicate_tie', message: `already tied by partnership ${other.id}` }],
      { existingId: other.id },
    );
  }
}

/** `place` is either place of the tie, `country` the country of either. */
async function tieFilters(_db: Db, q: ListFilterValues): Promise<Filter[]> {
  const out: Filter[] = [];
  if (q.place) out.push({ op: 'either', columns: ['place_a_id', 'place_b_id'], value: q.place });
  if (q.country) out.push({ op: 'in country', columns: ['place_a_id', 'place_b_id'], country: q.country });
  return out;
}

const DerivedSchema = z.object({
  type: PartnershipTypeSchema,
  status: PartnershipStatusSchema,
  established: PreciseDateSchema.nullable(),
  ended: PreciseDateSchema.nullable(),
});

export const partnershipSpec: EntitySpec<PartnershipData, PartnershipsTable, 'partnerships'> = {
  kind: 'partnership',
  collection: 'partnerships',
  label: { en: 'Partnerships', zh: '友好关系' },
  prefix: 'pt',
  schema: PartnershipDataSchema,
  derived: {
    schema: DerivedSchema,
    of: (p) => derive(p.history),
    ofRow: (row) => ({ type: row.type, status: row.status, established: row.established, ended: row.ended }),
  },
  refFields: { placeAId: 'place', placeBId: 'place', personId: 'person' },
  list: {
    filters: ['q', 'country', 'type', 'status', 'area', 'from', 'to', 'place'],
    dateColumn: 'established_from',
    where: tieFilters,
    search: { namesOf: 'place', columns: ['place_a_id', 'place_b_id'] },
  },
  table: 'partnerships',
  columns: (p) => {
    const d = derive(p.history);
    return {
      place_a_id: p.placeAId,
      place_b_id: p.placeBId,
      type: d.type,
      status: d.status,
      established: d.established,
      established_from: d.established ? earliestDay(d.established) : null,
      ended: d.ended,
      pair_key: pairKey(p.placeAId, p.placeBId),
    };
  },
  sortName: (p) => {
    const d = derive(p.history);
    return d.established ? earliestDay(d.established) : '9999-12-31';
  },
  refs: (p) => [
    ...ref('placeAId', 'place', p.placeAId),
    ...ref('placeBId', 'place', p.placeBId),
    ...p.contacts.flatMap((c, i) => ref(`contacts[${i}].personId`, 'person', c.personId)),
  ],
  areas: (p) => areaList(p.areas),
  internalFields: {
    contacts: () => [],
    // Why a tie was suspended, made dormant or ended is the office's own account of it.
    history: (steps) => steps.map((s) => (s.kind === 'ended' || s.kind === 'status_changed' ? { ...s, note: null } : s)),
  },
  validate: oneTiePerPair,
};
