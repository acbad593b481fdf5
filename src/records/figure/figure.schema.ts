import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, NoteSchema, type RecordMeta } from '../../domain/common.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';

const Count = z.number().int().nonnegative().nullable().default(null);

/** An aggregate an authority published about a home place's network, with its source. */
export const FigureDataSchema = z.object({
  homePlaceId: IdSchema,
  asOf: PreciseDateSchema,
  /** The source gives no date and the one here is inferred. */
  asOfApproximate: z.boolean().default(false),
  places: Count,
  /** `more_than` for figures such as '80+' or 'over 80'. */
  placesQualifier: z.enum(['exact', 'more_than']).default('exact'),
  countries: Count,
  sisterCities: Count,
  friendlyExchangeCities: Count,
  description: LocalizedTextSchema.default({}),
  sourceId: IdSchema,
  quote: z.string().trim().max(5000).nullable().default(null),
  note: NoteSchema,
});
export type FigureInput = z.input<typeof FigureDataSchema>;
export type FigureData = z.output<typeof FigureDataSchema>;
export type Figure = FigureData & RecordMeta;
