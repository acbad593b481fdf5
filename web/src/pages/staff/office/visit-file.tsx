import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitFile } from '@records/event/event.schema.ts';
import { useTasks } from '../../../api/office.ts';
import { currentLang } from '../../../i18n/index.ts';
import { dateText } from '../../../lib/labels.ts';
import { InternalMark } from './common.tsx';

type Money = { amount: number; currency: string } | null;
type Gift = VisitFile['gifts'][number];
export type VisitFileValue = Omit<VisitFile, 'approval'> & { approval: { status: 'pending' | 'approved' | 'rejected'; date: string | null; by: string | null } | null };

export const blankVisitFile = (): VisitFileValue => ({ purpose: {}, approval: null, budget: null, actualCost: null, gifts: [], outcomes: {} });
const blankGift = (): Gift => ({ direction: 'given', description: '', counterpart: null, value: null, custody: null });

/** An amount and its currency; an empty amount is no figure at all. */
function MoneyInput({ id, label, value, onChange }: { id: string; label: string; value: Money; onChange(v: Money): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="money">
      <legend>{label}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-amount`}>{t('office.visit.amount')}</label>
          <input id={`${id}-amount`} type="number" min={0} step="0.01" value={value ? String(value.amount) : ''}
            onChange={(e) => onChange(e.target.value === '' ? null : { amount: Number(e.target.value), currency: value?.currency ?? 'CNY' })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>{t('office.visit.currency')}</label>
          <input id={`${id}-currency`} size={4} maxLength={3} value={value?.currency ?? 'CNY'} disabled={!value}
            onChange={(e) => value && onChange({ ...value, currency: e.target.value.toUpperCase() })} />
        </div>
      </div>
    </fieldset>
  );
}

/** A long text in Chinese and in English. */
function BilingualText({ id, label, value, onChange }: { id: string; label: string; value: Record<string, string>; onChange(v: Record<string, string>): void }) {
  const { t } = useTranslation();
  const set = (lang: string, text: string) => {
    const next = { ...value };
    if (text.trim()) next[lang] = text;
    else delete next[lang];
    onChange(next);
  };
  return (
    <fieldset className="localized">
      <legend>{label}</legend>
      {(['zh', 'en'] as const).map((lang) => (
        <div className="field inline" key={lang}>
          <label htmlFor={`${id}-${lang}`}>{t(`lang.${lang}`)}</label>
          <textarea id={`${id}-${lang}`} rows={2} lang={lang === 'zh' ? 'zh-CN' : 'en'} value={value[lang] ?? ''} onChange={(e) => set(lang, e.target.value)} />
        </div>
      ))}
    </fieldset>
  );
}

/** The follow-up tasks of a visit, and a new one prefilled from it. */
function FollowUps({ eventId }: { eventId: string | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tasks = useTasks();
  const mine = (tasks.data ?? []).filter((task) => eventId && task.eventId === eventId).sort((a, b) => a.due.localeCompare(b.due));
  return (
    <section aria-labelledby="followups-h" className="followups">
      <h3 id="followups-h">{t('office.visit.tasks')}</h3>
      {!eventId ? <p className="muted">{t('office.visit.saveFirst')}</p> : (
        <>
          {mine.length ? (
            <ul>
              {mine.map((task) => (
                <li key={task.id}>
                  <Link to={`/staff/records/tasks/${task.id}`}>{task.title}</Link>{' '}
                  <span className="muted">{t('office.visit.taskLine', { owner: task.owner, due: dateText(task.due, lang), status: t(`value.${task.status}`) })}</span>
                </li>
              ))}
            </ul>
          ) : <p className="muted">{t('office.visit.noTasks')}</p>}
          <p><Link to={`/staff/tasks/new?eventId=${eventId}`}>{t('office.visit.addTask')}</Link> · <Link to="/staff/tasks">{t('office.visit.allTasks')}</Link></p>
        </>
      )}
    </section>
  );
}

/**
 * A visit's file: purpose, approval, budget and cost, gifts given and received with their value
 * and custody, and outcomes. Internal: the public pages never receive it.
 */
export function VisitFileFields({ value, onChange, eventId }: { value: VisitFileValue | null; onChange(v: VisitFileValue | null): void; eventId: string | undefined }) {
  const { t } = useTranslation();
  const set = (patch: Partial<VisitFileValue>) => onChange({ ...(value ?? blankVisitFile()), ...patch });
  const setGift = (i: number, patch: Partial<Gift>) => value && set({ gifts: value.gifts.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  return (
    <fieldset className="visit-file">
      <legend>{t('office.visit.title')} <InternalMark /></legend>
      <p className="muted">{t('office.visit.intro')}</p>
      {!value ? <button type="button" onClick={() => onChange(blankVisitFile())}>{t('office.visit.open')}</button> : (
        <>
          <BilingualText id="vf-purpose" label={t('office.visit.purpose')} value={value.purpose} onChange={(purpose) => set({ purpose })} />
          <fieldset>
            <legend>{t('office.visit.approval')}</legend>
            <div className="row">
              <div className="field">
                <label htmlFor="vf-approval">{t('office.visit.approvalStatus')}</label>
                <select id="vf-approval" value={value.approval?.status ?? ''}
                  onChange={(e) => set({ approval: e.target.value ? { status: e.target.value as 'pending', date: value.approval?.date ?? null, by: value.approval?.by ?? null } : null })}>
                  <option value="">{t('office.visit.noApproval')}</option>
                  {(['pending', 'approved', 'rejected'] as const).map((s) => <option key={s} value={s}>{t(`office.visit.approvalState.${s}`)}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor="vf-approval-date">{t('office.visit.approvalDate')}</label>
                <input id="vf-approval-date" placeholder="YYYY-MM-DD" inputMode="numeric" disabled={!value.approval} value={value.approval?.date ?? ''}
                  onChange={(e) => value.approval && set({ approval: { ...value.approval, date: e.target.value.trim() || null } })} />
              </div>
              <div className="field">
                <label htmlFor="vf-approval-by">{t('office.visit.approvedBy')}</label>
                <input id="vf-approval-by" disabled={!value.approval} value={value.approval?.by ?? ''}
                  onChange={(e) => value.approval && set({ approval: { ...value.approval, by: e.target.value || null } })} />
              </div>
            </div>
          </fieldset>
          <div className="row">
            <MoneyInput id="vf-budget" label={t('office.visit.budget')} value={value.budget} onChange={(budget) => set({ budget })} />
            <MoneyInput id="vf-cost" label={t('office.visit.actualCost')} value={value.actualCost} onChange={(actualCost) => set({ actualCost })} />
          </div>
          <fieldset>
            <legend>{t('office.visit.gifts')}</legend>
            {value.gifts.length ? null : <p className="muted">{t('office.visit.noGifts')}</p>}
            <ol className="plan-list">
              {value.gifts.map((g, i) => (
                <li key={i} className="list-item" aria-label={t('office.visit.gift', { n: i + 1 })}>
                  <div className="row">
                    <div className="field">
                      <label htmlFor={`vf-gift-${i}-dir`}>{t('office.visit.direction')}</label>
                      <select id={`vf-gift-${i}-dir`} value={g.direction} onChange={(e) => setGift(i, { direction: e.target.value as Gift['direction'] })}>
                        <option value="given">{t('office.visit.given')}</option>
                        <option value="received">{t('office.visit.received')}</option>
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`vf-gift-${i}-desc`}>{t('office.visit.giftDescription')}</label>
                      <input id={`vf-gift-${i}-desc`} value={g.description} onChange={(e) => setGift(i, { description: e.target.value })} />
                    </div>
                  </div>
                  <div className="row">
                    <div className="field">
                      <label htmlFor={`vf-gift-${i}-who`}>{g.direction === 'given' ? t('office.visit.givenTo') : t('office.visit.receivedFrom')}</label>
                      <input id={`vf-gift-${i}-who`} value={g.counterpart ?? ''} onChange={(e) => setGift(i, { counterpart: e.target.value || null })} />
                    </div>
                    <div className="field">
                      <label htmlFor={`vf-gift-${i}-custody`}>{t('office.visit.custody')}</label>
                      <input id={`vf-gift-${i}-custody`} value={g.custody ?? ''} onChange={(e) => setGift(i, { custody: e.target.value || null })} />
                    </div>
                  </div>
                  <MoneyInput id={`vf-gift-${i}-value`} label={t('office.visit.giftValue')} value={g.value} onChange={(v) => setGift(i, { value: v })} />
                  <button type="button" onClick={() => set({ gifts: value.gifts.filter((_, j) => j !== i) })}>{t('office.visit.removeGift', { n: i + 1 })}</button>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => set({ gifts: [...value.gifts, blankGift()] })}>{t('office.visit.addGift')}</button>
          </fieldset>
          <BilingualText id="vf-outcomes" label={t('office.visit.outcomes')} value={value.outcomes} onChange={(outcomes) => set({ outcomes })} />
          <button type="button" onClick={() => onChange(null)}>{t('office.visit.remove')}</button>
        </>
      )}
      <FollowUps eventId={eventId} />
    </fieldset>
  );
}
