import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdSchema, LangCodeSchema } from '../../domain/common.ts';
import { duplicatePairs, likelyDuplicates } from '../../services/duplicates.service.ts';
import { latestMerges, mergeRecords } from '../../services/merge.service.ts';
import { search, SEARCHABLE_KINDS, SearchRequestSchema } from '../../services/search.service.ts';
import { unmergeRecords } from '../../services/unmerge.service.ts';
import { DuplicateCandidatesSchema, DuplicatePairsSchema, MergeReportSchema, MergesSchema } from '../contract/names.ts';
import { errors } from '../schemas.ts';

const tags = ['Names and search'];
const Kinds = z
  .string()
  .max(200)
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [...SEARCHABLE_KINDS],
  )
  .pipe(z.array(z.enum(SEARCHABLE_KINDS)).min(1));

/** Search by any spelling, likely duplicates, merges and their undoing. */
export function registerNameRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/search',
    {
      schema: {
        tags,
        summary: 'Records of every named kind found by any of their names, in any script or spelling, best first, each with why it matched',
        querystring: SearchRequestSchema.strict(),
        response: {
          200: z.object({
            query: z.string(),
            hits: z.array(z.object({ kind: z.string(), id: z.string(), name: z.string(), match: z.unknown() })),
          }),
          ...errors(400),
        },
      },
    },
    async (r) => {
      const { q, ...options } = r.query;
      return search(r.ctx, q, options);
    },
  );

  app.post(
    '/api/duplicates/check',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Likely duplicates of a record about to be created or changed, with the reason (editor)',
        body: z.object({
          kind: z.enum(SEARCHABLE_KINDS),
          record: z.record(z.string(), z.unknown()),
          excludeId: IdSchema.optional(),
          lang: LangCodeSchema.default('en'),
        }),
        response: { 200: DuplicateCandidatesSchema, ...errors(400, 401, 403) },
      },
    },
    async (r) => ({ items: await likelyDuplicates(r.ctx, r.body.kind, r.body.record, { excludeId: r.body.excludeId, lang: r.body.lang }) }),
  );

  app.get(
    '/api/duplicates',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Pairs of records that are likely the same, with the reason (editor)',
        querystring: z.strictObject({ types: Kinds, lang: LangCodeSchema.default('en') }),
        response: { 200: DuplicatePairsSchema, ...errors(400, 401, 403) },
      },
    },
    async (r) => ({ items: await duplicatePairs(r.ctx, r.query.types, r.query.lang) }),
  );

  app.post(
    '/api/merges',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Merge a duplicate into the record that stays: names kept as aliases, every reference and citation moved (editor)',
        body: z.object({ survivorId: IdSchema, duplicateId: IdSchema }),
        response: { 200: MergeReportSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    (r) => mergeRecords(r.ctx, r.body.survivorId, r.body.duplicateId),
  );

  app.get(
    '/api/merges',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'The latest merges, newest first, with both records’ names and whether each was undone (editor)',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: MergesSchema, ...errors(400, 401, 403) },
      },
    },
    async (r) => ({ items: await latestMerges(r.ctx, r.query.limit) }),
  );

  app.post(
    '/api/merges/:id/undo',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Undo a merge exactly (admin)',
        params: z.object({ id: z.string().regex(/^[a-z]{2,4}_[0-9a-z]{6,40}$/) }),
        response: { 200: z.looseObject({}), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (r) => ({ ...(await unmergeRecords(r.ctx, r.params.id)) }),
  );
}
