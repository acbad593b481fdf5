import { REF_FIELDS } from '@records/kinds.ts';

/** The parts of a JSON Schema (from z.toJSONSchema) that the record forms use. */
export interface JsonNode {
  type?: string | string[];
  enum?: string[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  additionalProperties?: JsonNode | boolean;
  items?: JsonNode;
  anyOf?: JsonNode[];
  default?: unknown;
  pattern?: string;
}

export type FieldKind =
  | 'ref'
  | 'refs'
  | 'country'
  | 'date'
  | 'time'
  | 'enum'
  | 'text'
  | 'longtext'
  | 'number'
  | 'boolean'
  | 'localized'
  | 'object'
  | 'array'
  | 'areas';

const DATE_FIELDS = new Set([
  'date',
  'start',
  'end',
  'signedOn',
  'expiresOn',
  'established',
  'from',
  'to',
  'since',
  'until',
  'published',
  'asOf',
  'recordedOn',
]);
const LONG_FIELDS = new Set(['text', 'note', 'internalNote', 'quote', 'term', 'description', 'summary', 'purpose']);

/** The node without its `null` alternative, and whether null is allowed. */
export function unwrap(node: JsonNode): { node: JsonNode; nullable: boolean } {
  if (node.anyOf) {
    const others = node.anyOf.filter((n) => n.type !== 'null');
    if (others.length === 1 && others.length < node.anyOf.length) return { node: { ...others[0]!, default: node.default }, nullable: true };
  }
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = node.type.filter((t) => t !== 'null');
    return { node: { ...node, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  return { node, nullable: false };
}

export function fieldKind(name: string, node: JsonNode): FieldKind {
  if (REF_FIELDS[name]) return node.type === 'array' ? 'refs' : 'ref';
  if (name === 'areas') return 'areas';
  if (name === 'country') return 'country';
  if (name === 'time') return 'time';
  if (DATE_FIELDS.has(name) && node.type === 'string') return 'date';
  if (node.enum) return 'enum';
  if (node.type === 'object') return node.properties ? 'object' : 'localized';
  if (node.type === 'array') return 'array';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'boolean') return 'boolean';
  return LONG_FIELDS.has(name) ? 'longtext' : 'text';
}

/** A blank value for a new record or a new list item, from the schema's defaults. */
export function emptyValue(raw: JsonNode, required = true): unknown {
  const { node, nullable } = unwrap(raw);
  if ('default' in raw && raw.default !== undefined) return structuredClone(raw.default);
  if (nullable) return null;
  if (!required) return undefined;
  if (node.enum) return node.enum[0];
  if (node.type === 'object') {
    if (!node.properties) return {};
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const v = emptyValue(child, node.required?.includes(key) ?? false);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (node.type === 'array') return [];
  if (node.type === 'boolean') return false;
  if (node.type === 'integer' || node.type === 'number') return 0;
  return '';
}

export type Path = (string | number)[];
export const pathKey = (path: readonly (string | number)[]) => path.join('.');

export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) v = v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[p];
  return v;
}

export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const container = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const child = setAt((container as Record<string | number, unknown>)[head!], rest, next);
  if (child === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head as string];
  else (container as Record<string | number, unknown>)[head!] = child;
  return container;
}
