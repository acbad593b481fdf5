import type { AgreementData } from '../records/agreement/agreement.schema.ts';
import type { EventData } from '../records/event/event.schema.ts';
import type { FigureData } from '../records/figure/figure.schema.ts';
import type { MechanismData } from '../records/mechanism/mechanism.schema.ts';
import type { OrganisationData } from '../records/organisation/organisation.schema.ts';
import type { PersonData } from '../records/person/person.schema.ts';
import type { SourceData } from '../records/source/source.schema.ts';
import type { EntityKind } from '../domain/citation.ts';
import { agreementSpec, eventSpec, figureSpec, mechanismSpec, organisationSpec, personSpec, sourceSpec, taskSpec } from './entity-specs.ts';
import type { TaskData } from '../records/task/task.schema.ts';
import { PartnershipService } from './partnership.service.ts';
import { PlaceService } from './place.service.ts';
import { RecordService } from './records.ts';

/** One service per kind of record; they hold no state, so one instance of each serves every caller. */
export const places = new PlaceService();
export const partnerships = new PartnershipService();
export const agreements = new RecordService<AgreementData>(agreementSpec);
export const people = new RecordService<PersonData>(personSpec);
export const organisations = new RecordService<OrganisationData>(organisationSpec);
export const events = new RecordService<EventData>(eventSpec);
export const mechanisms = new RecordService<MechanismData>(mechanismSpec);
export const sources = new RecordService<SourceData>(sourceSpec);
export const figures = new RecordService<FigureData>(figureSpec);
export const tasks = new RecordService<TaskData>(taskSpec);

export const SERVICES: { [K in EntityKind]: RecordService<object> } = {
  place: places as unknown as RecordService<object>,
  partnership: partnerships as unknown as RecordService<object>,
  agreement: agreements as unknown as RecordService<object>,
  person: people as unknown as RecordService<object>,
  organisation: organisations as unknown as RecordService<object>,
  event: events as unknown as RecordService<object>,
  mechanism: mechanisms as unknown as RecordService<object>,
  source: sources as unknown as RecordService<object>,
  figure: figures as unknown as RecordService<object>,
  task: tasks as unknown as RecordService<object>,
};
