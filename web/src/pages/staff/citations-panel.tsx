import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '@domain/citation.ts';
import type { EntityKind } from '@records/kinds.ts';
import { api, ApiError } from '../../api/client.ts';
import { Field, InputField, SelectField } from '../../components/fields.tsx';
import { OutcomeLine } from '../../components/page-title.tsx';
import { RefPicker } from '../../components/ref-picker.tsx';
import { SourceList } from '../../components/sources.tsx';
import { issueText } from '../../lib/issues.ts';

/** The sources cited for a record, and a form to cite one more, for the record or one field. */
export function CitationsPanel({ kind, id, fields }: { kind: EntityKind; id: string; fields: string[] }) {
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
      await client.invalidateQueries({ queryKey: ['citations', kind, id] });
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
          onChange={setField}
          all={t('citations.wholeRecord')}
          options={fields}
          optionLabel={(f) => t(`field.${f}`)}
        />
        <Field id="cite-quote" label={t('citations.quote')}>
          <textarea id="cite-quote" rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </Field>
        <InputField id="cite-value" label={t('citations.value')} value={value} onChange={setValue} />
        <OutcomeLine outcome={message} />
        <button type="submit">{t('citations.submit')}</button>
      </form>
    </section>
  );
}
