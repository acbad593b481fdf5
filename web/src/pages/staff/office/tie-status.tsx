import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership, PartnershipStatus } from '@records/partnership/partnership.schema.ts';
import { preciseDateIssue } from '@domain/precise-date.ts';
import { api } from '../../../api/client.ts';
import { previewStatus } from '../../../api/flows.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { Field, InputField, noteAria, SelectField } from '../../../components/fields.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { dateText } from '../../../lib/labels.ts';
import { errorText, OutcomeLine, today, useAction } from './common.tsx';
import { statusEffectText } from './status-effect.ts';

const CHOICES = ['active', 'dormant', 'suspended', 'ended'] as const;
type Choice = (typeof CHOICES)[number];

/** What a status change touches: the tie itself, its health, the statistics and the lists. */
export const TIE_QUERIES = ['health', 'stats', 'record', 'all', 'dashboard', 'reminders'] as const;

/**
 * Marks a tie dormant, suspended (with its reason and date), ended, or active again, as a new
 * dated step in its history. Sent with the tie's current version, so no one's change is lost.
 * Where the change takes the form itself away (a tie leaving a list), `announce` gives its
 * outcome to the page, which says it in a status line that stays.
 */
export function TieStatusForm({
  partnershipId,
  status,
  label,
  onChanged,
  announce,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  label: string;
  onChanged?(tie: Partnership): void;
  announce?(text: string): void;
}) {
  const { t } = useTranslation();
  const choices = CHOICES.filter((c) => c !== status);
  const [next, setNext] = useState<Choice>(choices[0]!);
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { run, outcome, busy } = useAction();
  const { dialog, ask } = useConfirm();
  const id = `ts-${partnershipId}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const dateIssue = preciseDateIssue(date);
    if (dateIssue) found.date = issueText(dateIssue, t);
    if (next === 'suspended' && !reason.trim()) found.reason = t('office.status.reasonNeeded');
    setProblems(found);
    if (Object.keys(found).length) return;
    const words = { status: t(`status.${next}`), date };
    const change = { status: next, date, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    let effect: string;
    try {
      effect = statusEffectText(await previewStatus(partnershipId, change), t, currentLang());
    } catch (err) {
      setProblems({ form: errorText(err, t) });
      return;
    }
    const sure = await ask({
      title: t('office.status.confirm.title', words),
      body: `${t('office.status.confirm.body', words)} ${effect}`,
      confirm: t('office.status.confirm.confirm'),
    });
    if (!sure) return;
    let changed: Partnership | null = null;
    const done = t('office.status.changed', { status: t(`status.${next}`) });
    const ok = await run(
      async () => {
        const tie = await api<Partnership>(`/api/partnerships/${partnershipId}`);
        changed = await api<Partnership>(`/api/partnerships/${partnershipId}/status`, {
          method: 'POST',
          version: tie.version,
          body: change,
        });
        announce?.(done);
      },
      done,
      TIE_QUERIES,
    );
    if (ok && changed) {
      setReason('');
      onChanged?.(changed);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label} className="status-form">
      <div className="row">
        <SelectField
          id={`${id}-status`}
          label={t('office.status.new')}
          value={next}
          onChange={setNext}
          options={choices}
          optionLabel={(c) => t(`office.status.to.${c}`)}
        />
        <InputField
          id={`${id}-date`}
          label={t('office.status.from')}
          value={date}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          onChange={(v) => setDate(v.trim())}
          error={problems.date}
          hint={t('form.dateHint')}
        />
      </div>
      <Field
        id={`${id}-reason`}
        label={next === 'suspended' ? t('office.status.reasonRequired') : t('office.status.reason')}
        error={problems.reason}
        hint={t('office.status.reasonInternal')}
      >
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...noteAria(`${id}-reason`, { error: problems.reason, hint: t('office.status.reasonInternal') })}
        />
      </Field>
      {problems.form ? (
        <p role="alert" className="error">
          {problems.form}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {t('office.status.submit')}
      </button>
      <OutcomeLine outcome={announce && outcome?.ok ? null : outcome} />
      {dialog}
    </form>
  );
}

/** A tie's dated history, read as a timeline: how it began, changed type and status, and ended. */
export function TieHistory({ tie }: { tie: Pick<Partnership, 'history' | 'status'> }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ol className="timeline status-history">
      {tie.history.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history steps have no id and two can share a date and kind; the list is shown as recorded, never reordered
        <li key={i}>
          <span className="when">{step.date ? dateText(step.date, lang) : t('common.unknownDate')}</span>{' '}
          <strong>{t(`history.${step.kind}`)}</strong>
          {step.status ? <> · {t(`status.${step.status}`)}</> : null}
          {step.type ? <> · {t(`type.${step.type}`)}</> : null}
          {step.note ? <span className="muted"> — {step.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** In a tie's editor: its status now, the steps that led there, and (for editors) a change of status. */
export function TieStatusPanel({ tie, onChanged }: { tie: Partnership; onChanged(tie: Partnership): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <section aria-labelledby="tie-status-h" className="panel">
      <h2 id="tie-status-h">{t('office.status.title')}</h2>
      <p>{t('office.status.now', { status: t(`status.${tie.status}`) })}</p>
      <TieHistory tie={tie} />
      {hasRole(me, 'editor') ? (
        <TieStatusForm partnershipId={tie.id} status={tie.status} label={t('office.status.formLabel')} onChanged={onChanged} />
      ) : null}
    </section>
  );
}
