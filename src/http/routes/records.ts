import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuerySchema, listRecords, type ListQuery } from '../../services/list-query.service.ts';
import { SERVICES } from '../../services/records.service.ts';
import { createRecord, recordWithCitations } from '../../services/record-actions.service.ts';
import { expectedVersion, withEtag } from '../etag.ts';
import { AuditEntrySchema, errors, IdParams, pageSchema, recordSchema, RESOURCES } from '../schemas.ts';
import { auditTrail } from '../../services/audit.service.ts';

const SOURCE_BODY_LIMIT = 4 * 1024 * 1024;

/** List, read, create, replace, change, delete and restore for every kind of record. */
export function registerRecordRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  for (const { kind, path, label } of RESOURCES) {
    const service = SERVICES[kind];
    const body = service.spec.schema as z.ZodType;
    const record = recordSchema(kind);
    const tags = [label];
    const bodyLimit = kind === 'source' ? SOURCE_BODY_LIMIT : undefined;

    app.get(
      `/api/${path}`,
      {
        schema: {
          tags,
          summary: `List ${path}`,
          querystring: listQuerySchema(kind),
          response: { 200: pageSchema(record), ...errors(400) },
        },
      },
      (request) => listRecords(request.ctx, kind, request.query as ListQuery),
    );

    app.get(
      `/api/${path}/:id`,
      {
        schema: {
          tags,
          summary: `One ${kind} with its citations`,
          params: IdParams,
          response: { 200: recordSchema(kind, true), ...errors(404) },
        },
      },
      async (request, reply) => withEtag(reply, await recordWithCitations(request.ctx, kind, request.params.id)),
    );

    app.post(
      `/api/${path}`,
      {
        bodyLimit,
        config: { role: 'editor' },
        schema: { tags, summary: `Create a ${kind} (editor)`, body, response: { 201: record, ...errors(400, 401, 403, 409) } },
      },
      async (request, reply) => {
        const { record: created, likelyDuplicates } = await createRecord(request.ctx, kind, request.body);
        reply.code(201).header('location', `/api/${path}/${created.id}`);
        return withEtag(reply, likelyDuplicates ? { ...created, likelyDuplicates } : created);
      },
    );

    app.put(
      `/api/${path}/:id`,
      {
        bodyLimit,
        config: { role: 'editor' },
        schema: {
          tags,
          summary: `Replace a ${kind} (editor; If-Match)`,
          params: IdParams,
          body,
          response: { 200: record, ...errors(400, 401, 403, 404, 412, 428) },
        },
      },
      async (request, reply) =>
        withEtag(reply, await service.update(request.ctx, request.params.id, request.body, expectedVersion(request))),
    );

    app.patch(
      `/api/${path}/:id`,
      {
        bodyLimit,
        config: { role: 'editor' },
        schema: {
          tags,
          summary: `Change some fields of a ${kind} (editor; If-Match)`,
          params: IdParams,
          body: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.unknown()).describe('the top-level fields to change'),
          response: { 200: record, ...errors(400, 401, 403, 404, 412, 428) },
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await service.patch(request.ctx, request.params.id, request.body as Record<string, unknown>, expectedVersion(request)),
        ),
    );

    app.delete(
      `/api/${path}/:id`,
      {
        config: { role: 'editor' },
        schema: {
          tags,
          summary: `Delete a ${kind}; an administrator can restore it (editor; If-Match)`,
          params: IdParams,
          response: { 204: z.null(), ...errors(401, 403, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        await service.remove(request.ctx, request.params.id, expectedVersion(request));
        return reply.code(204).send(null);
      },
    );

    app.get(
      `/api/${path}/:id/history`,
      {
        config: { role: 'editor' },
        schema: {
          tags,
          summary: `The ${kind}'s history from the audit trail (editor)`,
          params: IdParams,
          response: { 200: z.object({ items: z.array(AuditEntrySchema) }), ...errors(401, 403) },
        },
      },
      async (request) => ({ items: await auditTrail.forRecord(request.ctx, kind, request.params.id) }),
    );

    app.post(
      `/api/${path}/:id/restore`,
      {
        config: { role: 'admin' },
        schema: {
          tags,
          summary: `Restore a deleted ${kind} (admin)`,
          params: IdParams,
          response: { 200: record, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => withEtag(reply, await service.restore(request.ctx, request.params.id)),
    );
  }
}
