import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@records/person/person.schema.ts';
import { titleOn } from '@domain/positions.ts';
import { parseWrittenDate } from '@domain/written-date.ts';
import { useRecord } from '../../../api/queries.ts';
import { CheckField, Field, InputField, SelectField } from '../../../components/fields.tsx';
import { RefPicker } from '../../../components/ref-picker.tsx';
import { emptySigner, type Side, type SignerDraft } from './signing-draft.ts';

interface Props {
  signers: SignerDraft[];
  signedOn: string;
  homeName: string;
  partnerName: string;
  onChange(signers: SignerDraft[]): void;
  errors: Record<string, string>;
}

/** One who signed: a person of the registry or a new one, the side signed for, and the title held that day. */
function SignerFields({
  signer,
  n,
  signedOn,
  sides,
  onChange,
  onRemove,
  error,
}: {
  signer: SignerDraft;
  n: number;
  signedOn: string;
  sides: Record<Side, string>;
  onChange(patch: Partial<SignerDraft>): void;
  onRemove: (() => void) | null;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = `flow-signer-${signer.key}`;
  const person = useRecord<Person>('person', signer.creating ? undefined : (signer.personId ?? undefined));
  const read = parseWrittenDate(signedOn.trim());
  const day = read.ok ? read.date : null;
  const held = person.data && day ? titleOn(person.data.positions, day) : null;
  useEffect(() => {
    // The title the person held on the day, until one is typed in.
    if (!held || signer.titleTyped) return;
    if ((held.zh ?? '') === signer.titleZh && (held.en ?? '') === signer.titleEn) return;
    onChange({ titleZh: held.zh ?? '', titleEn: held.en ?? '' });
  }, [held, signer.titleTyped, signer.titleZh, signer.titleEn, onChange]);

  return (
    <fieldset className="signer" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('signing.signers.legend', { n })}</legend>
      <CheckField
        id={`${id}-new`}
        label={t('signing.signers.new')}
        checked={signer.creating}
        onChange={(creating) => onChange({ creating, ...(creating ? { titleTyped: true } : {}) })}
      />
      {signer.creating ? (
        <div className="row">
          <InputField
            id={`${id}-zh`}
            label={t('signing.signers.nameZh')}
            value={signer.zh}
            onChange={(zh) => onChange({ zh })}
            lang="zh-CN"
          />
          <InputField id={`${id}-en`} label={t('signing.signers.nameEn')} value={signer.en} onChange={(en) => onChange({ en })} lang="en" />
        </div>
      ) : (
        <Field id={`${id}-person`} label={t('signing.signers.person')}>
          <RefPicker
            id={`${id}-person`}
            kind="person"
            value={signer.personId}
            onChange={(personId) => onChange({ personId, titleTyped: false, titleZh: '', titleEn: '' })}
            required
          />
        </Field>
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <SelectField<Side>
          id={`${id}-side`}
          label={t('signing.signers.side')}
          value={signer.side}
          onChange={(side) => onChange({ side })}
          options={['home', 'partner']}
          optionLabel={(s) => sides[s]}
        />
        <InputField
          id={`${id}-title-zh`}
          label={t('signing.signers.titleZh')}
          value={signer.titleZh}
          onChange={(titleZh) => onChange({ titleZh, titleTyped: true })}
          lang="zh-CN"
          hint={held ? t('signing.signers.titleHint') : undefined}
        />
        <InputField
          id={`${id}-title-en`}
          label={t('signing.signers.titleEn')}
          value={signer.titleEn}
          onChange={(titleEn) => onChange({ titleEn, titleTyped: true })}
          lang="en"
          hint={held ? t('signing.signers.titleHint') : undefined}
        />
      </div>
      {onRemove ? (
        <button type="button" onClick={onRemove}>
          {t('signing.signers.remove', { n })}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Who signed the agreement, each found in the registry or new, with the title each held that day. */
export function SignatoryFields({ signers, signedOn, homeName, partnerName, onChange, errors }: Props) {
  const { t } = useTranslation();
  const sides = { home: homeName, partner: partnerName };
  const patch = (key: number) => (p: Partial<SignerDraft>) => onChange(signers.map((s) => (s.key === key ? { ...s, ...p } : s)));
  return (
    <section aria-labelledby="flow-signers-h" className="panel">
      <h2 id="flow-signers-h">{t('signing.signers.title')}</h2>
      {errors.signatories ? <p className="field-error">{errors.signatories}</p> : null}
      {signers.map((s, i) => (
        <SignerFields
          key={s.key}
          signer={s}
          n={i + 1}
          signedOn={signedOn}
          sides={sides}
          onChange={patch(s.key)}
          onRemove={signers.length > 1 ? () => onChange(signers.filter((x) => x.key !== s.key)) : null}
          error={errors[`signatories.${i}`]}
        />
      ))}
      <button type="button" onClick={() => onChange([...signers, emptySigner('partner')])}>
        {t('signing.signers.add')}
      </button>
    </section>
  );
}
