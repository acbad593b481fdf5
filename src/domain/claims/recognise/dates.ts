import { createRequire } from 'node:module';
import type { DateMention } from '../text-dates.ts';

const require = createRequire(import.meta.url);
let chrono: typeof import('chrono-node') | undefined;
const chronoNode = () => (chrono ??= require('chrono-node') as typeof import('chrono-node'));

const pad = (n: number) => String(n).padStart(2, '0');
const ZH_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const monthOf = (word: string) => ZH_DIGITS[word] ?? Number(word);

/** The day a text was published, as a date at noon UTC, when it is known to the day. */
function referenceDay(published: string | null): Date | null {
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T12:00:00Z`) : null;
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const ZH_RELATIVE =
  /(去年|今年|前年|明年|次年|翌年|同年|当年)(?:([一二三四五六七八九十]{1,2}|\d{1,2})月(?:(\d{1,2})日)?)?|(本月|上月|上个月)(?:(\d{1,2})日)?|(昨天|昨日|今天|今日|前天|当天|当日)|(?<![\d年月])(\d{1,2})日(?!\d)/g;

/**
 * Chinese dates written against the publication date or the year the story was at: 去年5月,
 * 本月, 昨天下午, 次年3月 (the year after `storyYear`), 26日 (this month).
 */
export function chineseRelativeDates(text: string, published: string | null, storyYear: number | null): DateMention[] {
  const out: DateMention[] = [];
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const pubMonth = published && published.length >= 7 ? published.slice(0, 7) : null;
  const pubDay = published && published.length === 10 ? published : null;
  for (const m of text.matchAll(ZH_RELATIVE)) {
    let date: string | null = null;
    if (m[1]) {
      const offsets: Record<string, [number | null, number]> = {
        去年: [pubYear, -1],
        今年: [pubYear, 0],
        前年: [pubYear, -2],
        明年: [pubYear, 1],
        次年: [storyYear, 1],
        翌年: [storyYear, 1],
        同年: [storyYear, 0],
        当年: [storyYear, 0],
      };
      const [base, shift] = offsets[m[1]]!;
      if (base !== null) {
        const year = base + shift;
        date = m[2] ? `${year}-${pad(monthOf(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}` : String(year);
      }
    } else if (m[4] && pubMonth) {
      const month = m[4] === '本月' ? pubMonth : previousMonth(pubMonth);
      date = m[5] ? `${month}-${pad(Number(m[5]))}` : month;
    } else if (m[6] && pubDay) {
      const back: Record<string, number> = { 昨天: -1, 昨日: -1, 前天: -2, 今天: 0, 今日: 0, 当天: 0, 当日: 0 };
      date = shiftDays(pubDay, back[m[6]]!);
    } else if (m[7] && pubMonth) {
      const day = Number(m[7]);
      // A day after the publication's own is last month's.
      const month = pubDay && day > Number(pubDay.slice(8)) ? previousMonth(pubMonth) : pubMonth;
      if (day >= 1 && day <= 31) date = `${month}-${pad(day)}`;
    }
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const EN_STORY_YEAR = new RegExp(
  `\\b(?:(${MONTH_NAMES})\\s+(?:of\\s+)?)?(?:the\\s+(following|next|subsequent|same)|(that))\\s+year\\b|\\b(?:a|one)\\s+year\\s+(later)\\b`,
  'gi',
);

/**
 * English dates written against the year the story was at: 'the following year', 'in March of
 * the next year', 'that year', 'the same year', 'a year later'. 'Next year' without 'the' is the
 * publication's, and is not read here.
 */
export function englishStoryDates(text: string, storyYear: number | null): DateMention[] {
  if (storyYear === null) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(EN_STORY_YEAR)) {
    const year = storyYear + (m[2] && m[2].toLowerCase() !== 'same' ? 1 : m[4] ? 1 : 0);
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase().slice(0, 3)) + 1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, date: month ? `${year}-${pad(month)}` : String(year) });
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LAST_MONTH = /\b(last|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

const LAST_PERIOD = /\b(last|this|next|coming|past)\s+(year|month)\b/gi;

const DAY_WORDS = /\b(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
const RELATIVE = new RegExp(`${DAY_WORDS.source}|${LAST_MONTH.source}|${LAST_PERIOD.source}`, 'i');

/** English dates written against the publication day: 'last May', 'last year', 'this month', 'on Friday', 'yesterday', 'Tuesday'. */
export function englishRelativeDates(text: string, published: string | null): DateMention[] {
  const ref = referenceDay(published);
  if (!ref || !RELATIVE.test(text)) return [];
  const out: DateMention[] = [];
  // chrono reads 'last May' as no date: the last May before the publication day.
  for (const m of text.matchAll(LAST_MONTH)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase().slice(0, 3)) + 1;
    const pubMonth = ref.getUTCMonth() + 1;
    const year = ref.getUTCFullYear() - (m[1]!.toLowerCase() === 'last' ? (month >= pubMonth ? 1 : 0) : 0);
    out.push({ start: m.index, end: m.index + m[0].length, date: `${year}-${pad(month)}` });
  }
  // 'Last year', 'this month': the year or month before, or of, the publication day.
  for (const m of text.matchAll(LAST_PERIOD)) {
    const shift = { last: -1, past: -1, this: 0, next: 1, coming: 1 }[m[1]!.toLowerCase() as 'last' | 'past' | 'this' | 'next' | 'coming'];
    const at = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1));
    if (m[2]!.toLowerCase() === 'year') at.setUTCFullYear(at.getUTCFullYear() + shift);
    else at.setUTCMonth(at.getUTCMonth() + shift);
    const date = m[2]!.toLowerCase() === 'year' ? String(at.getUTCFullYear()) : at.toISOString().slice(0, 7);
    out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  // chrono reads a sentence slowly: only those that hold a weekday or a day named from today.
  if (!DAY_WORDS.test(text)) return out;
  for (const r of chronoNode().parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (!DAY_WORDS.test(r.text)) continue;
    const d = r.start.date();
    // A weekday in a report is the one before its day, unless the text says 'next'.
    if (d > ref && r.start.isCertain('weekday') && !/\bnext\b/i.test(r.text)) d.setUTCDate(d.getUTCDate() - 7);
    const ymd = d.toISOString().slice(0, 10);
    const precise = r.start.isCertain('day') || r.start.isCertain('weekday') || /yesterday|today/i.test(r.text);
    const date = precise ? ymd : r.start.isCertain('month') ? ymd.slice(0, 7) : ymd.slice(0, 4);
    if (!out.some((o) => r.index < o.end && o.start < r.index + r.text.length))
      out.push({ start: r.index, end: r.index + r.text.length, date });
  }
  return out;
}
