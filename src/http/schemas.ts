import { z } from 'zod';
import { CitationDataSchema } from '../domain/citation.ts';
import { IdSchema, RecordMetaSchema } from '../domain/common.ts';
import { ENTITY_KINDS, SPECS, type EntityKind } from '../records/kinds.ts';
import { ErrorBodySchema } from './errors.ts';

/** Each kind of record's routes: its URL segment and its name in the documentation. */
export const RESOURCES: { kind: EntityKind; path: string; label: string }[] = ENTITY_KINDS.map((kind) => ({
  kind,
  path: SPECS[kind].collection,
  label: SPECS[kind].label.en,
}));

export const CitationSchema = CitationDataSchema.extend({ id: IdSchema, createdAt: z.string() });

/** A stored record as the API returns it: its fields, what is derived from them, and the registry's own. */
export function recordSchema(kind: EntityKind, withCitations = false): z.ZodType {
  const meta = withCitations ? RecordMetaSchema.extend({ citations: z.array(CitationSchema) }) : RecordMetaSchema;
  const data = SPECS[kind].schema as z.ZodType;
  const derived = SPECS[kind].derived?.schema;
  return derived ? z.intersection(z.intersection(data, derived), meta) : z.intersection(data, meta);
}

export const pageSchema = (item: z.ZodType) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().optional().describe('the number of records that match; only with count=true'),
  });

export const IdParams = z.object({ id: IdSchema });

export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorBodySchema]));

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  version: z.number().int().nullable(),
  changes: z.unknown(),
});
