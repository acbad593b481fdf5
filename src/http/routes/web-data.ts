import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dashboard } from '../../services/dashboard.service.ts';
import { HomePlaceSchema } from '../../services/home-place.service.ts';
import { siteInfo } from '../../services/site.service.ts';
import { DashboardSchema, SiteSchema } from '../contract/stats.ts';
import { errors } from '../schemas.ts';

/** What the web app reads beside the records: whose registry this is, and the staff's dashboard. */
export function registerWebDataRoutes(root: FastifyInstance, options: { home?: string }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/site',
    {
      schema: {
        tags: ['Statistics'],
        summary: 'The home place whose network this registry keeps',
        response: { 200: SiteSchema },
      },
    },
    (request) => siteInfo(request.ctx, options.home),
  );

  app.get(
    '/api/dashboard',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['Statistics'],
        summary:
          'Growth by type, spread by continent, the published figure, partners with no event in three years, round anniversaries in the next twelve months (viewer)',
        querystring: z.strictObject({
          home: HomePlaceSchema,
          includeDistricts: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: DashboardSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      ...(await dashboard(request.ctx, { home: request.query.home, includeDistricts: request.query.includeDistricts === 'true' })),
    }),
  );
}
