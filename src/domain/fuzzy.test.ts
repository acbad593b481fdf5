import { describe, expect, it } from 'vitest';
import { allowedEdits, deletionNeighbourhood, editDistance } from './edit-distance.ts';
import { phoneticKey } from './phonetic.ts';

describe('edit distance', () => {
  it.each([
    ['shenzhen', 'shenzen', 1],
    ['shenzhen', 'shenzhen', 0],
    ['kharbin', 'khaerbin', 1],
    ['moscow', 'mocsow', 1],
    ['poznan', 'posnan', 1],
    ['berlin', 'bern', 2],
    ['', 'abc', 3],
  ])('between %s and %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops past its bound', () => {
    expect(editDistance('shenzhen', 'moscow', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no edit below four letters, one below eight, two from eight', () => {
    expect([allowedEdits('bit'), allowedEdits('kazan'), allowedEdits('shenzhen')]).toEqual([0, 1, 2]);
  });

  it('finds near spellings through shared one-deletion keys', () => {
    const meet = (a: string, b: string) => deletionNeighbourhood(a).some((k) => deletionNeighbourhood(b).includes(k));
    expect(meet('shenzhen', 'shenzen')).toBe(true);
    expect(meet('shenzhen', 'shenxhen')).toBe(true);
    expect(meet('shenzhen', 'sehnzhen')).toBe(true);
    expect(meet('shenzhen', 'moscow')).toBe(false);
    expect(deletionNeighbourhood('abcdefghijklmnop')).toHaveLength(11);
  });
});

describe('phonetic keys', () => {
  it.each([
    ['yekaterinburg', 'jekaterinburg'],
    ['yekaterinburg', 'ekaterinburg'],
    ['sergeycheryomin', 'sergeicheriomin'],
    ['chaikovsky', 'tchaikovskii'],
    ['kharkov', 'harkov'],
    ['vladivostok', 'wladiwostok'],
    ['tsukuba', 'czukuba'],
    ['ossetia', 'osetia'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('keeps different names apart and leaves other scripts alone', () => {
    expect(phoneticKey('moscow')).not.toBe(phoneticKey('minsk'));
    expect(phoneticKey('москва')).toBeNull();
  });
});
