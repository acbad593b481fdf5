import { z } from 'zod';
import { CitationDataSchema, ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityKind } from '../domain/citation.ts';
import { IdSchema, RecordMetaSchema } from '../domain/common.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from '../records/partnership/partnership.schema.ts';
import { PreciseDateSchema } from '../domain/precise-date.ts';
import { SERVICES } from '../services/registry.ts';
import { ErrorBodySchema } from './errors.ts';

/** The URL segment of each kind of record. */
const LABELS: Record<EntityKind, string> = {
  place: 'Places', partnership: 'Partnerships', agreement: 'Agreements', person: 'People', organisation: 'Organisations',
  event: 'Events', mechanism: 'Mechanisms', source: 'Sources', figure: 'Published figures', task: 'Tasks',
};
export const RESOURCES: { kind: EntityKind; path: string; label: string }[] = ENTITY_KINDS.map((kind) => ({
  kind, path: ENTITY_COLLECTIONS[kind], label: LABELS[kind],
}));

export const CitationSchema = CitationDataSchema.extend({ id: IdSchema, createdAt: z.string() });

const DERIVED: Partial<Record<EntityKind, z.ZodType>> = {
  partnership: z.object({
    type: PartnershipTypeSchema,
    status: PartnershipStatusSchema,
    established: PreciseDateSchema.nullable(),
    ended: PreciseDateSchema.nullable(),
  }),
};

/** A stored record as the API returns it: its fields, what is derived from them, and the registry's own. */
export function recordSchema(kind: EntityKind, withCitations = false): z.ZodType {
  const meta = withCitations ? RecordMetaSchema.extend({ citations: z.array(CitationSchema) }) : RecordMetaSchema;
  const data = SERVICES[kind].spec.schema as z.ZodType;
  const derived = DERIVED[kind];
  return derived ? z.intersection(z.intersection(data, derived), meta) : z.intersection(data, meta);
}

export const pageSchema = (item: z.ZodType) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

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
