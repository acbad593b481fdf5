import { pickName } from '../../domain/common.ts';
import { earliestDay } from '../../domain/precise-date.ts';
import type { EntitySpec } from '../spec.ts';
import { areaList, partyRefs, ref } from '../spec.ts';
import { AgreementDataSchema, type AgreementData } from './agreement.schema.ts';
import type { AgreementsTable } from './agreement.table.ts';

export const agreementSpec: EntitySpec<AgreementData, AgreementsTable, 'agreements'> = {
  kind: 'agreement',
  collection: 'agreements',
  label: { en: 'Agreements', zh: '协议' },
  prefix: 'ag',
  schema: AgreementDataSchema,
  refFields: {
    signedAtPlaceId: 'place',
    placeId: 'place',
    organisationId: 'organisation',
    personId: 'person',
    partnershipId: 'partnership',
  },
  list: {
    filters: ['q', 'kind', 'area', 'from', 'to', 'place', 'partnership', 'partner'],
    dateColumn: 'signed_from',
    // Where it was signed, or for whom a signatory signed, does not make the agreement one of the place's own.
    partnerFields: ['parties[].placeId', 'partnerships[].partnershipId'],
  },
  table: 'agreements',
  columns: (a) => ({
    kind: a.kind,
    signed_on: a.signedOn,
    signed_from: a.signedOn ? earliestDay(a.signedOn) : null,
    expires_on: a.expiresOn,
  }),
  sortName: (a) => pickName(a.titles, 'en'),
  refs: (a) => [
    ...ref('signedAtPlaceId', 'place', a.signedAtPlaceId),
    ...a.parties.flatMap((p, i) => partyRefs(`parties[${i}]`, p)),
    ...a.signatories.flatMap((s, i) => [
      ...ref(`signatories[${i}].personId`, 'person', s.personId),
      ...partyRefs(`signatories[${i}].onBehalfOf`, s.onBehalfOf),
    ]),
    ...a.partnerships.flatMap((p, i) => ref(`partnerships[${i}].partnershipId`, 'partnership', p.partnershipId)),
  ],
  areas: (a) => areaList(a.areas),
};
