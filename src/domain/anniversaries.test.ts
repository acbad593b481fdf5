import { describe, expect, it } from 'vitest';
import { addDays, parseSpan, roundAnniversaries } from './anniversaries.ts';

describe('round anniversaries in a window', () => {
  it('finds a day-precise anniversary across a month boundary', () => {
    expect(roundAnniversaries('2019-03-02', '2029-02-20', '2029-03-05')).toEqual([{ years: 10, on: '2029-03-02' }]);
    expect(roundAnniversaries('2019-03-02', '2029-03-03', '2029-05-01')).toEqual([]);
  });

  it('moves 29 February to 28 February in common years and keeps it in leap years', () => {
    expect(roundAnniversaries('2000-02-29', '2025-01-01', '2025-12-31')).toEqual([{ years: 25, on: '2025-02-28' }]);
    expect(roundAnniversaries('2000-02-29', '2020-02-01', '2020-03-01')).toEqual([{ years: 20, on: '2020-02-29' }]);
  });

  it('keeps a month-precise or year-only date at its precision', () => {
    expect(roundAnniversaries('1986-03', '2026-03-31', '2026-06-30')).toEqual([{ years: 40, on: '2026-03' }]);
    expect(roundAnniversaries('1986-03', '2026-04-01', '2026-06-30')).toEqual([]);
    expect(roundAnniversaries('1993', '2028-11-01', '2029-01-31')).toEqual([{ years: 35, on: '2028' }]);
  });

  it('counts only round years and none before the first', () => {
    expect(roundAnniversaries('2024-03-06', '2024-01-01', '2036-12-31').map((a) => a.years)).toEqual([5, 10]);
    expect(roundAnniversaries('2024-03-06', '2025-01-01', '2027-12-31')).toEqual([]);
    expect(roundAnniversaries('1949', '2024-01-01', '2024-12-31', 25)).toEqual([{ years: 75, on: '2024' }]);
  });

  it('reads spans and adds days across a leap day', () => {
    expect(parseSpan('90d')).toBe(90);
    expect(parseSpan('2w')).toBe(14);
    expect(parseSpan('1y')).toBe(365);
    expect(parseSpan('soon')).toBeNull();
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});
