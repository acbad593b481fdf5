import type { TFunction } from 'i18next';
import { pickName } from '@domain/common.ts';
import { formatPreciseDate, isPreciseDate } from '@domain/precise-date.ts';

// Kept free of the app's i18n module, so that the tests of pure helpers can load this one.
type Lang = 'zh' | 'en';
const dateText = (date: string, lang: Lang) => formatPreciseDate(date, lang);

/** Fields whose values are keys of the one catalogue of labels. */
const LABELLED: Record<string, string> = { type: 'type', status: 'status', kind: 'value' };

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * A fact's value as people read it, never as a data structure: dates at their own precision,
 * types and statuses by their labels, a text in several languages in the reader's, a list item by
 * item, a step of a tie's history as what happened and when.
 */
export function factValueText(field: string, value: unknown, t: TFunction, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  const last = field.split('.').at(-1) ?? field;
  if (Array.isArray(value)) return value.map((v) => factValueText(field, v, t, lang)).join(t('facts.listJoin'));
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (isText(o.kind) && ('date' in o || 'type' in o)) {
      const when = isText(o.date) ? dateText(o.date, lang) : t('common.unknownDate');
      return `${t(`history.${o.kind}`)} ${when}`;
    }
    const texts = Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => isText(e[1])));
    return Object.keys(texts).length ? pickName(texts, lang) : t('facts.structured');
  }
  const text = String(value);
  if (LABELLED[last]) return t(`${LABELLED[last]}.${text}`, { defaultValue: text });
  return isPreciseDate(text) ? dateText(text, lang) : text;
}

/** A fact's name as people read it: 'Positions › 2 › Title', 'Names › English'. */
export function factLabel(field: string, t: TFunction): string {
  return field
    .split('.')
    .map((p) =>
      /^\d+$/.test(p) ? String(Number(p) + 1) : ['zh', 'en', 'ru'].includes(p) ? t(`lang.${p}`) : t(`field.${p}`, { defaultValue: p }),
    )
    .join(' › ');
}
