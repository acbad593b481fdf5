import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitFile } from '@records/event/event.schema.ts';
import type { Task } from '../../../api/office.ts';
import { useListPage } from '../../../api/list-page.ts';
import { Bilingual } from '../../../components/bilingual-input.tsx';
import { InputField, SelectField } from '../../../components/fields.tsx';
import { CursorPager } from '../../../components/pager.tsx';
import { usePaging } from '../../../components/use-paging.ts';
import { currentLang } from '../../../i18n/index.ts';
import { dateText } from '../../../lib/labels.ts';
import { InternalMark } from './common.tsx';

type Money = { amount: number; currency: string } | null;
type Gift = VisitFile['gifts'][number];
export type VisitFileValue = Omit<VisitFile, 'approval'> & {
  approval: { status: 'pending' | 'approved' | 'rejected'; date: string | null; by: string | null } | null;
};

export const blankVisitFile = (): VisitFileValue => ({
  purpose: {},
  approval: null,
  budget: null,
  actualCost: null,
  gifts: [],
  outcomes: {},
});
const APPROVALS = ['pending', 'approved', 'rejected'] as const;
const DIRECTIONS = ['given', 'received'] as const;
const blankGift = (): Gift => ({ direction: 'given', description: '', counterpart: null, value: null, custody: null });

/** An amount and its currency; an empty amount is no figure at all. */
function MoneyInput({ id, label, value, onChange }: { id: string; label: string; value: Money; onChange(v: Money): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="money">
      <legend>{label}</legend>
      <div className="row">
        <InputField
          id={`${id}-amount`}
          label={t('office.visit.amount')}
          type="number"
          min={0}
          step="0.01"
          value={value ? String(value.amount) : ''}
          onChange={(amount) => onChange(amount === '' ? null : { amount: Number(amount), currency: value?.currency ?? 'CNY' })}
        />
        <InputField
          id={`${id}-currency`}
          label={t('office.visit.currency')}
          size={4}
          maxLength={3}
          value={value?.currency ?? 'CNY'}
          disabled={!value}
          onChange={(currency) => value && onChange({ ...value, currency: currency.toUpperCase() })}
        />
      </div>
    </fieldset>
  );
}

/** A follow-up written with the visit and saved with it, as an internal task. */
export interface FollowUpDraft {
  title: string;
  owner: string;
  due: string;
}

/** New follow-ups, each saved as a task of the visit when the visit is saved. */
function FollowUpDrafts({ drafts, onChange }: { drafts: FollowUpDraft[]; onChange(drafts: FollowUpDraft[]): void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<FollowUpDraft>) => onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <>
      <ol className="plan-list">
        {drafts.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id until saved: a row is edited in place and named by its number
          <li key={i} className="list-item" aria-label={t('office.visit.followUp', { n: i + 1 })}>
            <div className="row">
              <InputField
                id={`fu-title-${i}`}
                label={t('office.visit.followUpTitle')}
                value={d.title}
                onChange={(title) => set(i, { title })}
              />
              <InputField
                id={`fu-owner-${i}`}
                label={t('office.visit.followUpOwner')}
                value={d.owner}
                onChange={(owner) => set(i, { owner })}
              />
              <InputField
                id={`fu-due-${i}`}
                label={t('office.visit.followUpDue')}
                placeholder="YYYY-MM-DD"
                value={d.due}
                onChange={(due) => set(i, { due })}
              />
            </div>
            <button type="button" onClick={() => onChange(drafts.filter((_, j) => j !== i))}>
              {t('office.visit.removeFollowUp', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...drafts, { title: '', owner: '', due: '' }])}>
        {t('office.visit.addFollowUp')}
      </button>
    </>
  );
}

const TASKS_A_PAGE = 20;

/** The visit's own tasks by due date, as the server finds them, a page at a time. */
function VisitTasks({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const paging = usePaging(TASKS_A_PAGE);
  const page = useListPage<Task>('task', {
    q: '',
    sort: 'date',
    order: 'asc',
    cursor: paging.cursor,
    limit: TASKS_A_PAGE,
    filters: { visit: eventId },
  });
  const rows = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  if (page.isLoading) return <p className="muted">{t('common.loading')}</p>;
  if (!total) return <p className="muted">{t('office.visit.noTasks')}</p>;
  return (
    <>
      <ul aria-busy={page.isFetching}>
        {rows.map((task) => (
          <li key={task.id}>
            <Link to={`/staff/records/tasks/${task.id}`}>{task.title}</Link>{' '}
            <span className="muted">
              {t('office.visit.taskLine', { owner: task.owner, due: dateText(task.due, lang), status: t(`value.${task.status}`) })}
            </span>
          </li>
        ))}
      </ul>
      {total > TASKS_A_PAGE ? <CursorPager paging={paging} page={page} shown={rows.length} total={total} /> : null}
    </>
  );
}

/** The follow-up tasks of a visit, and a new one prefilled from it. */
function FollowUps({ eventId }: { eventId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="followups-h" className="followups">
      <h3 id="followups-h">{t('office.visit.tasks')}</h3>
      {!eventId ? (
        <p className="muted">{t('office.visit.saveFirst')}</p>
      ) : (
        <>
          <VisitTasks eventId={eventId} />
          <p>
            <Link to={`/staff/tasks/new?eventId=${eventId}`}>{t('office.visit.addTask')}</Link> ·{' '}
            <Link to="/staff/tasks">{t('office.visit.allTasks')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * A visit's file: purpose, approval, budget and cost, gifts given and received with their value
 * and custody, and outcomes. Internal: the public pages never receive it.
 */
export function VisitFileFields({
  value,
  onChange,
  eventId,
  drafts,
  onDrafts,
}: {
  value: VisitFileValue | null;
  onChange(v: VisitFileValue | null): void;
  eventId: string | undefined;
  drafts?: FollowUpDraft[];
  onDrafts?(drafts: FollowUpDraft[]): void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<VisitFileValue>) => onChange({ ...(value ?? blankVisitFile()), ...patch });
  const setGift = (i: number, patch: Partial<Gift>) =>
    value && set({ gifts: value.gifts.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  return (
    <fieldset className="visit-file">
      <legend>
        {t('office.visit.title')} <InternalMark />
      </legend>
      <p className="muted">{t('office.visit.intro')}</p>
      {!value ? (
        <button type="button" onClick={() => onChange(blankVisitFile())}>
          {t('office.visit.open')}
        </button>
      ) : (
        <>
          <Bilingual
            id="vf-purpose"
            rows={2}
            label={t('office.visit.purpose')}
            value={value.purpose}
            onChange={(purpose) => set({ purpose })}
          />
          <fieldset>
            <legend>{t('office.visit.approval')}</legend>
            <div className="row">
              <SelectField
                id="vf-approval"
                label={t('office.visit.approvalStatus')}
                value={value.approval?.status ?? ''}
                all={t('office.visit.noApproval')}
                options={APPROVALS}
                optionLabel={(s) => t(`office.visit.approvalState.${s}`)}
                onChange={(status) =>
                  set({ approval: status ? { status, date: value.approval?.date ?? null, by: value.approval?.by ?? null } : null })
                }
              />
              <InputField
                id="vf-approval-date"
                label={t('office.visit.approvalDate')}
                placeholder="YYYY-MM-DD"
                inputMode="numeric"
                disabled={!value.approval}
                value={value.approval?.date ?? ''}
                onChange={(date) => value.approval && set({ approval: { ...value.approval, date: date.trim() || null } })}
              />
              <InputField
                id="vf-approval-by"
                label={t('office.visit.approvedBy')}
                disabled={!value.approval}
                value={value.approval?.by ?? ''}
                onChange={(by) => value.approval && set({ approval: { ...value.approval, by: by || null } })}
              />
            </div>
          </fieldset>
          <div className="row">
            <MoneyInput id="vf-budget" label={t('office.visit.budget')} value={value.budget} onChange={(budget) => set({ budget })} />
            <MoneyInput
              id="vf-cost"
              label={t('office.visit.actualCost')}
              value={value.actualCost}
              onChange={(actualCost) => set({ actualCost })}
            />
          </div>
          <fieldset>
            <legend>{t('office.visit.gifts')}</legend>
            {value.gifts.length ? null : <p className="muted">{t('office.visit.noGifts')}</p>}
            <ol className="plan-list">
              {value.gifts.map((g, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: gifts have no id: a row is edited in place and its fields are named by its number
                <li key={i} className="list-item" aria-label={t('office.visit.gift', { n: i + 1 })}>
                  <div className="row">
                    <SelectField
                      id={`vf-gift-${i}-dir`}
                      label={t('office.visit.direction')}
                      value={g.direction}
                      onChange={(direction) => setGift(i, { direction })}
                      options={DIRECTIONS}
                      optionLabel={(d) => t(`office.visit.${d}`)}
                    />
                    <InputField
                      id={`vf-gift-${i}-desc`}
                      label={t('office.visit.giftDescription')}
                      value={g.description}
                      onChange={(description) => setGift(i, { description })}
                    />
                  </div>
                  <div className="row">
                    <InputField
                      id={`vf-gift-${i}-who`}
                      label={g.direction === 'given' ? t('office.visit.givenTo') : t('office.visit.receivedFrom')}
                      value={g.counterpart ?? ''}
                      onChange={(who) => setGift(i, { counterpart: who || null })}
                    />
                    <InputField
                      id={`vf-gift-${i}-custody`}
                      label={t('office.visit.custody')}
                      value={g.custody ?? ''}
                      onChange={(custody) => setGift(i, { custody: custody || null })}
                    />
                  </div>
                  <MoneyInput
                    id={`vf-gift-${i}-value`}
                    label={t('office.visit.giftValue')}
                    value={g.value}
                    onChange={(v) => setGift(i, { value: v })}
                  />
                  <button type="button" onClick={() => set({ gifts: value.gifts.filter((_, j) => j !== i) })}>
                    {t('office.visit.removeGift', { n: i + 1 })}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => set({ gifts: [...value.gifts, blankGift()] })}>
              {t('office.visit.addGift')}
            </button>
          </fieldset>
          <Bilingual
            id="vf-outcomes"
            rows={2}
            label={t('office.visit.outcomes')}
            value={value.outcomes}
            onChange={(outcomes) => set({ outcomes })}
          />
          <button type="button" onClick={() => onChange(null)}>
            {t('office.visit.remove')}
          </button>
        </>
      )}
      <FollowUps eventId={eventId} />
      {drafts && onDrafts ? <FollowUpDrafts drafts={drafts} onChange={onDrafts} /> : null}
    </fieldset>
  );
}
