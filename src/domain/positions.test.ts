import { describe, expect, it } from 'vitest';
import { titleOn, type HeldPosition } from './positions.ts';

const positions: HeldPosition[] = [
  { title: { en: 'Deputy Mayor', zh: '副市长' }, from: '2016', to: '2021-05' },
  { title: { en: 'Mayor', zh: '市长' }, from: '2021-06-01', to: null },
  { title: { en: 'Council member' }, from: null, to: '2010' },
];

describe('the title a person held on a date', () => {
  it('is the position held then, the one begun last when several were', () => {
    expect(titleOn(positions, '2018-03-01')).toEqual({ en: 'Deputy Mayor', zh: '副市长' });
    expect(titleOn(positions, '2024-03')).toEqual({ en: 'Mayor', zh: '市长' });
    // June 2021 overlaps both: the later one is taken.
    expect(titleOn(positions, '2021-06')?.en).toBe('Mayor');
    // A year that both positions touch: the later one, begun by then.
    expect(titleOn(positions, '2021')?.en).toBe('Mayor');
    expect(titleOn(positions, '2009')?.en).toBe('Council member');
  });

  it('is null when no position was held on the date', () => {
    expect(titleOn(positions, '2012-01-01')).toBeNull();
    expect(titleOn([], '2024')).toBeNull();
  });

  it('without a date, is the position held now', () => {
    expect(titleOn(positions, null)).toEqual({ en: 'Mayor', zh: '市长' });
    expect(titleOn(positions.slice(0, 1), null)).toBeNull();
  });
});
