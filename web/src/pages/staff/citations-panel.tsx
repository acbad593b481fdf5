import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '@domain/citation.ts';
import type { EntityKind } from '@records/kinds.ts';
import { api, ApiError } from '../../api/client.ts';
import { RefPicker } from '../../components/ref-picker.tsx';
import { SourceList } from '../../components/sources.tsx';
import { issueText } from '../../lib/issues.ts';

/** The sources cited for a record, and a form to cite one more, for the record or one field. */
export function CitationsPanel({ kind, id, fields }: { kind: EntityKind; id: string; fields: string[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ['citations', kind, id], queryFn: () => api<{ items: Citation[] }>(`/api/citations?entity=${kind}&id=${id}`) });
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
      await api('/api/citations', { method: 'POST', body: { sourceId, entity: kind, entityId: id, field: field || null, quote: quote || null, value: value || null } });
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
        <div className="field">
          <label htmlFor="cite-source">{t('citations.source')}</label>
          <RefPicker id="cite-source" kind="source" value={sourceId} onChange={setSourceId} required />
        </div>
        <div className="field">
          <label htmlFor="cite-field">{t('citations.field')}</label>
          <select id="cite-field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t('citations.wholeRecord')}</option>
            {fields.map((f) => <option key={f} value={f}>{t(`field.${f}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cite-quote">{t('citations.quote')}</label>
          <textarea id="cite-quote" rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cite-value">{t('citations.value')}</label>
          <input id="cite-value" value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        {message ? <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>{message.text}</p> : null}
        <button type="submit">{t('citations.submit')}</button>
      </form>
    </section>
  );
}
