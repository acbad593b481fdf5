import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.ts';

const gazetteer = new Gazetteer([
  { kind: 'place', id: 'brisbane', name: '布里斯班', alias: false },
  { kind: 'place', id: 'lyon', name: '里昂', alias: false },
]);
const found = (text: string) => gazetteer.find(text).map((m) => [m.id, m.text, m.viaAlias]);

describe('Chinese names in a text', () => {
  it('finds a foreign name written with another character of the same sound, as another spelling', () => {
    expect(found('布利斯班市代表团到访')).toEqual([['brisbane', '布利斯班', true]]);
    expect(found('布里斯班市代表团到访')).toEqual([['brisbane', '布里斯班', false]]);
  });

  it('matches a two-character name only as written', () => {
    expect(found('利昂代表团到访')).toEqual([]);
  });
});
