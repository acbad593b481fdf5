import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Names } from '@domain/common.ts';
import { PARTNERSHIP_TYPES, type Partnership, type PartnershipType } from '@records/partnership/partnership.schema.ts';
import { useAll } from '../../../api/queries.ts';
import { Field, SelectField } from '../../../components/fields.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';
import { PlaceFinder } from './place-finder.tsx';
import type { SigningDraft } from './signing-draft.ts';

/** One of the home's ties, with its partner's names. */
export interface HomeTie {
  tie: Partnership & { id: string };
  partner: Names | undefined;
}

/** The home's ties with their partners' names, for the tie a signing upgrades. */
export function useHomeTies(homeId: string | null): HomeTie[] {
  const ties = useAll<Partnership & { id: string }>('partnership', { place: homeId ?? '' }, Boolean(homeId));
  const places = useAll<{ id: string; names: Names }>('place', {}, Boolean(homeId));
  const names = new Map((places.data ?? []).map((p) => [p.id, p.names]));
  return (ties.data ?? []).map((tie) => ({ tie, partner: names.get(tie.placeAId === homeId ? tie.placeBId : tie.placeAId) }));
}

/** The tie the signing upgrades (one of the home's) or founds (with a partner found as in adding a partner, or new), and its type. */
export function SigningTieFields({
  draft,
  onChange: change,
  errors,
  homeId,
  homeName,
  ties,
}: {
  draft: SigningDraft;
  onChange(patch: Partial<SigningDraft>): void;
  errors: Record<string, string>;
  homeId: string | null;
  homeName: string;
  ties: HomeTie[];
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [query, setQuery] = useState('');
  return (
    <section aria-labelledby="flow-signing-tie-h" className="panel">
      <h2 id="flow-signing-tie-h">{t('signing.tie.title')}</h2>
      <fieldset className="choice">
        <legend>{t('signing.tie.how')}</legend>
        {(['upgrades', 'founds'] as const).map((effect) => (
          <label key={effect} htmlFor={`flow-effect-${effect}`}>
            <input
              type="radio"
              id={`flow-effect-${effect}`}
              name="flow-effect"
              checked={draft.effect === effect}
              onChange={() => change({ effect })}
            />{' '}
            {t(`signing.tie.effect.${effect}`, { home: homeName })}
          </label>
        ))}
      </fieldset>
      {draft.effect === 'upgrades' ? (
        <Field id="flow-tie" label={t('signing.tie.tie')} error={errors.tieId}>
          <select
            id="flow-tie"
            value={draft.tieId ?? ''}
            onChange={(e) => change({ tieId: e.target.value || null })}
            aria-invalid={errors.tieId ? true : undefined}
            aria-describedby={errors.tieId ? 'flow-tie-error' : undefined}
          >
            <option value="">{t('form.choose')}</option>
            {ties
              .map(({ tie, partner }) => ({
                id: tie.id,
                label: `${partner ? nameIn(partner, lang) : tie.id} — ${t(`type.${tie.type}`)}${
                  tie.established ? ` (${t('partner.since', { date: dateText(tie.established, lang) })})` : ''
                }`,
              }))
              .sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        </Field>
      ) : (
        <PlaceFinder
          homeId={homeId}
          query={query}
          onQuery={setQuery}
          found={draft.found}
          creating={draft.creating}
          newPlace={draft.newPlace}
          onFound={(found, creating) => change({ found, creating })}
          onNewPlace={(newPlace) => change({ newPlace })}
          errors={errors}
        />
      )}
      <SelectField<PartnershipType>
        id="flow-signing-type"
        label={draft.effect === 'upgrades' ? t('signing.tie.newType') : t('flows.tie.type')}
        value={draft.type}
        onChange={(type) => change({ type })}
        options={PARTNERSHIP_TYPES.filter((x) => x !== 'unknown')}
        optionLabel={(v) => t(`type.${v}`)}
      />
      {errors['tie.type'] ? <p className="field-error">{errors['tie.type']}</p> : null}
    </section>
  );
}
