import { pickName } from '../../domain/common.ts';
import type { EntitySpec } from '../spec.ts';
import { ref } from '../spec.ts';
import { MechanismDataSchema, type MechanismData } from './mechanism.schema.ts';
import type { MechanismsTable } from './mechanism.table.ts';

export const mechanismSpec: EntitySpec<MechanismData, MechanismsTable, 'mechanisms'> = {
  kind: 'mechanism',
  collection: 'mechanisms',
  label: { en: 'Mechanisms', zh: '机制' },
  prefix: 'me',
  schema: MechanismDataSchema,
  refFields: { placeId: 'place' },
  list: { filters: ['q', 'place'] },
  table: 'mechanisms',
  columns: (m) => ({ established: m.established }),
  sortName: (m) => pickName(m.names, 'en'),
  refs: (m) => m.members.flatMap((mm, i) => ref(`members[${i}].placeId`, 'place', mm.placeId)),
  names: (m) => ({ names: m.names, aliases: m.aliases }),
};
