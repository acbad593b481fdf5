import { z } from 'zod';
import { LangCodeSchema } from '../../domain/common.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { SourceKindSchema } from '../../records/source/source.schema.ts';

// The upload apart from the ingest, so that the API can declare its route without loading the
// HTML reader until a text is sent.

export const SourceUploadSchema = z.object({
  content: z.string().min(1, 'the text is empty').max(2_000_000),
  url: z.url().optional(),
  publisher: z.string().trim().max(300).optional(),
  published: PreciseDateSchema.optional().describe('overrides the date found in the text'),
  lang: z.array(LangCodeSchema).optional().describe('overrides the languages found in the text'),
  title: z.string().trim().min(1).max(1000).optional(),
  kind: SourceKindSchema.default('article'),
});
export type SourceUpload = z.input<typeof SourceUploadSchema>;
