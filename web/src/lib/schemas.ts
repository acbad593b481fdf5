import { z } from 'zod';
import { mapKinds, SPECS, type EntityKind } from '@records/kinds.ts';
import type { JsonNode } from './json-schema.ts';

/** The model's own schemas: the same ones the API validates with. */
export const SCHEMAS: Record<EntityKind, z.ZodType> = mapKinds((kind) => SPECS[kind].schema);

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
