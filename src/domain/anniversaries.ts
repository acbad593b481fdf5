import { addYears, earliestDay, latestDay, yearOf, type Day, type PreciseDate } from './precise-date.ts';

export interface Anniversary {
  years: number;
  /** The anniversary at the precision of the date it counts from: a day, a month or a year. */
  on: PreciseDate;
}

/**
 * The round anniversaries (every `every` years) of a date that fall in a window, kept at the
 * date's precision: a tie of `1986-03` has its 40th in `2026-03`; one of 29 February has it on
 * 28 February in common years; one dated only `1993` has its 35th at some time in 2028.
 */
export function roundAnniversaries(since: PreciseDate, from: Day, to: Day, every = 5): Anniversary[] {
  const out: Anniversary[] = [];
  const start = yearOf(since);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const years = year - start;
    if (years <= 0 || years % every !== 0) continue;
    const on = addYears(since, years);
    if (earliestDay(on) <= to && latestDay(on) >= from) out.push({ years, on });
  }
  return out;
}

const DAY_MS = 86_400_000;

/** The day `days` after a day. */
export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A span written as `90d`, `12w`, `6m` or `1y`, in days. */
export function parseSpan(text: string): number | null {
  const m = /^(\d{1,4})\s*([dwmy])$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return { d: n, w: 7 * n, m: Math.round(30.44 * n), y: Math.round(365.25 * n) }[m[2]!.toLowerCase() as 'd' | 'w' | 'm' | 'y'];
}
