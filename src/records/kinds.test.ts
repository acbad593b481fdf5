import { describe, expect, it } from 'vitest';
import { ENTITY_COLLECTIONS, ENTITY_KINDS, KINDS, kindOfId, REF_FIELDS, SPECS } from './kinds.ts';

describe('the table of kinds', () => {
  it('files each spec under its own kind', () => {
    for (const [key, spec] of Object.entries(KINDS)) expect(spec.kind).toBe(key);
    expect(ENTITY_KINDS).toEqual(Object.keys(KINDS));
  });

  it('gives each kind its own id prefix, collection and table', () => {
    for (const field of ['prefix', 'collection', 'table'] as const) {
      const values = ENTITY_KINDS.map((kind) => SPECS[kind][field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    expect(ENTITY_COLLECTIONS.person).toBe('people');
    expect(kindOfId('pe_123')).toBe('person');
    expect(kindOfId('xx_123')).toBeNull();
  });

  it('names the same kind wherever two kinds share a reference field', () => {
    for (const kind of ENTITY_KINDS) {
      for (const [field, target] of Object.entries(SPECS[kind].refFields)) expect(REF_FIELDS[field], `${kind}.${field}`).toBe(target);
    }
  });

  it('lists and sorts by date only where a kind has a date column', () => {
    for (const kind of ENTITY_KINDS) {
      const { filters, dateColumn } = SPECS[kind].list;
      if (filters.includes('from') || filters.includes('to')) expect(dateColumn, kind).toBeDefined();
    }
  });
});
