import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '@domain/facts.ts';
import type { EntityKind } from '@records/kinds.ts';
import type { Fact, FactSheet, FactSource } from '@contract/facts.ts';
import { api, ApiError } from '../api/client.ts';
import { hasRole, useSession } from '../api/session.tsx';
import { currentLang } from '../i18n/index.ts';
import { factLabel, factValueText } from '../lib/fact-values.ts';
import { issueText } from '../lib/issues.ts';
import { dateText } from '../lib/labels.ts';
import { Field } from './fields.tsx';
import { OutcomeLine } from './page-title.tsx';
import './facts-panel.css';
import { refetchAfterWrite } from '../api/queries.ts';

const AGREES: Agreement[] = ['same', 'compatible', 'variant'];
const ICON: Record<Agreement, string> = { same: '✓', compatible: '✓', variant: '✓', conflict: '✗' };

export const useFacts = (kind: EntityKind, id: string | undefined) =>
  useQuery({ queryKey: ['facts', kind, id], queryFn: () => api<FactSheet>(`/api/facts?entity=${kind}&id=${id}`), enabled: Boolean(id) });

function SourceLine({ f }: { f: FactSource }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const s = f.source;
  return (
    <li>
      {s.url ? (
        <a href={s.url} rel="noreferrer noopener">
          {s.title}
        </a>
      ) : (
        s.title
      )}
      {s.published ? <span className="muted"> · {dateText(s.published, lang)}</span> : null}
      {f.agreement && f.agreement !== 'conflict' && f.agreement !== 'same' ? (
        <span className="muted"> · {t(`facts.agreement.${f.agreement}`)}</span>
      ) : null}
      {f.citation.quote ? <blockquote>{f.citation.quote}</blockquote> : null}
      {f.citation.note ? <p className="muted">{f.citation.note}</p> : null}
    </li>
  );
}

/** The values the sources give for one fact, each with the sources that give it. */
function byValue(fact: Fact): { value: string; agreement: Agreement; sources: FactSource[] }[] {
  const out = new Map<string, { value: string; agreement: Agreement; sources: FactSource[] }>();
  for (const f of fact.sources) {
    if (f.citation.value === null) continue;
    const known = out.get(f.citation.value);
    if (known) known.sources.push(f);
    else out.set(f.citation.value, { value: f.citation.value, agreement: f.agreement ?? 'conflict', sources: [f] });
  }
  const rank = (a: Agreement) => (a === 'same' ? 0 : a === 'conflict' ? 2 : 1);
  return [...out.values()].sort((a, b) => rank(a.agreement) - rank(b.agreement));
}

function DecisionForm({ kind, id, fact, label }: { kind: EntityKind; id: string; fact: Fact; label: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const client = useQueryClient();
  const uid = useId();
  const values = [
    ...new Set(
      [
        fact.decision?.value,
        typeof fact.recorded === 'string' || typeof fact.recorded === 'number' ? String(fact.recorded) : undefined,
        ...fact.sources.map((f) => f.citation.value ?? undefined),
      ].filter((v): v is string => Boolean(v)),
    ),
  ];
  const [value, setValue] = useState(fact.decision?.value ?? values[0] ?? '');
  const [reason, setReason] = useState(fact.decision?.reason ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMessage({ ok: false, text: t('facts.needReason') });
      return;
    }
    try {
      await api('/api/facts/decision', { method: 'PUT', body: { entity: kind, id, field: fact.field, value, reason } });
      setMessage({ ok: true, text: t('facts.decided') });
      await refetchAfterWrite(client, { queryKey: ['facts', kind, id] });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError && err.issues[0] ? issueText(err.issues[0], t) : String(err) });
    }
  };
  return (
    <form onSubmit={submit} className="decision-form" aria-label={t('facts.decideFor', { field: label })} noValidate>
      <fieldset className="choice">
        <legend>{t('facts.chosenValue')}</legend>
        {values.map((v, i) => (
          <label key={v} htmlFor={`${uid}-${i}`}>
            <input type="radio" id={`${uid}-${i}`} name={`${uid}-value`} value={v} checked={value === v} onChange={() => setValue(v)} />{' '}
            {factValueText(fact.field, v, t, lang)}
          </label>
        ))}
      </fieldset>
      <Field id={`${uid}-reason`} label={t('facts.reason')}>
        <textarea id={`${uid}-reason`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <OutcomeLine outcome={message} />
      <button type="submit">{fact.decision ? t('facts.change') : t('facts.record')}</button>
    </form>
  );
}

/** One fact: the recorded value, the sources that support it, those that disagree, and the office's choice. */
function FactItem({ kind, id, fact, canDecide }: { kind: EntityKind; id: string; fact: Fact; canDecide: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const label = factLabel(fact.field, t);
  const groups = byValue(fact);
  const headingId = useId();
  return (
    <li className={`fact${fact.conflict ? ' conflict-fact' : ''}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('facts.fieldValue', { field: label, value: factValueText(fact.field, fact.recorded, t, lang) || t('facts.noValue') })}{' '}
        {fact.conflict ? (
          <span className="fact-flag disagree">
            <span aria-hidden="true">✗ </span>
            {t('facts.conflict')}
          </span>
        ) : (
          <span className="fact-flag agree">
            <span aria-hidden="true">✓ </span>
            {t('facts.agree')}
          </span>
        )}
      </h4>
      {groups.length ? (
        <ul className="fact-values">
          {groups.map((g) => (
            <li key={g.value} className={AGREES.includes(g.agreement) ? 'supports' : 'disagrees'}>
              <p>
                <span aria-hidden="true" className="fact-icon">
                  {ICON[g.agreement]}
                </span>{' '}
                <strong>{factValueText(fact.field, g.value, t, lang)}</strong>
                {' — '}
                {AGREES.includes(g.agreement)
                  ? t('facts.supports', { count: g.sources.length })
                  : t('facts.disagrees', { count: g.sources.length })}
              </p>
              <ul className="fact-sources">
                {g.sources.map((f) => (
                  <SourceLine key={f.citation.id} f={f} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      {fact.decision ? (
        <div className="fact-decision">
          <p>
            <strong>{t('facts.chose', { value: factValueText(fact.field, fact.decision.value, t, lang) })}</strong>
          </p>
          <p>
            {t('facts.because')} {fact.decision.reason}
          </p>
          <p className="muted">
            {t('facts.decidedBy', { who: fact.decision.decidedBy, date: dateText(fact.decision.decidedAt.slice(0, 10), lang) })}
          </p>
        </div>
      ) : fact.conflict ? (
        <p className="muted">{t('facts.noChoice')}</p>
      ) : null}
      {canDecide ? (
        <details className="fact-edit">
          <summary>{fact.decision ? t('facts.changeOpen') : t('facts.recordOpen')}</summary>
          <DecisionForm kind={kind} id={id} fact={fact} label={label} />
        </details>
      ) : null}
    </li>
  );
}

/**
 * The facts of a record that sources give values for (GET /api/facts), each with the sources that
 * support and those that disagree, and the value the office chose; editors record or change the choice.
 */
export function FactsList({ kind, id, title, empty }: { kind: EntityKind; id: string; title?: string; empty?: string }) {
  const { me } = useSession();
  const facts = useFacts(kind, id);
  const list = facts.data?.facts.filter((f) => f.sources.length || f.decision) ?? [];
  if (!list.length) return empty && facts.data ? <p className="muted">{empty}</p> : null;
  return (
    <div className="facts">
      {title ? <h3>{title}</h3> : null}
      <ul className="fact-list">
        {list.map((f) => (
          <FactItem key={f.field} kind={kind} id={id} fact={f} canDecide={hasRole(me, 'editor')} />
        ))}
      </ul>
    </div>
  );
}

/** A page's facts with their sources: for each record that has any, under its own heading. */
export function FactsSection({ records, heading }: { records: { kind: EntityKind; id: string; title: string }[]; heading: string }) {
  const { t } = useTranslation();
  const sheets = useQueries({
    queries: records.map((r) => ({
      queryKey: ['facts', r.kind, r.id],
      queryFn: () => api<FactSheet>(`/api/facts?entity=${r.kind}&id=${r.id}`),
    })),
  });
  const any = sheets.some((s) => s.data?.facts.some((f) => f.sources.length || f.decision));
  if (!any) return null;
  return (
    <section aria-labelledby="facts-h" className="facts-section">
      <h2 id="facts-h">{heading}</h2>
      <p className="muted">{t('facts.intro')}</p>
      {records.map((r) => (
        <FactsList key={`${r.kind}-${r.id}`} kind={r.kind} id={r.id} title={r.title} />
      ))}
    </section>
  );
}
