import { z } from 'zod';
import { coded } from './issue-codes.ts';
import { calendarProblem, daysInMonth, normaliseWrittenDate, parseWrittenDate } from './written-date.ts';

/**
 * A calendar date that keeps the precision its source gave: `1986`, `1986-03`
 * and `1986-03-06` are three different values. Comparisons ask whether a date
 * is *certainly* on or before a day, which for `1993` means from 1993-12-31.
 */
export type PreciseDate = string;
export type Precision = 'year' | 'month' | 'day';

/** A full day, `YYYY-MM-DD`. */
export type Day = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Why a string is not a precise date, with its issue code: not written as one, or a day that never was. */
export function preciseDateIssue(value: string): { code: 'date_format' | 'date_invalid'; message: string } | null {
  const m = PATTERN.exec(value);
  if (!m) return { code: 'date_format', message: `'${value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const problem = calendarProblem(Number(m[1]), num(m[2]), num(m[3]));
  return problem ? { code: 'date_invalid', message: `'${value}' ${problem}` } : null;
}

/** Why a string is not a precise date, or null when it is one. */
export function preciseDateProblem(value: string): string | null {
  return preciseDateIssue(value)?.message ?? null;
}

export function isPreciseDate(value: string): boolean {
  return preciseDateProblem(value) === null;
}

/**
 * A precise date, which a person may write in any of the forms `parseWrittenDate` reads
 * (`2017/6/16`, `2017年6月`, `16 June 2017` …): the value stored is the precise form.
 */
export const PreciseDateSchema = z
  .string()
  .overwrite(normaliseWrittenDate)
  .superRefine((value, ctx) => {
    const read = parseWrittenDate(value);
    if (!read.ok) ctx.addIssue({ code: 'custom', ...coded(read.code, read.message) });
  });

export const DaySchema = PreciseDateSchema.refine((v) => precisionOf(v) === 'day', coded('full_date', 'a full date YYYY-MM-DD is needed'));

export function precisionOf(date: PreciseDate): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The first day the date can mean. */
export function earliestDay(date: PreciseDate): Day {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day the date can mean: `1993` → `1993-12-31`, `2024-02` → `2024-02-29`. */
export function latestDay(date: PreciseDate): Day {
  const [y, m, d] = date.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d === undefined) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return date;
}

/** True when every day the date can mean is on or before `day`. */
export function isCertainlyOnOrBefore(date: PreciseDate, day: Day): boolean {
  return latestDay(date) <= day;
}

/** True when some day the date can mean is on or before `day`. */
export function isPossiblyOnOrBefore(date: PreciseDate, day: Day): boolean {
  return earliestDay(date) <= day;
}

/** Orders by first possible day, then the less precise first. */
export function compareDates(a: PreciseDate, b: PreciseDate): number {
  const ea = earliestDay(a);
  const eb = earliestDay(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.length - b.length;
}

/** Null-safe ordering that puts unknown dates last. */
export function compareNullableDates(a: PreciseDate | null, b: PreciseDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareDates(a, b);
}

export function yearOf(date: PreciseDate): number {
  return Number(date.slice(0, 4));
}

export function todayUtc(now: Date = new Date()): Day {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

/** Adds whole years to a precise date, keeping its precision (29 February becomes 28 February). */
export function addYears(date: PreciseDate, years: number): PreciseDate {
  const [y, m, d] = date.split('-');
  const year = pad(Number(y) + years, 4);
  if (m === undefined) return year;
  if (d === undefined) return `${year}-${m}`;
  const day = Math.min(Number(d), daysInMonth(Number(year), Number(m)));
  return `${year}-${m}-${pad(day)}`;
}

/** A date written for people: `1986`, `1986年3月`, `March 1986`, `6 March 2024`. */
export function formatPreciseDate(date: PreciseDate, lang: 'zh' | 'en' | 'ru'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (lang === 'zh') {
    return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  }
  if (m === undefined) return String(y);
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}
