import { z } from 'zod';
import { SentenceLangSchema } from '../../domain/sentence.ts';
import { HomePlaceSchema } from '../home-place.service.ts';
import { REPORT_FORMATS } from './report-formats.ts';
import { ReportYearSchema } from './visits-report.service.ts';

// The request apart from the renderer, so that the API can declare its route without loading the
// report's template and data until a report is asked for.

/**
 * What a request for the annual report gives, over HTTP (`/api/reports/annual`) and on the
 * command line (`amity report annual`, which writes PDF unless told otherwise).
 */
export const AnnualReportRequestSchema = z.object({
  year: ReportYearSchema,
  lang: SentenceLangSchema.default('zh'),
  format: z.enum(REPORT_FORMATS).default('html'),
  home: HomePlaceSchema.optional(),
});
