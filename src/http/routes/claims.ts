import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityKindSchema } from '../../records/kinds.ts';
import { IdSchema } from '../../domain/common.ts';
import { CheckRequestSchema, type CheckRequest } from '../../services/claims/check.schema.ts';
import { decideFact, factSheet } from '../../services/facts.service.ts';
import { SourceUploadSchema } from '../../services/sources/source-upload.schema.ts';
import { CheckResultSchema } from '../contract/claims.ts';
import { FactSheetSchema } from '../contract/facts.ts';
import { errors, recordSchema } from '../schemas.ts';

const TEXT_LIMIT = 4 * 1024 * 1024;

/**
 * Press texts: check their claims, add them as sources; and each record's facts with the sources
 * behind them. The claim recognition and the HTML reader are loaded by the first text sent.
 */
export function registerClaimRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  // Sends the JSON text the worker thread wrote, so the reply is not the typed JSON of the other routes.
  root.post(
    '/api/check',
    {
      bodyLimit: TEXT_LIMIT,
      schema: {
        tags: ['Claims'],
        summary: 'Find the claims of a Chinese, English or bilingual text and check each against the registry',
        body: CheckRequestSchema,
        response: { 200: CheckResultSchema, ...errors(400) },
      },
    },
    async (request, reply) => {
      const { checkTextAsJson } = await import('../../services/claims/check.service.ts');
      return reply.type('application/json; charset=utf-8').send(await checkTextAsJson(request.ctx, request.body as CheckRequest));
    },
  );

  app.post(
    '/api/sources/ingest',
    {
      bodyLimit: TEXT_LIMIT,
      config: { role: 'editor' },
      schema: {
        tags: ['Sources'],
        summary:
          'Add a text (plain or HTML) as a source: boilerplate stripped, date and languages found, bilingual paragraphs paired (editor)',
        body: SourceUploadSchema,
        response: {
          201: z.object({ created: z.boolean(), source: recordSchema('source') }),
          200: z.object({ created: z.boolean(), source: recordSchema('source') }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { addSource } = await import('../../services/sources/source-ingest.service.ts');
      const result = await addSource(request.ctx, request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/facts',
    {
      schema: {
        tags: ['Claims'],
        summary: 'For each fact of a record, the sources that support it, those that disagree, and the value the office chose',
        querystring: z.strictObject({ entity: EntityKindSchema, id: IdSchema }),
        response: { 200: FactSheetSchema, ...errors(400, 404) },
      },
    },
    async (request) => ({ ...(await factSheet(request.ctx, request.query.entity, request.query.id)) }),
  );

  app.put(
    '/api/facts/decision',
    {
      config: { role: 'editor' },
      schema: {
        tags: ['Claims'],
        summary: 'Record which value the office chose for a fact, and why (editor)',
        body: z.object({
          entity: EntityKindSchema,
          id: IdSchema,
          field: z.string().regex(/^[a-zA-Z][\w.]{0,100}$/),
          value: z.string().trim().min(1).max(1000),
          reason: z.string().trim().min(1).max(5000),
        }),
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await decideFact(request.ctx, request.body);
      return reply.code(204).send(null);
    },
  );
}
