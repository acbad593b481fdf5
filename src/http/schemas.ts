import { z } from 'zod';
import { CitationDataSchema, type EntityKind } from '../domain/citation.ts';
import { IdSchema, RecordMetaSchema } from '../domain/common.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from '../domain/partnership.ts';
import { PreciseDateSchema } from '../domain/precise-date.ts';
import { SERVICES } from '../services/registry.ts';
import { ErrorBodySchema } from './errors.ts';

/** The URL segment of each kind of record. */
export const RESOURCES: { kind: EntityKind; path: string; label: string }[] = [
  { kind: 'place', path: 'places', label: 'Places' },
  { kind: 'partnership', path: 'partnerships', label: 'Partnerships' },
  { kind: 'agreement', path: 'agreements', label: 'Agreements' },
  { kind: 'person', path: 'people', label: 'People' },
  { kind: 'organisation', path: 'organisations', label: 'Organisations' },
  { kind: 'event', path: 'events', label: 'Events' },
  { kind: 'mechanism', path: 'mechanisms', label: 'Mechanisms' },
  { kind: 'source', path: 'sources', label: 'Sources' },
  { kind: 'figure', path: 'figures', label: 'Published figures' },
  { kind: 'task', path: 'tasks', label: 'Tasks' },
];

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
