import { pickName } from '../../domain/common.ts';
import { earliestDay } from '../../domain/precise-date.ts';
import type { EntitySpec } from '../spec.ts';
import { areaList, partyRefs, ref } from '../spec.ts';
import { EventDataSchema, type EventData } from './event.schema.ts';
import type { EventsTable } from './event.table.ts';

export const eventSpec: EntitySpec<EventData, EventsTable, 'events'> = {
  kind: 'event',
  collection: 'events',
  label: { en: 'Events', zh: '活动' },
  prefix: 'ev',
  schema: EventDataSchema,
  refFields: {
    parentEventId: 'event',
    delegationFromPlaceId: 'place',
    placeIds: 'place',
    placeId: 'place',
    personId: 'person',
    organisationId: 'organisation',
    partnershipIds: 'partnership',
    mechanismIds: 'mechanism',
    agreementIds: 'agreement',
  },
  list: {
    filters: ['q', 'kind', 'area', 'from', 'to', 'place', 'partnership', 'mechanism', 'organisation', 'person', 'partner'],
    dateColumn: 'start_from',
    // A participant representing the place does not make the event one of the place's own.
    partnerFields: ['placeIds[]', 'delegationFromPlaceId', 'itinerary[].placeId', 'partnershipIds[]'],
  },
  table: 'events',
  columns: (e) => ({
    kind: e.kind,
    start_date: e.start,
    start_from: e.start ? earliestDay(e.start) : null,
    end_date: e.end,
    parent_event_id: e.parentEventId,
  }),
  sortName: (e) => pickName(e.titles, 'en'),
  refs: (e) => [
    ...ref('parentEventId', 'event', e.parentEventId),
    ...ref('delegationFromPlaceId', 'place', e.delegationFromPlaceId),
    ...e.placeIds.flatMap((id, i) => ref(`placeIds[${i}]`, 'place', id)),
    ...e.participants.flatMap((p, i) => [
      ...ref(`participants[${i}].personId`, 'person', p.personId),
      ...partyRefs(`participants[${i}].representing`, p.representing),
    ]),
    ...e.organisations.flatMap((o, i) => ref(`organisations[${i}].organisationId`, 'organisation', o.organisationId)),
    ...e.partnershipIds.flatMap((id, i) => ref(`partnershipIds[${i}]`, 'partnership', id)),
    ...e.mechanismIds.flatMap((id, i) => ref(`mechanismIds[${i}]`, 'mechanism', id)),
    ...e.agreementIds.flatMap((id, i) => ref(`agreementIds[${i}]`, 'agreement', id)),
    ...e.itinerary.flatMap((s, i) => [
      ...ref(`itinerary[${i}].organisationId`, 'organisation', s.organisationId),
      ...ref(`itinerary[${i}].placeId`, 'place', s.placeId),
    ]),
  ],
  areas: (e) => areaList(e.areas),
  internalFields: { visit: () => null, internalNote: () => null },
};
