import { useTranslation } from 'react-i18next';
import { Field, InputField, noteAria } from '../../../components/fields.tsx';
import { RefPicker } from '../../../components/ref-picker.tsx';
import type { PartnerDraft, SourceMode } from './draft.ts';

const MODES: SourceMode[] = ['link', 'existing', 'text'];

type SourceFields = Pick<PartnerDraft, 'sourceMode' | 'sourceId' | 'url' | 'title' | 'text' | 'quote'>;

/** Where the tie is read from (a source kept already, an address and title, or a pasted text) and the words that say so. */
export function SourceChooser({
  draft,
  onChange,
  errors,
}: {
  draft: SourceFields;
  onChange(patch: Partial<SourceFields>): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="flow-source-h" className="panel">
      <h2 id="flow-source-h">{t('flows.source.title')}</h2>
      <fieldset className="choice">
        <legend>{t('flows.source.how')}</legend>
        {MODES.map((mode) => (
          <label key={mode} htmlFor={`flow-source-mode-${mode}`}>
            <input
              type="radio"
              id={`flow-source-mode-${mode}`}
              name="flow-source"
              checked={draft.sourceMode === mode}
              onChange={() => onChange({ sourceMode: mode })}
            />{' '}
            {t(`flows.source.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {draft.sourceMode === 'existing' ? (
        <Field id="flow-source-id" label={t('flows.source.existing')} error={errors['source.id']}>
          <RefPicker id="flow-source-id" kind="source" value={draft.sourceId} onChange={(sourceId) => onChange({ sourceId })} required />
        </Field>
      ) : null}
      {draft.sourceMode === 'text' ? (
        <Field id="flow-source-text" label={t('flows.source.text')} error={errors['source.content']} hint={t('flows.source.textHint')}>
          <textarea
            id="flow-source-text"
            rows={6}
            value={draft.text}
            onChange={(e) => onChange({ text: e.target.value })}
            {...noteAria('flow-source-text', { error: errors['source.content'], hint: t('flows.source.textHint') })}
          />
        </Field>
      ) : null}
      {draft.sourceMode !== 'existing' ? (
        <div className="row">
          <InputField
            id="flow-source-url"
            type="url"
            label={draft.sourceMode === 'link' ? t('flows.source.url') : t('flows.source.urlOptional')}
            value={draft.url}
            onChange={(url) => onChange({ url })}
            error={errors['source.url']}
          />
          <InputField
            id="flow-source-title"
            label={draft.sourceMode === 'link' ? t('flows.source.titleField') : t('flows.source.titleOptional')}
            value={draft.title}
            onChange={(title) => onChange({ title })}
            error={errors['source.title']}
          />
        </div>
      ) : null}
      <Field id="flow-quote" label={t('flows.source.quote')} error={errors.quote} hint={t('flows.source.quoteHint')}>
        <textarea
          id="flow-quote"
          rows={3}
          value={draft.quote}
          onChange={(e) => onChange({ quote: e.target.value })}
          {...noteAria('flow-quote', { error: errors.quote, hint: t('flows.source.quoteHint') })}
        />
      </Field>
    </section>
  );
}
