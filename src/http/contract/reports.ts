import { z } from 'zod';
import { LocalizedTextSchema, NamesSchema } from '../../domain/common.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { VisitFileSchema } from '../../records/event/event.schema.ts';

/** A visit as the visits report lists it. */
export const VisitLineSchema = z.object({
  id: z.string(),
  kind: z.enum(['incoming_visit', 'outgoing_visit']),
  title: z.string(),
  titles: LocalizedTextSchema.describe('the title in every language it has'),
  start: PreciseDateSchema.nullable(),
  partners: z.array(z.string()),
  delegationFrom: z.string().nullable(),
  file: VisitFileSchema.nullable().describe('the visit’s internal file, for signed-in readers'),
  tasks: z.array(z.object({ title: z.string(), owner: z.string(), due: z.string(), status: z.string() })),
});
export type VisitLine = z.infer<typeof VisitLineSchema>;

/** GET /api/reports/visits: visits by partner. */
export const VisitsReportSchema = z.object({
  year: z.number().int().nullable(),
  total: z.number().int(),
  byPartner: z.array(z.object({ partner: z.string(), names: NamesSchema.nullable(), visits: z.array(VisitLineSchema) })),
});
export type VisitsReport = z.infer<typeof VisitsReportSchema>;
