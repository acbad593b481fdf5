import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AreaSchema } from '../../domain/area.ts';
import { CitationDataSchema } from '../../domain/citation.ts';
import { EntityKindSchema } from '../../records/kinds.ts';
import { IdSchema } from '../../domain/common.ts';
import { areaService } from '../../services/area.service.ts';
import { auditTrail } from '../../services/audit.service.ts';
import { citationService } from '../../services/citation.service.ts';
import { statsFigures, statsPartners, StatsPartnersRequestSchema, StatsRequestSchema } from '../../services/stats.service.ts';
import { StatsFiguresSchema, StatsPartnersSchema } from '../contract/stats.ts';
import { AuditEntrySchema, CitationSchema, errors } from '../schemas.ts';

const IncludeDistricts = z.enum(['true', 'false']).default('false');

/** Statistics, the audit trail, citations and the cooperation-area vocabulary. */
export function registerRegistryRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['Statistics'],
        summary: 'A home place’s partner network as of a day, with the press sentence and the latest published figure',
        querystring: StatsRequestSchema.extend({ includeDistricts: IncludeDistricts }).strict(),
        response: { 200: StatsFiguresSchema, ...errors(400, 404) },
      },
    },
    async (request) => statsFigures(request.ctx, { ...request.query, includeDistricts: request.query.includeDistricts === 'true' }),
  );

  app.get(
    '/api/stats/partners',
    {
      schema: {
        tags: ['Statistics'],
        summary: 'The partners a home place counts as of a day, by name: all of them, or a page with offset and limit',
        querystring: StatsPartnersRequestSchema.extend({ includeDistricts: IncludeDistricts }).strict(),
        response: { 200: StatsPartnersSchema, ...errors(400, 404) },
      },
    },
    async (request) => statsPartners(request.ctx, { ...request.query, includeDistricts: request.query.includeDistricts === 'true' }),
  );

  app.get(
    '/api/audit',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['Audit'],
        summary: 'The audit trail, newest first (editor)',
        querystring: z.strictObject({
          entity: z
            .string()
            .regex(/^[a-z_]{2,40}$/)
            .optional(),
          id: z
            .string()
            .regex(/^[a-z]{2,4}_[0-9a-z]{6,40}$|^[a-z_]{2,40}$/)
            .optional(),
          before: z.coerce.number().int().positive().optional().describe('entries older than this id'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(AuditEntrySchema) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => ({ items: await auditTrail.list(request.ctx, request.query) }),
  );

  app.post(
    '/api/citations',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['Citations'],
        summary: 'Cite a source for a record or one of its fields (editor)',
        body: CitationDataSchema,
        response: { 201: CitationSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await citationService.cite(request.ctx, request.body)),
  );

  app.get(
    '/api/citations',
    {
      schema: {
        tags: ['Citations'],
        summary: 'The citations of one record',
        querystring: z.strictObject({ entity: EntityKindSchema, id: IdSchema }),
        response: { 200: z.object({ items: z.array(CitationSchema) }), ...errors(400, 404) },
      },
    },
    async (request) => ({ items: await citationService.visibleFor(request.ctx, request.query.entity, request.query.id) }),
  );

  app.delete(
    '/api/citations/:id',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['Citations'],
        summary: 'Remove a citation (editor)',
        params: z.object({ id: IdSchema }),
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await citationService.remove(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/areas',
    {
      schema: {
        tags: ['Vocabulary'],
        summary: 'The cooperation areas, with their labels',
        response: { 200: z.object({ items: z.array(AreaSchema.extend({ builtin: z.boolean() })) }) },
      },
    },
    async (request) => ({ items: await areaService.list(request.ctx.db) }),
  );

  app.post(
    '/api/areas',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['Vocabulary'],
        summary: 'Add a cooperation area (admin)',
        body: AreaSchema,
        response: { 201: AreaSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await areaService.add(request.ctx, request.body)),
  );
}
