import { useTranslation } from 'react-i18next';
import { CheckField, Field, InputField, SelectField } from '../../../components/fields.tsx';
import { RefPicker } from '../../../components/ref-picker.tsx';
import { DateHint } from '../../../components/schema-form.tsx';
import { SIGNING_KINDS, type SigningDraft, type SigningKind } from './signing-draft.ts';

/** The agreement signed: its kind, date as written, titles in Chinese and English, place of signing, and whether it is internal. */
export function AgreementFields({
  draft,
  onChange: change,
  errors,
}: {
  draft: SigningDraft;
  onChange(patch: Partial<SigningDraft>): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="flow-agreement-h" className="panel">
      <h2 id="flow-agreement-h">{t('signing.agreement.title')}</h2>
      <div className="row">
        <SelectField<SigningKind>
          id="flow-kind"
          label={t('signing.agreement.kind')}
          value={draft.kind}
          onChange={(kind) => change({ kind })}
          options={SIGNING_KINDS}
          optionLabel={(k) => t(`agreementKind.${k}`)}
        />
        <Field id="flow-signed-on" label={t('signing.agreement.signedOn')} error={errors.signedOn}>
          <input
            id="flow-signed-on"
            value={draft.signedOn}
            onChange={(e) => change({ signedOn: e.target.value })}
            aria-invalid={errors.signedOn ? true : undefined}
            aria-describedby={errors.signedOn ? 'flow-signed-on-error' : 'flow-signed-on-read'}
          />
          {errors.signedOn ? null : <DateHint id="flow-signed-on-read" text={draft.signedOn} />}
        </Field>
      </div>
      <div className="row">
        <InputField
          id="flow-title-zh"
          label={t('signing.agreement.titleZh')}
          value={draft.titleZh}
          onChange={(titleZh) => change({ titleZh })}
          lang="zh-CN"
          error={errors.titles}
        />
        <InputField
          id="flow-title-en"
          label={t('signing.agreement.titleEn')}
          value={draft.titleEn}
          onChange={(titleEn) => change({ titleEn })}
          lang="en"
        />
      </div>
      <Field id="flow-signed-at" label={t('signing.agreement.signedAt')} error={errors.signedAtPlaceId}>
        <RefPicker
          id="flow-signed-at"
          kind="place"
          value={draft.signedAtPlaceId}
          onChange={(signedAtPlaceId) => change({ signedAtPlaceId })}
        />
      </Field>
      <CheckField
        id="flow-agreement-internal"
        label={t('signing.agreement.internal')}
        checked={draft.visibility === 'internal'}
        onChange={(on) => change({ visibility: on ? 'internal' : 'public' })}
      />
    </section>
  );
}
