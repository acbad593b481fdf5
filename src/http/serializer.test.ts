import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../services/versioned-cache.ts';
import { serialize } from './serializer.ts';

describe('serialize', () => {
  it('writes an answer that may change afresh each time', () => {
    const answer = { items: [{ id: 'a' }] };
    expect(serialize(answer)).toBe('{"items":[{"id":"a"}]}');
    answer.items.push({ id: 'b' });
    expect(serialize(answer)).toBe('{"items":[{"id":"a"},{"id":"b"}]}');
  });

  it('writes a frozen answer once and reuses the same text', () => {
    const answer = deepFreeze({ items: [{ id: 'a', names: { en: 'A' } }], nextCursor: null });
    expect(Object.isFrozen(answer.items[0]!.names)).toBe(true);
    const first = serialize(answer);
    expect(JSON.parse(first)).toEqual(answer);
    expect(serialize(answer)).toBe(first);
    expect(() => answer.items.push({ id: 'b', names: { en: 'B' } })).toThrow(TypeError);
  });

  it('writes plain values as JSON does', () => {
    expect([serialize(null), serialize('x'), serialize(3)]).toEqual(['null', '"x"', '3']);
  });
});
