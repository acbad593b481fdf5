import { pickName } from '../../domain/common.ts';
import type { EntitySpec } from '../spec.ts';
import { partyRefs, ref } from '../spec.ts';
import { OrganisationDataSchema, type OrganisationData } from './organisation.schema.ts';
import type { OrganisationsTable } from './organisation.table.ts';

export const organisationSpec: EntitySpec<OrganisationData, OrganisationsTable, 'organisations'> = {
  kind: 'organisation',
  collection: 'organisations',
  label: { en: 'Organisations', zh: '机构' },
  prefix: 'or',
  schema: OrganisationDataSchema,
  refFields: { placeId: 'place', organisationId: 'organisation' },
  list: { filters: ['q', 'kind', 'place'] },
  table: 'organisations',
  columns: (o) => ({ kind: o.kind, place_id: o.placeId }),
  sortName: (o) => pickName(o.names, 'en'),
  refs: (o) => [...ref('placeId', 'place', o.placeId), ...o.members.flatMap((m, i) => partyRefs(`members[${i}].member`, m.member))],
  names: (o) => ({ names: o.names, aliases: o.aliases }),
};
