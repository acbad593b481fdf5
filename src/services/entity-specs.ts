import type { z } from 'zod';
import type { Alias, Names } from '../domain/common.ts';
import { pickName } from '../domain/common.ts';
import type { EntityKind } from '../domain/citation.ts';
import { PlaceDataSchema, type PlaceData } from '../records/place/place.schema.ts';
import { PartnershipDataSchema, type PartnershipData } from '../records/partnership/partnership.schema.ts';
import { AgreementDataSchema, type AgreementData } from '../records/agreement/agreement.schema.ts';
import { PersonDataSchema, type PersonData } from '../records/person/person.schema.ts';
import { OrganisationDataSchema, type OrganisationData } from '../records/organisation/organisation.schema.ts';
import { EventDataSchema, type EventData } from '../records/event/event.schema.ts';
import { MechanismDataSchema, type MechanismData } from '../records/mechanism/mechanism.schema.ts';
import { SourceDataSchema, type SourceData } from '../records/source/source.schema.ts';
import { FigureDataSchema, type FigureData } from '../records/figure/figure.schema.ts';
import { TaskDataSchema, type TaskData } from '../records/task/task.schema.ts';
import { earliestDay } from '../domain/precise-date.ts';
import { derive } from '../domain/tie-state.ts';
import type { RecordTable } from '../storage/database.ts';
import type { ColumnValue } from '../storage/record.repository.ts';

/** A reference from a field of a record to another record. */
export interface Ref {
  path: string;
  entity: EntityKind;
  id: string;
}

/** What the generic record service needs to know about one kind of record. */
export interface EntitySpec<D> {
  kind: EntityKind;
  table: RecordTable;
  prefix: string;
  schema: z.ZodType<D>;
  /** The projection columns the table keeps beside the document. */
  columns(data: D): Record<string, ColumnValue>;
  sortName(data: D): string;
  refs(data: D): Ref[];
  names?(data: D): { names: Names; aliases: Alias[] };
  areas?(data: D): { path: string; key: string }[];
  /** Fields computed from the document and shown on the record. */
  derived?(data: D): object;
  /** The record without its internal fields (liaison contacts, a visit's file), for readers who may not see them. */
  redact?(data: D): D;
}

const ref = (path: string, entity: EntityKind, id: string | null | undefined): Ref[] => (id ? [{ path, entity, id }] : []);

function partyRefs(path: string, party: { placeId: string | null; organisationId: string | null } | null): Ref[] {
  if (!party) return [];
  return [...ref(`${path}.placeId`, 'place', party.placeId), ...ref(`${path}.organisationId`, 'organisation', party.organisationId)];
}

const areaList = (areas: readonly string[]) => areas.map((key, i) => ({ path: `areas[${i}]`, key }));

export const placeSpec: EntitySpec<PlaceData> = {
  kind: 'place',
  table: 'places',
  prefix: 'pl',
  schema: PlaceDataSchema,
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
};

export const partnershipSpec: EntitySpec<PartnershipData> = {
  kind: 'partnership',
  table: 'partnerships',
  prefix: 'pt',
  schema: PartnershipDataSchema,
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
  derived: (p) => derive(p.history),
  redact: (p) => ({ ...p, contacts: [] }),
};

export const agreementSpec: EntitySpec<AgreementData> = {
  kind: 'agreement',
  table: 'agreements',
  prefix: 'ag',
  schema: AgreementDataSchema,
  columns: (a) => ({ kind: a.kind, signed_on: a.signedOn, signed_from: a.signedOn ? earliestDay(a.signedOn) : null, expires_on: a.expiresOn }),
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

export const personSpec: EntitySpec<PersonData> = {
  kind: 'person',
  table: 'people',
  prefix: 'pe',
  schema: PersonDataSchema,
  columns: () => ({}),
  sortName: (p) => pickName(p.names, 'en'),
  refs: (p) =>
    p.positions.flatMap((pos, i) => [
      ...ref(`positions[${i}].organisationId`, 'organisation', pos.organisationId),
      ...ref(`positions[${i}].placeId`, 'place', pos.placeId),
    ]),
  names: (p) => ({ names: p.names, aliases: p.aliases }),
};

export const organisationSpec: EntitySpec<OrganisationData> = {
  kind: 'organisation',
  table: 'organisations',
  prefix: 'or',
  schema: OrganisationDataSchema,
  columns: (o) => ({ kind: o.kind, place_id: o.placeId }),
  sortName: (o) => pickName(o.names, 'en'),
  refs: (o) => [
    ...ref('placeId', 'place', o.placeId),
    ...o.members.flatMap((m, i) => partyRefs(`members[${i}].member`, m.member)),
  ],
  names: (o) => ({ names: o.names, aliases: o.aliases }),
};

export const eventSpec: EntitySpec<EventData> = {
  kind: 'event',
  table: 'events',
  prefix: 'ev',
  schema: EventDataSchema,
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
  redact: (e) => ({ ...e, visit: null }),
};

export const mechanismSpec: EntitySpec<MechanismData> = {
  kind: 'mechanism',
  table: 'mechanisms',
  prefix: 'me',
  schema: MechanismDataSchema,
  columns: (m) => ({ established: m.established }),
  sortName: (m) => pickName(m.names, 'en'),
  refs: (m) => m.members.flatMap((mm, i) => ref(`members[${i}].placeId`, 'place', mm.placeId)),
  names: (m) => ({ names: m.names, aliases: m.aliases }),
};

export const sourceSpec: EntitySpec<SourceData> = {
  kind: 'source',
  table: 'sources',
  prefix: 'so',
  schema: SourceDataSchema,
  columns: (s) => ({ kind: s.kind, url: s.url, published: s.published, published_from: s.published ? earliestDay(s.published) : null }),
  sortName: (s) => s.title.slice(0, 200),
  refs: () => [],
};

export const figureSpec: EntitySpec<FigureData> = {
  kind: 'figure',
  table: 'figures',
  prefix: 'fi',
  schema: FigureDataSchema,
  columns: (f) => ({ home_place_id: f.homePlaceId, as_of: f.asOf, as_of_from: earliestDay(f.asOf), source_id: f.sourceId }),
  sortName: (f) => earliestDay(f.asOf),
  refs: (f) => [...ref('homePlaceId', 'place', f.homePlaceId), ...ref('sourceId', 'source', f.sourceId)],
};

export const taskSpec: EntitySpec<TaskData> = {
  kind: 'task',
  table: 'tasks',
  prefix: 'ta',
  schema: TaskDataSchema,
  columns: (t) => ({ status: t.status, due: t.due, owner: t.owner }),
  sortName: (t) => t.title.slice(0, 200),
  refs: (t) => [
    ...ref('agreementId', 'agreement', t.agreementId),
    ...ref('eventId', 'event', t.eventId),
    ...ref('partnershipId', 'partnership', t.partnershipId),
  ],
};

export interface SpecMap {
  place: EntitySpec<PlaceData>;
  partnership: EntitySpec<PartnershipData>;
  agreement: EntitySpec<AgreementData>;
  person: EntitySpec<PersonData>;
  organisation: EntitySpec<OrganisationData>;
  event: EntitySpec<EventData>;
  mechanism: EntitySpec<MechanismData>;
  source: EntitySpec<SourceData>;
  figure: EntitySpec<FigureData>;
  task: EntitySpec<TaskData>;
}

export const SPECS: SpecMap = {
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

export const TABLE_OF: Record<EntityKind, RecordTable> = {
  place: 'places',
  partnership: 'partnerships',
  agreement: 'agreements',
  person: 'people',
  organisation: 'organisations',
  event: 'events',
  mechanism: 'mechanisms',
  source: 'sources',
  figure: 'figures',
  task: 'tasks',
};

/** The kind of record an id names, by its prefix (`pl_…` is a place); null for no kind. */
export function kindOfId(id: string): EntityKind | null {
  const prefix = id.split('_')[0];
  return (Object.values(SPECS) as EntitySpec<unknown>[]).find((s) => s.prefix === prefix)?.kind ?? null;
}
