import { describe, expect, it } from 'vitest';
import { readCountry } from './country-text.ts';
import { buildAdjacency, componentsOf, shortestPath, adamicAdar } from './graph-algorithms.ts';
import { readPlace } from './place-text.ts';
import { similarNames } from './similar.ts';

describe('country strings of the twin-town lists', () => {
  it.each([
    ['England', 'GB'],
    ['Scotland, United Kingdom', 'GB'],
    ['Georgia (country)', 'GE'],
    ['Republic of Ireland', 'IE'],
    ['Réunion, France', 'RE'],
    ['Åland Islands, Finland', 'AX'],
    ['Kosovo', 'XK'],
    ['Moldavia', 'MD'],
    ['in Italy', 'IT'],
    ['Brandenburg, Germany', 'DE'],
    ['Northern Cyprus', 'CY'],
    ['Island', 'IS'],
    ['Czech Republic', 'CZ'],
  ])('%s is %s', (text, code) => expect(readCountry(text)?.code).toBe(code));

  it('leaves a bare Georgia open between the country and the US state, and knows no Atlantis', () => {
    expect(readCountry('Georgia')).toEqual({ code: 'GE', alternatives: ['US'], subdivision: null });
    expect(readCountry('Atlantis')).toBeNull();
    expect(readCountry('')).toBeNull();
  });
});

describe('place strings', () => {
  it('takes qualifiers apart and keeps them', () => {
    expect(readPlace("Bao'an (Shenzhen)")).toMatchObject({ name: "Bao'an", parent: 'Shenzhen', unit: null });
    expect(readPlace('Dębica (rural gmina)')).toMatchObject({ name: 'Dębica', unit: 'rural gmina', kind: 'other', parent: null });
    expect(readPlace('Budapest XI – Újbuda')).toMatchObject({ name: 'Újbuda', parent: 'Budapest', alternatives: ['Budapest XI'] });
    expect(readPlace('Berlin – Mitte')).toMatchObject({ name: 'Mitte', parent: 'Berlin', alternatives: [] });
    expect(readPlace('Coventry, Connecticut')).toMatchObject({ name: 'Coventry', qualifier: 'Connecticut' });
    expect(readPlace('Biel/Bienne').alternatives).toEqual(['Biel', 'Bienne']);
    expect(readPlace('Prague 1')).toMatchObject({ name: 'Prague 1', parent: 'Prague' });
    expect(readPlace('Leighton–Linslade')).toMatchObject({ name: 'Leighton–Linslade', parent: null });
  });

  it('knows spellings of one name from different names', () => {
    expect(similarNames('Nuremberg', 'Nürnberg')).toBe(true);
    expect(similarNames('Frankfurt', 'Frankfurt am Main')).toBe(true);
    expect(similarNames('Prague 1', 'Prague')).toBe(false);
    expect(similarNames('Lyon', 'Lens')).toBe(false);
  });
});

describe('graph algorithms', () => {
  // 0–1–2–3, 0–4–3, 5–6
  const g = buildAdjacency(7, [
    [0, 1],
    [1, 2],
    [2, 3],
    [0, 4],
    [4, 3],
    [5, 6],
  ]);
  it('finds a shortest path from both ends', () => {
    expect(shortestPath(g, 0, 3)).toEqual([0, 4, 3]);
    expect(shortestPath(g, 1, 4)).toHaveLength(3);
    expect(shortestPath(g, 0, 6)).toBeNull();
    expect(shortestPath(g, 2, 2)).toEqual([2]);
  });
  it('numbers components', () => {
    const c = componentsOf(g);
    expect(c.count).toBe(2);
    expect(c.of[6]).toBe(c.of[5]);
  });
  it('scores Adamic–Adar over shared neighbours', () => {
    const scores = adamicAdar(g, 0, new Set([1, 4]));
    expect([...scores.keys()]).toEqual([2, 3]);
    expect(scores.get(3)!.score).toBeCloseTo(1 / Math.log(2));
    expect(scores.get(3)!.via).toEqual([4]);
  });
});
