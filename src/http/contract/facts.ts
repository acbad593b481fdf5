import { z } from 'zod';
import { CitationDataSchema } from '../../domain/citation.ts';
import { EntityKindSchema } from '../../records/kinds.ts';
import { IdSchema } from '../../domain/common.ts';

/** A citation as stored: the source's support for a record or one of its fields. */
export const CitationSchema = CitationDataSchema.extend({ id: IdSchema, createdAt: z.string() });

/** How the value a source gives stands to the recorded one. */
export const AgreementSchema = z.enum(['same', 'compatible', 'variant', 'conflict']);

export const FactSourceSchema = z.object({
  citation: CitationSchema,
  source: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), published: z.string().nullable() }),
  agreement: AgreementSchema.nullable().describe('null when the source gives no value'),
});

export const FactSchema = z.object({
  field: z.string(),
  recorded: z.unknown().describe('the value the record holds'),
  sources: z.array(FactSourceSchema),
  conflict: z.boolean(),
  decision: z
    .object({ value: z.string(), reason: z.string(), decidedAt: z.string(), decidedBy: z.string() })
    .nullable()
    .describe('the value the office chose, and why'),
});

/** GET /api/facts: each fact of a record with the sources behind it. */
export const FactSheetSchema = z.object({
  entity: EntityKindSchema,
  id: z.string(),
  general: z.array(FactSourceSchema).describe('citations of the whole record'),
  facts: z.array(FactSchema).describe('citations of one field each'),
});
export type FactSheet = z.infer<typeof FactSheetSchema>;
export type FactSource = z.infer<typeof FactSourceSchema>;
export type Fact = z.infer<typeof FactSchema>;
