import { describe, expect, it } from 'vitest';
import type { ExtractedClaim, Normalised } from '../../domain/claims/types.ts';
import { onePerFact } from './one-per-fact.ts';

const at = (start: number, paragraph: number, normalised: Normalised): ExtractedClaim => ({
  text: 'x',
  start,
  end: start + 10,
  paragraph,
  lang: 'en',
  normalised,
});
const tie = (date: string | null, places: [string | null, string | null] = ['a', 'b']): Normalised => ({
  kind: 'relationship',
  placeIds: places,
  placeNames: ['A', places[1] ? 'B' : ''],
  type: 'sister_city',
  typeWords: 'sister city',
  date,
  areas: [],
});
const plain = [{ text: 'one' }, { text: 'two' }, { text: 'three' }];

describe('one claim per fact', () => {
  it('keeps a headline without a date and the body with it as one tie, read as the fuller one', () => {
    const [one, ...rest] = onePerFact([at(0, 0, tie(null)), at(40, 1, tie('1986-03'))], plain);
    expect(rest).toHaveLength(0);
    expect(one!.spans).toHaveLength(2);
    expect(one!.normalised).toMatchObject({ date: '1986-03' });
  });

  it('keeps two dates that disagree as two claims, so each is checked', () => {
    expect(onePerFact([at(0, 0, tie('1985')), at(40, 1, tie('1986'))], plain)).toHaveLength(2);
  });

  it('reads a tie whose second place the sentence left out as the tie that names both', () => {
    expect(onePerFact([at(0, 1, tie('1979')), at(40, 2, tie(null, ['a', null]))], plain)).toHaveLength(1);
  });

  it('keeps two people the registry lacks apart though their titles are the same', () => {
    const person = (written: string): Normalised => ({
      kind: 'person',
      personId: '',
      title: 'Mayor',
      titleLang: 'en',
      viaAlias: true,
      written,
    });
    expect(onePerFact([at(0, 0, person('Ann Lee')), at(40, 1, person('Bo Wu'))], plain)).toHaveLength(2);
  });

  it('reads an event of a paragraph and its translation as one, and two events of the body on unknown days as two', () => {
    const event = (placeIds: string[]): Normalised => ({
      kind: 'event',
      what: 'named_event',
      name: placeIds.join(),
      placeIds,
      personIds: [],
      date: null,
    });
    const pairs = [{ text: 'headline' }, { text: 'zh', pairedWith: 2 }, { text: 'en', pairedWith: 1 }, { text: 'more' }];
    expect(onePerFact([at(20, 1, event(['a'])), at(40, 2, event(['a', 'b']))], pairs)).toHaveLength(1);
    expect(onePerFact([at(20, 1, event(['a'])), at(60, 3, event(['a', 'b']))], pairs)).toHaveLength(2);
  });
});
