import { mapKinds, SPECS, type EntityKind } from '../records/kinds.ts';
import { PartnershipService } from '../records/partnership/partnership.service.ts';
import { PlaceService } from '../records/place/place.service.ts';
import { RecordService } from './generic-record.service.ts';

/*
 * One service per kind of record; they hold no state, so one instance of each serves every
 * caller. Places and ties answer queries of their own; every other kind has the generic
 * service. The named ones are typed by their kind's data, for code about that kind.
 */
export const places = new PlaceService();
export const partnerships = new PartnershipService();
export const agreements = new RecordService(SPECS.agreement);
export const people = new RecordService(SPECS.person);
export const organisations = new RecordService(SPECS.organisation);
export const events = new RecordService(SPECS.event);
export const mechanisms = new RecordService(SPECS.mechanism);
export const sources = new RecordService(SPECS.source);
export const figures = new RecordService(SPECS.figure);
export const tasks = new RecordService(SPECS.task);

const NAMED: Partial<Record<EntityKind, RecordService<object>>> = {
  place: places,
  partnership: partnerships,
  agreement: agreements,
  person: people,
  organisation: organisations,
  event: events,
  mechanism: mechanisms,
  source: sources,
  figure: figures,
  task: tasks,
};

/** Every kind's service, for code that works on any kind; a kind without a name above gets its own here. */
export const SERVICES: Readonly<Record<EntityKind, RecordService<object>>> = mapKinds(
  (kind) => NAMED[kind] ?? new RecordService<object>(SPECS[kind]),
);
