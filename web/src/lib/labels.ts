import { pickName, type LocalizedText, type Names } from '@domain/common.ts';
import { countryName as isoCountryName } from '@domain/countries.ts';
import { label } from '@domain/labels.ts';
import { formatPreciseDate } from '@domain/precise-date.ts';
import { parseWrittenDate } from '@domain/written-date.ts';
import type { UiLang } from '../i18n/index.ts';

export const nameIn = (names: Names | LocalizedText | undefined | null, lang: UiLang | 'ru') => (names ? pickName(names, lang) : '');

/** The name in the other UI language, when it differs: shown beside the main one. */
export function otherName(names: Names | undefined, lang: UiLang): string | null {
  if (!names) return null;
  const other = lang === 'zh' ? names.en : names.zh;
  return other && other !== nameIn(names, lang) ? other : null;
}

export const countryName = (code: string, lang: UiLang) => isoCountryName(code, lang);

export const dateText = (date: string | null | undefined, lang: UiLang) => (date ? formatPreciseDate(date, lang) : '');

/** What a typed date was read as, in words, with its precision; or, when it is no date, the issue code that says why. */
export function understoodDate(text: string, lang: UiLang): { date: string; precision: string } | { code: 'date_format' | 'date_invalid' } {
  const read = parseWrittenDate(text);
  if (!read.ok) return { code: read.code };
  return { date: formatPreciseDate(read.date, lang), precision: label('precision', read.precision, lang) };
}

export { TYPE_COLORS } from '@domain/labels.ts';
