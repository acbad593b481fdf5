import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '@domain/citation.ts';
import { citableFacts } from '@domain/fact-fields.ts';
import type { EntityKind } from '@records/kinds.ts';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import { api, ApiError } from '../../api/client.ts';
import { Field, InputField, SelectField } from '../../components/fields.tsx';
import { OutcomeLine } from '../../components/page-title.tsx';
import { RefPicker } from '../../components/ref-picker.tsx';
import { SourceList } from '../../components/sources.tsx';
import { factLabel } from '../../lib/fact-values.ts';
import { issueText } from '../../lib/issues.ts';
import { refetchAfterWrite } from '../../api/queries.ts';

/** The values a fact takes from the catalogue of labels, chosen rather than typed. */
const CHOICES: Record<string, { options: readonly string[]; label: string }> = {
  type: { options: PARTNERSHIP_TYPES, label: 'type' },
  status: { options: PARTNERSHIP_STATUSES, label: 'status' },
};

/**
 * The sources cited for a record, and a form to cite one more: for the whole record, or for one
 * fact of it (a tie's founding date, its type, a person's title) with the value the source gives.
 */
export function CitationsPanel({
  kind,
  id,
  fields,
  record,
}: {
  kind: EntityKind;
  id: string;
  fields: string[];
  record: Record<string, unknown> | null;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['citations', kind, id],
    queryFn: () => api<{ items: Citation[] }>(`/api/citations?entity=${kind}&id=${id}`),
  });
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [field, setField] = useState('');
  const [quote, setQuote] = useState('');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const facts = citableFacts(kind, record, fields);
  const choice = kind === 'partnership' ? CHOICES[field] : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!sourceId) {
      setMessage({ ok: false, text: t('citations.needSource') });
      return;
    }
    try {
      await api('/api/citations', {
        method: 'POST',
        body: { sourceId, entity: kind, entityId: id, field: field || null, quote: quote || null, value: value || null },
      });
      setQuote('');
      setValue('');
      setMessage({ ok: true, text: t('citations.added') });
      await refetchAfterWrite(client, { queryKey: ['citations', kind, id] });
      await refetchAfterWrite(client, { queryKey: ['facts', kind, id] });
      client.removeQueries({ queryKey: ['record', kind, id] });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError && err.issues[0] ? issueText(err.issues[0], t) : String(err) });
    }
  };

  return (
    <section aria-labelledby="citations-h" className="panel">
      <h2 id="citations-h">{t('citations.title')}</h2>
      <SourceList citations={list.data?.items ?? []} />
      <form onSubmit={submit} className="stack" aria-labelledby="cite-h" noValidate>
        <h3 id="cite-h">{t('citations.add')}</h3>
        <Field id="cite-source" label={t('citations.source')}>
          <RefPicker id="cite-source" kind="source" value={sourceId} onChange={setSourceId} required />
        </Field>
        <SelectField
          id="cite-field"
          label={t('citations.field')}
          value={field}
          onChange={(f) => {
            setField(f);
            setValue('');
          }}
          all={t('citations.wholeRecord')}
          options={facts}
          optionLabel={(f) => factLabel(f, t)}
        />
        <Field id="cite-quote" label={t('citations.quote')}>
          <textarea id="cite-quote" rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </Field>
        {choice ? (
          <SelectField
            id="cite-value"
            label={t('citations.value')}
            value={value}
            onChange={setValue}
            all={t('citations.noValue')}
            options={choice.options}
            optionLabel={(v) => t(`${choice.label}.${v}`)}
          />
        ) : (
          <InputField
            id="cite-value"
            label={t('citations.value')}
            value={value}
            onChange={setValue}
            hint={/established|ended|from|to$/.test(field) ? t('form.dateHint') : undefined}
          />
        )}
        <OutcomeLine outcome={message} />
        <button type="submit">{t('citations.submit')}</button>
      </form>
    </section>
  );
}
