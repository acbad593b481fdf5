import { pickName } from '../../domain/common.ts';
import type { EntitySpec } from '../spec.ts';
import { ref } from '../spec.ts';
import { PersonDataSchema, type PersonData } from './person.schema.ts';
import type { PeopleTable } from './person.table.ts';

export const personSpec: EntitySpec<PersonData, PeopleTable, 'people'> = {
  kind: 'person',
  collection: 'people',
  label: { en: 'People', zh: '人物' },
  prefix: 'pe',
  schema: PersonDataSchema,
  refFields: { organisationId: 'organisation', placeId: 'place' },
  list: { filters: ['q'] },
  table: 'people',
  columns: () => ({}),
  sortName: (p) => pickName(p.names, 'en'),
  refs: (p) =>
    p.positions.flatMap((pos, i) => [
      ...ref(`positions[${i}].organisationId`, 'organisation', pos.organisationId),
      ...ref(`positions[${i}].placeId`, 'place', pos.placeId),
    ]),
  names: (p) => ({ names: p.names, aliases: p.aliases }),
};
