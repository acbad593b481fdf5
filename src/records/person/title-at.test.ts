import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at.ts';

const POSITIONS = [
  { title: { en: 'Deputy Mayor', zh: '副市长' }, from: '2015-03', to: '2019-12-31' },
  { title: { en: 'Mayor', zh: '市长' }, from: '2020-01-02', to: null },
];

describe('the title a person held on a date', () => {
  it('picks the position held on that day, at the precision the date was written', () => {
    expect(titleAt(POSITIONS, '2018-06-01')).toEqual({ en: 'Deputy Mayor', zh: '副市长' });
    expect(titleAt(POSITIONS, '2024-03-06')).toEqual({ en: 'Mayor', zh: '市长' });
    // A year that both positions touch: the later one, begun by then.
    expect(titleAt(POSITIONS, '2020')).toEqual({ en: 'Mayor', zh: '市长' });
  });

  it('without a date, gives the position held now, and nothing when none fits', () => {
    expect(titleAt(POSITIONS, null)).toEqual({ en: 'Mayor', zh: '市长' });
    expect(titleAt(POSITIONS, '2010')).toEqual({});
    expect(titleAt([], '2024')).toEqual({});
  });
});
