import type { PreciseDate, Precision } from './precise-date.ts';

/**
 * Dates as people write them, read into a precise date at the precision they were written
 * with: `2017-06-16`, `2017/6/16`, `2017年6月16日`, `16 June 2017`, `June 16, 2017` are one day;
 * `2017-06`, `2017/6`, `2017年6月`, `June 2017` one month; `2017`, `2017年` one year.
 *
 * Browser-safe, and free of runtime imports so that precise-date.ts can build its schema on it.
 */

export type WrittenDate =
  | { ok: true; date: PreciseDate; precision: Precision }
  | { ok: false; code: 'date_format' | 'date_invalid'; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's English name, whole or shortened to three letters (and `Sept`), as a number. */
function monthNamed(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)) || (w === 'sept' && m === 'september'));
  return i === -1 ? null : i + 1;
}

const NUMERIC = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/;
const CHINESE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const MONTH_YEAR = /^([a-z]+\.?),? (\d{4})$/i;

const FORMS = 'write 2017-06-16, 2017/6/16, 2017年6月16日, 16 June 2017, June 2017, 2017年6月, 2017-06 or 2017';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Why a year, month and day make no date (`has no month 13`), or null when they make one. */
export function calendarProblem(year: number, month?: number, day?: number): string | null {
  if (year < 1) return 'has no year';
  if (month === undefined) return null;
  if (month < 1 || month > 12) return `has no month ${month}`;
  if (day === undefined) return null;
  const last = daysInMonth(year, month);
  const name = MONTHS[month - 1]!;
  if (day < 1 || day > last) return `has no day ${day}: ${name.charAt(0).toUpperCase()}${name.slice(1)} ${year} has ${last} days`;
  return null;
}

/** The parts of the text, or null when it is written in none of the forms. */
function partsOf(text: string): { year: number; month?: number; day?: number } | { unknownMonth: string } | null {
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  let m = NUMERIC.exec(text) ?? CHINESE.exec(text.replace(/ /g, ''));
  if (m) {
    const numeric = m[0].includes('年') ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
    return { year: Number(numeric[0]), month: num(numeric[1]), day: num(numeric[2]) };
  }
  const named = (word: string, year: string, day?: string) => {
    const month = monthNamed(word);
    return month === null ? { unknownMonth: word } : { year: Number(year), month, day: num(day) };
  };
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return named(m[2]!, m[3]!, m[1]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return named(m[1]!, m[3]!, m[2]);
  m = MONTH_YEAR.exec(text);
  if (m) return named(m[1]!, m[2]!);
  return null;
}

/** Reads a date as a person wrote it; full-width digits and extra spaces are forgiven. */
export function parseWrittenDate(written: string): WrittenDate {
  const text = written.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const parts = partsOf(text);
  if (parts === null) return { ok: false, code: 'date_format', message: `'${written}' is not a date: ${FORMS}` };
  if ('unknownMonth' in parts) {
    return { ok: false, code: 'date_format', message: `'${written}' names no month ('${parts.unknownMonth}'): ${FORMS}` };
  }
  const { year, month, day } = parts;
  const problem = calendarProblem(year, month, day);
  if (problem) return { ok: false, code: 'date_invalid', message: `'${written}' ${problem}` };
  const date = [pad(year, 4), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');
  return { ok: true, date, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

/** The precise date a person's text means, or the text unchanged when it means none (for a schema to refuse). */
export function normaliseWrittenDate(written: string): string {
  const read = parseWrittenDate(written);
  return read.ok ? read.date : written;
}
