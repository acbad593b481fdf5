import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REPORT_FORMATS, renderAnnualReport } from '../../services/reports/render.ts';
import { visitsReport } from '../../services/reports/visits-report.service.ts';
import { VisitsReportSchema } from '../contract/reports.ts';
import { errors } from '../schemas.ts';

const tags = ['Reports'];
const Year = z.coerce.number().int().min(1900).max(2200);

export function registerReportRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/api/reports/annual', {
    config: { role: 'viewer' },
    schema: {
      tags, summary: 'The annual report as HTML, PDF, XLSX or DOCX (viewer)',
      querystring: z.strictObject({ year: Year, lang: z.enum(['zh', 'en']).default('zh'), format: z.enum(REPORT_FORMATS).default('html'), home: z.string().trim().min(1).max(200).optional() }),
      response: { 200: z.unknown().describe('the report file'), ...errors(400, 401, 403, 404) },
    },
  }, async (r, reply) => {
    const report = await renderAnnualReport(r.ctx, r.query);
    if (r.query.format !== 'html') reply.header('content-disposition', `attachment; filename="${report.filename}"`);
    return reply.type(report.contentType).send(report.body);
  });

  app.get('/api/reports/visits', {
    schema: {
      tags, summary: 'Visits by partner; their files for signed-in readers',
      querystring: z.strictObject({ year: Year.optional(), partner: z.string().trim().min(1).max(200).optional() }),
      response: { 200: VisitsReportSchema, ...errors(400) },
    },
  }, (r) => visitsReport(r.ctx, r.query));
}
