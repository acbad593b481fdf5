import { z } from 'zod';
import { AgreementDataSchema } from '@records/agreement/agreement.schema.ts';
import type { EntityKind } from '@domain/citation.ts';
import { EventDataSchema } from '@records/event/event.schema.ts';
import { FigureDataSchema } from '@records/figure/figure.schema.ts';
import { MechanismDataSchema } from '@records/mechanism/mechanism.schema.ts';
import { OrganisationDataSchema } from '@records/organisation/organisation.schema.ts';
import { PartnershipDataSchema } from '@records/partnership/partnership.schema.ts';
import { PersonDataSchema } from '@records/person/person.schema.ts';
import { PlaceDataSchema } from '@records/place/place.schema.ts';
import { SourceDataSchema } from '@records/source/source.schema.ts';
import { TaskDataSchema } from '@records/task/task.schema.ts';
import type { JsonNode } from './json-schema.ts';

/** The model's own schemas: the same ones the API validates with. */
export const SCHEMAS: Record<EntityKind, z.ZodType> = {
  place: PlaceDataSchema,
  partnership: PartnershipDataSchema,
  agreement: AgreementDataSchema,
  person: PersonDataSchema,
  organisation: OrganisationDataSchema,
  event: EventDataSchema,
  mechanism: MechanismDataSchema,
  source: SourceDataSchema,
  figure: FigureDataSchema,
  task: TaskDataSchema,
};

const cache = new Map<EntityKind, JsonNode>();

/** The schema as JSON Schema (its input side), which the forms are generated from. */
export function jsonSchemaOf(kind: EntityKind): JsonNode {
  let node = cache.get(kind);
  if (!node) {
    node = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as JsonNode;
    cache.set(kind, node);
  }
  return node;
}

/** The fields of a stored record that its schema defines (not its version, dates or derived values). */
export function dataOf(kind: EntityKind, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(jsonSchemaOf(kind).properties ?? {})) if (key in record) out[key] = record[key];
  return out;
}
