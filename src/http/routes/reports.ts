import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnnualReportRequestSchema } from '../../services/reports/annual-report.schema.ts';
import { visitsReport, VisitsRequestSchema } from '../../services/reports/visits-report.service.ts';
import { VisitsReportSchema } from '../contract/reports.ts';
import { errors } from '../schemas.ts';

const tags = ['Reports'];

export function registerReportRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/reports/annual',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The annual report as HTML, PDF, XLSX or DOCX (viewer)',
        querystring: AnnualReportRequestSchema.strict(),
        response: { 200: z.unknown().describe('the report file'), ...errors(400, 401, 403, 404) },
      },
    },
    async (r, reply) => {
      const { renderAnnualReport } = await import('../../services/reports/render.service.ts');
      const report = await renderAnnualReport(r.ctx, r.query);
      if (r.query.format !== 'html') reply.header('content-disposition', `attachment; filename="${report.filename}"`);
      return reply.type(report.contentType).send(report.body);
    },
  );

  app.get(
    '/api/reports/visits',
    {
      schema: {
        tags,
        summary: 'Visits by partner; their files for signed-in readers',
        querystring: VisitsRequestSchema.strict(),
        response: { 200: VisitsReportSchema, ...errors(400) },
      },
    },
    (r) => visitsReport(r.ctx, r.query),
  );
}
