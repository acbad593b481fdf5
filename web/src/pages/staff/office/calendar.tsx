import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '@records/agreement/agreement.schema.ts';
import { earliestDay, latestDay, precisionOf } from '@domain/precise-date.ts';
import { api } from '../../../api/client.ts';
import { COLLECTION } from '../../../api/kinds.ts';
import { useReminders, type Reminder } from '../../../api/office.ts';
import { useRecord } from '../../../api/queries.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { Field, InputField, SelectField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';
import { OutcomeLine, today, useAction } from './common.tsx';

const DECISIONS = ['undecided', 'renew', 'let_expire', 'renewed'] as const;
type Decision = (typeof DECISIONS)[number];
const HORIZONS = [30, 90, 180, 365] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const shiftMonth = (month: string, n: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
};

/** Where a reminder's record is edited in the workspace (the calendar feed links there too). */
function recordPath(ref: Reminder['ref']): string | null {
  return ref ? `/staff/records/${COLLECTION[ref.entity]}/${ref.id}` : null;
}

/** Names a reminder among the others: what it is about, and when (relations between countries have no record, so their title). */
const reminderKey = (r: Reminder) => `${r.kind} ${r.ref?.id ?? r.title.en} ${r.on}`;

/** An agreement's renewal decision, set from its expiry reminder (editors). */
function RenewalForm({ agreementId, title: fallback }: { agreementId: string; title: string }) {
  const { t } = useTranslation();
  const agreement = useRecord<Agreement>('agreement', agreementId);
  const title = agreement.data ? nameIn(agreement.data.titles, currentLang()) : fallback;
  const current = agreement.data?.renewal?.decision ?? 'undecided';
  const [choice, setChoice] = useState<Decision | null>(null);
  const { run, outcome, busy } = useAction();
  const id = `renewal-${agreementId}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const decision = choice ?? current;
    await run(
      async () => {
        const a = await api<Agreement>(`/api/agreements/${agreementId}`);
        await api(`/api/agreements/${agreementId}`, {
          method: 'PATCH',
          version: a.version,
          body: { renewal: { decision, decidedOn: decision === 'undecided' ? null : today(), note: a.renewal?.note ?? null } },
        });
      },
      t('office.calendar.decided', { decision: t(`value.${decision}`) }),
      ['reminders', 'record', 'all'],
    );
  };
  return (
    <form onSubmit={submit} className="inline-form" aria-label={t('office.calendar.renewalOf', { title })}>
      <label htmlFor={id}>{t('office.calendar.renewal')}</label>
      <select id={id} value={choice ?? current} onChange={(e) => setChoice(e.target.value as Decision)} disabled={agreement.isLoading}>
        {DECISIONS.map((d) => (
          <option key={d} value={d}>
            {t(`value.${d}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy || agreement.isLoading}>
        {t('office.calendar.decide')}
      </button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

/** One reminder: what, when (at its precision), and where to act on it. */
function Item({ r, showDate }: { r: Reminder; showDate: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const overdue = r.kind === 'task' && earliestDay(r.on) < today();
  const path = recordPath(r.ref);
  const title = r.title[lang];
  return (
    <li className={`reminder kind-${r.kind}${overdue ? ' overdue' : ''}`}>
      <span className="reminder-kind">{t(`office.calendar.kind.${r.kind}`)}</span>{' '}
      {showDate ? <span className="when">{dateText(r.on, lang)} </span> : null}
      {path ? <Link to={path}>{title}</Link> : <span>{title}</span>}
      {overdue ? <strong className="overdue-mark"> {t('office.calendar.overdue')}</strong> : null}
      {r.detail ? <span className="muted"> — {r.detail[lang]}</span> : null}
      {r.kind === 'agreement_expiry' && r.ref && hasRole(me, 'editor') ? (
        <>
          <RenewalForm agreementId={r.ref.id} title={title} />
          <Link to={`/staff/tasks/new?agreementId=${r.ref.id}`}>{t('office.tasks.newFrom')}</Link>
        </>
      ) : null}
    </li>
  );
}

function MonthView({ month, setMonth }: { month: string; setMonth(m: string): void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const first = `${month}-01`;
  const days = daysIn(month);
  const last = `${month}-${pad(days)}`;
  const reminders = useReminders(first, days);
  const items = (reminders.data ?? []).filter((r) => earliestDay(r.on) <= last && latestDay(r.on) >= first);
  const byPrecision = (p: string) => items.filter((r) => precisionOf(r.on) === p);
  const onDay = new Map<string, Reminder[]>();
  for (const r of byPrecision('day')) onDay.set(r.on, [...(onDay.get(r.on) ?? []), r]);
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const weekday = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });
  const weekdays = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
  const now = today();
  const monthItems = byPrecision('month');
  const yearItems = byPrecision('year');
  return (
    <section aria-labelledby="month-h" className="month-view">
      <div className="month-tools">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t('office.calendar.previous')}
        </button>
        <h2 id="month-h">{dateText(month, lang)}</h2>
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))}>
          {t('office.calendar.next')}
        </button>
        <button type="button" onClick={() => setMonth(now.slice(0, 7))}>
          {t('office.calendar.thisMonth')}
        </button>
        <InputField
          id="cal-month"
          className="inline"
          type="month"
          label={t('office.calendar.goTo')}
          value={month}
          onChange={(v) => {
            if (/^\d{4}-\d{2}$/.test(v)) setMonth(v);
          }}
        />
      </div>
      <QueryState loading={reminders.isLoading} error={reminders.error} />
      {yearItems.length ? (
        // biome-ignore lint/a11y/useSemanticElements: a named band of reminders (a heading and a list), not form fields, which <fieldset> is for
        <div className="band" role="group" aria-label={t('office.calendar.inYear', { year: month.slice(0, 4) })}>
          <h3>{t('office.calendar.inYear', { year: month.slice(0, 4) })}</h3>
          <ul>
            {yearItems.map((r) => (
              <Item key={reminderKey(r)} r={r} showDate={false} />
            ))}
          </ul>
        </div>
      ) : null}
      {monthItems.length ? (
        // biome-ignore lint/a11y/useSemanticElements: a named band of reminders (a heading and a list), not form fields, which <fieldset> is for
        <div className="band" role="group" aria-label={t('office.calendar.inMonth', { month: dateText(month, lang) })}>
          <h3>{t('office.calendar.inMonth', { month: dateText(month, lang) })}</h3>
          <ul>
            {monthItems.map((r) => (
              <Item key={reminderKey(r)} r={r} showDate={false} />
            ))}
          </ul>
        </div>
      ) : null}
      <table className="month-grid">
        <caption className="visually-hidden">{t('office.calendar.gridCaption', { month: dateText(month, lang) })}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the month's weeks in order; a row is its position in the grid
            <tr key={w}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    aria-current={day === now ? 'date' : undefined}
                    aria-label={dateText(day, lang)}
                    className={day === now ? 'today' : undefined}
                  >
                    <span className="day-number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    {onDay.get(day)?.length ? (
                      <ul>
                        {onDay.get(day)!.map((r) => (
                          <Item key={reminderKey(r)} r={r} showDate={false} />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a blank cell before the 1st or after the last day is only its place in the week
                  <td key={`empty-${i}`} className="empty" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ListView() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(today());
  const [horizon, setHorizon] = useState<(typeof HORIZONS)[number]>(90);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from);
  const start = valid ? from : today();
  const reminders = useReminders(start, horizon);
  const to = addDays(start, horizon);
  const items = (reminders.data ?? []).filter((r) => r.overdue || earliestDay(r.on) <= to);
  return (
    <section aria-labelledby="list-h">
      <h2 id="list-h">{t('office.calendar.listTitle')}</h2>
      <div className="filters">
        <InputField id="cal-from" type="date" label={t('office.calendar.from')} value={from} onChange={setFrom} />
        <SelectField
          id="cal-horizon"
          label={t('office.calendar.horizon')}
          value={horizon}
          onChange={setHorizon}
          options={HORIZONS}
          optionLabel={(h) => t('office.calendar.days', { count: h })}
        />
      </div>
      <QueryState loading={reminders.isLoading} error={reminders.error} />
      {reminders.data ? (
        <p role="status" className="muted">
          {t('office.calendar.count', { count: items.length })}
        </p>
      ) : null}
      <ul className="reminder-list">
        {items.map((r) => (
          <Item key={reminderKey(r)} r={r} showDate />
        ))}
      </ul>
    </section>
  );
}

/** The signed-in user's own calendar address: a desk calendar subscribes to it. */
function Subscribe() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [url, setUrl] = useState<string | null>(null);
  const { run, outcome, setOutcome, busy } = useAction();
  const make = () =>
    run(async () => {
      const answer = await api<{ url: string }>('/api/calendar/token', { method: 'POST' });
      // Without a configured public address the server answers a path; the page completes it from its own origin.
      setUrl(`${new URL(answer.url, window.location.origin).toString()}&lang=${lang}`);
    }, t('office.calendar.made'));
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ ok: true, text: t('office.calendar.copied') });
    } catch {
      const field = document.getElementById('cal-url') as HTMLInputElement | null;
      field?.select();
      setOutcome({ ok: false, text: t('office.calendar.copyByHand') });
    }
  };
  return (
    <section aria-labelledby="subscribe-h" className="panel">
      <h2 id="subscribe-h">{t('office.calendar.subscribe')}</h2>
      <p>{t('office.calendar.subscribeIntro')}</p>
      <button type="button" onClick={() => void make()} disabled={busy}>
        {url ? t('office.calendar.remake') : t('office.calendar.make')}
      </button>
      {url ? (
        <Field id="cal-url" className="copy-field" label={t('office.calendar.address')}>
          <div className="inline-form">
            <input id="cal-url" readOnly value={url} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy()}>
              {t('office.calendar.copy')}
            </button>
          </div>
          <p className="hint">{t('office.calendar.addressNote')}</p>
        </Field>
      ) : null}
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

/** What is coming: anniversaries, relations, expiring agreements, tasks and events, by month or as a list. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<'month' | 'list'>('month');
  const [month, setMonth] = useState(today().slice(0, 7));
  return (
    <div className="office calendar-page">
      <PageTitle text={t('office.calendar.title')} sub={t('office.calendar.intro')} />
      {/* biome-ignore lint/a11y/useSemanticElements: toggle buttons that switch the view, outside any form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div role="group" aria-label={t('office.calendar.view')} className="tool-group view-switch">
        <button type="button" aria-pressed={view === 'month'} onClick={() => setView('month')}>
          {t('office.calendar.month')}
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          {t('office.calendar.list')}
        </button>
      </div>
      {view === 'month' ? <MonthView month={month} setMonth={setMonth} /> : <ListView />}
      <Subscribe />
    </div>
  );
}
