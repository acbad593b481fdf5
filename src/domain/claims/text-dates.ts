import { isPreciseDate, type PreciseDate } from '../precise-date.ts';

export interface DateMention {
  start: number;
  end: number;
  date: PreciseDate;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const monthNumber = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Dates written in a Chinese or English sentence, at the precision written: `2024年3月6日`,
 * `3月6日`, `3月` and `6 March` (in the text's year), `March 2024`, `2022年`, `in 1994`, `2017 marked`.
 */
export function findDates(text: string, contextYear: number | null): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, date: string) => {
    if (isPreciseDate(date) && !out.some((d) => start < d.end && d.start < end)) out.push({ start, end, date });
  };
  const rules: [RegExp, (m: RegExpMatchArray) => string | null][] = [
    // A span of days ('6月28日至7月10日', '9月13日至23日'): what happened in it is dated by the month they share, else the year.
    [
      /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:至|到|—|–|~|－)\s*(?:\d{4}\s*年\s*)?(?:(\d{1,2})\s*月\s*)?\d{1,2}\s*日/g,
      (m) => {
        const year = m[1] ?? (contextYear ? String(contextYear) : null);
        if (!year) return null;
        return !m[4] || Number(m[4]) === Number(m[2]) ? `${year}-${pad(m[2]!)}` : year;
      },
    ],
    [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [/(\d{4})\s*年\s*(\d{1,2})\s*月/g, (m) => `${m[1]}-${pad(m[2]!)}`],
    [/(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => (contextYear ? `${contextYear}-${pad(m[1]!)}-${pad(m[2]!)}` : null)],
    // A month alone is of the text's year: '3月，两市签署…'; not a count of months ('3个月').
    [/(?<![\d年])(\d{1,2})\s*月(?!\s*\d|份?\s*\d)/g, (m) => (contextYear && Number(m[1]) <= 12 ? `${contextYear}-${pad(m[1]!)}` : null)],
    [/(?<!\d)(\d{4})\s*年(?!\d)/g, (m) => m[1]!],
    [new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s*,?\\s*(\\d{4})\\b`, 'gi'), (m) => `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(m[1]!)}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'), (m) => `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(m[2]!)}`],
    [
      new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?![a-z])`, 'gi'),
      (m) => (contextYear ? `${contextYear}-${pad(monthNumber(m[2]!))}-${pad(m[1]!)}` : null),
    ],
    [
      new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?!\\d)`, 'gi'),
      (m) => (contextYear ? `${contextYear}-${pad(monthNumber(m[1]!))}-${pad(m[2]!)}` : null),
    ],
    [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => `${m[2]}-${pad(monthNumber(m[1]!))}`],
    [/\b(?:in|since|from|of)\s+((?:19|20)\d{2})\b/gi, (m) => m[1]!],
    [/(?<![\d.])((?:19|20)\d{2})(?=,)/g, (m) => m[1]!],
    // A year as the subject: '2017 marked the 25th anniversary'.
    [/(?<![\d.,])((?:19|20)\d{2})\s+(?=(?:marked|marks|saw|sees|was|is|will (?:be|mark|see)|brought|celebrated)\b)/g, (m) => m[1]!],
  ];
  for (const [re, toDate] of rules) {
    for (const m of text.matchAll(re)) {
      const date = toDate(m);
      if (date) add(m.index, m.index + m[0].length, date);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
