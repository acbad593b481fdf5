import { z } from 'zod';
import { EntityKindSchema } from '../records/kinds.ts';
import { IdSchema, NoteSchema } from './common.ts';

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
