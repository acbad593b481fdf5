import { describe, expect, it } from 'vitest';
import {
  addYears,
  compareDates,
  earliestDay,
  formatPreciseDate,
  isCertainlyOnOrBefore,
  isPossiblyOnOrBefore,
  latestDay,
  precisionOf,
  preciseDateProblem,
  PreciseDateSchema,
} from './precise-date.ts';

describe('precise dates', () => {
  it('keep their precision', () => {
    expect(precisionOf('1986')).toBe('year');
    expect(precisionOf('1986-03')).toBe('month');
    expect(precisionOf('1986-03-06')).toBe('day');
  });

  it.each([
    ['1993', '1993-01-01', '1993-12-31'],
    ['1993-07', '1993-07-01', '1993-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2024-03-06', '2024-03-06', '2024-03-06'],
  ])('%s spans %s to %s', (date, first, last) => {
    expect(earliestDay(date)).toBe(first);
    expect(latestDay(date)).toBe(last);
  });

  it('count as of a day only when certainly on or before it', () => {
    expect(isCertainlyOnOrBefore('1993', '1993-12-30')).toBe(false);
    expect(isCertainlyOnOrBefore('1993', '1993-12-31')).toBe(true);
    expect(isCertainlyOnOrBefore('1993-07', '1993-07-30')).toBe(false);
    expect(isCertainlyOnOrBefore('1993-07', '1993-07-31')).toBe(true);
    expect(isPossiblyOnOrBefore('1993', '1993-01-01')).toBe(true);
  });

  it.each(['2024-13', '2024-02-30', '2023-02-29', '24-03-01', '', 'c.2017'])('reject %j', (bad) => {
    expect(preciseDateProblem(bad)).not.toBeNull();
    expect(PreciseDateSchema.safeParse(bad).success).toBe(false);
  });

  it.each([
    ['2024/03/01', '2024-03-01'],
    ['2024-3', '2024-03'],
  ])('store %j, a date as a person writes it, in its precise form', (written, stored) => {
    expect(preciseDateProblem(written)).not.toBeNull();
    expect(PreciseDateSchema.parse(written)).toBe(stored);
  });

  it('accept 29 February in leap years', () => {
    expect(preciseDateProblem('2024-02-29')).toBeNull();
  });

  it('order by first day, less precise first', () => {
    expect(['1986-04', '1986', '1985-12-31', '1986-03-06'].sort(compareDates)).toEqual(['1985-12-31', '1986', '1986-03-06', '1986-04']);
  });

  it('add years keeping precision and clamping 29 February', () => {
    expect(addYears('1986', 40)).toBe('2026');
    expect(addYears('1986-03', 40)).toBe('2026-03');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('read in Chinese and English at their precision', () => {
    expect(formatPreciseDate('1986', 'zh')).toBe('1986年');
    expect(formatPreciseDate('1986-03', 'zh')).toBe('1986年3月');
    expect(formatPreciseDate('2024-03-06', 'zh')).toBe('2024年3月6日');
    expect(formatPreciseDate('1986-03', 'en')).toBe('March 1986');
    expect(formatPreciseDate('2024-03-06', 'en')).toBe('6 March 2024');
  });
});
