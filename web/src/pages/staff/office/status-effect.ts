import type { TFunction } from 'i18next';
import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import type { StatusEffectAnswer } from '../../../api/flows.ts';
import type { UiLang } from '../../../i18n/index.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';

/**
 * What a status change does to the public figures of the tie's home place, in words:
 * 'Partners of Shenzhen in the public figures on 7 December 2026: 42 → 41; sister cities 12 → 11.'
 */
export function statusEffectText(effect: StatusEffectAnswer, t: TFunction, lang: UiLang): string {
  const { before, after } = effect;
  const words = { home: nameIn(effect.homeNames, lang), date: dateText(effect.asOf, lang) };
  const changes = [
    before.places !== after.places ? t('office.status.effect.places', { before: before.places, after: after.places }) : null,
    before.countries !== after.countries ? t('office.status.effect.countries', { before: before.countries, after: after.countries }) : null,
    ...PARTNERSHIP_TYPES.map((type) =>
      before.byType[type] !== after.byType[type]
        ? t('office.status.effect.type', { type: t(`type.${type}`), before: before.byType[type], after: after.byType[type] })
        : null,
    ),
  ].filter((c): c is string => c !== null);
  if (changes.length === 0) return t('office.status.effect.none', words);
  return t('office.status.effect.changes', { ...words, changes: changes.join(t('office.status.effect.join')) });
}
