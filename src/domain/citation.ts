import { z } from 'zod';
import { IdSchema, NoteSchema } from './common.ts';

export const ENTITY_KINDS = [
  'place', 'partnership', 'agreement', 'person', 'organisation', 'event', 'mechanism', 'source', 'figure', 'task',
] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** Each kind's collection: its URL segment in the API (`/api/people`) and in the web app. */
export const ENTITY_COLLECTIONS: Record<EntityKind, string> = {
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

/**
 * A source's support for a record or for one field of it. `value` is what the
 * source says the field is, so two sources that disagree can be shown side by side.
 */
export const CitationDataSchema = z.object({
  sourceId: IdSchema,
  entity: EntityKindSchema,
  entityId: IdSchema,
  field: z.string().trim().min(1).max(200).nullable().default(null),
  quote: z.string().trim().max(5000).nullable().default(null),
  value: z.string().trim().max(1000).nullable().default(null),
  note: NoteSchema,
});
export type CitationInput = z.input<typeof CitationDataSchema>;
export type CitationData = z.output<typeof CitationDataSchema>;
export type Citation = CitationData & { id: string; createdAt: string };
