import { describe, expect, it } from 'vitest';
import { titleAt, titleOn, type HeldPosition } from './positions.ts';

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
    expect(titleOn(positions, '2009')?.en).toBe('Council member');
  });

  it('is null when no position was held on the date', () => {
    expect(titleOn(positions, '2012-01-01')).toBeNull();
    expect(titleOn([], '2024')).toBeNull();
  });
});

describe('the title a delegation member is given', () => {
  it('is the one held on the visit’s date, at the precision the date was written', () => {
    expect(titleAt(positions, '2018-06-01')).toEqual({ en: 'Deputy Mayor', zh: '副市长' });
    expect(titleAt(positions, '2024-03-06')).toEqual({ en: 'Mayor', zh: '市长' });
    // A year that both positions touch: the later one, begun by then.
    expect(titleAt(positions, '2021')).toEqual({ en: 'Mayor', zh: '市长' });
  });

  it('without a date, is the position held now, and empty when none fits', () => {
    expect(titleAt(positions, null)).toEqual({ en: 'Mayor', zh: '市长' });
    expect(titleAt(positions.slice(0, 1), null)).toEqual({});
    expect(titleAt(positions, '2012')).toEqual({});
    expect(titleAt([], '2024')).toEqual({});
  });
});
