import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isVisit, type EventKind, type RegistryEvent } from '@records/event/event.schema.ts';
import { TASK_STATUSES, TaskDataSchema } from '@records/task/task.schema.ts';
import { api } from '../../../api/client.ts';
import type { Agreement, Task } from '../../../api/office.ts';
import { useListPage } from '../../../api/list-page.ts';
import { useRecord } from '../../../api/queries.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { Field, InputField, noteAria, SelectField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { RefPicker } from '../../../components/ref-picker.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';
import { useLabelsOf } from '../../../lib/record-labels.ts';
import { CursorPager } from '../../../components/pager.tsx';
import { usePaging } from '../../../components/use-paging.ts';
import { OutcomeLine, today, useAction } from './common.tsx';

const DUE = ['any', 'overdue', 'week', 'month'] as const;
const FOLLOWS = ['any', 'agreement', 'event', 'partnership', 'none'] as const;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The agreement, visit or tie a task follows, as links. */
function Follows({
  task,
  labels,
}: {
  task: Task;
  labels: Record<'agreement' | 'event' | 'partnership', Map<string, { label: string; record: unknown }>>;
}) {
  const { t } = useTranslation();
  // A visit opens in the planner, any other event in the editor.
  const eventKind = task.eventId ? (labels.event.get(task.eventId)?.record as { kind?: EventKind } | undefined)?.kind : undefined;
  const eventPath = eventKind && !isVisit(eventKind) ? `/staff/records/events/${task.eventId}` : `/staff/visits/${task.eventId}`;
  const links = [
    task.agreementId
      ? {
          kind: 'agreement',
          to: `/staff/records/agreements/${task.agreementId}`,
          label: labels.agreement.get(task.agreementId)?.label ?? task.agreementId,
        }
      : null,
    task.eventId ? { kind: 'event', to: eventPath, label: labels.event.get(task.eventId)?.label ?? task.eventId } : null,
    task.partnershipId
      ? {
          kind: 'partnership',
          to: `/staff/records/partnerships/${task.partnershipId}`,
          label: labels.partnership.get(task.partnershipId)?.label ?? task.partnershipId,
        }
      : null,
  ].filter((l) => l !== null);
  if (!links.length) return <span className="muted">—</span>;
  return (
    <ul className="follows">
      {links.map((l) => (
        <li key={l.kind}>
          <span className="muted">{t(`office.tasks.follows.${l.kind}`)}</span> <Link to={l.to}>{l.label}</Link>
        </li>
      ))}
    </ul>
  );
}

const PAGE_SIZE = 50;

/** What the server is asked for the filters as set: the due filter as dates, overdue as the open tasks due before today. */
function taskFilters(f: { status: string; owner: string; due: (typeof DUE)[number]; follows: (typeof FOLLOWS)[number] }, now: string) {
  const out: Record<string, string> = {};
  if (f.status) out.state = f.status;
  if (f.owner) out.owner = f.owner;
  if (f.follows !== 'any') out.follows = f.follows;
  if (f.due === 'overdue') Object.assign(out, { state: 'open', to: addDays(now, -1) });
  else if (f.due !== 'any') Object.assign(out, { from: now, to: addDays(now, f.due === 'week' ? 7 : 31) });
  return out;
}

/** The follow-up tasks: who does what by when, for which agreement, visit or tie, a page at a time by due date. */
export default function TasksPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const [status, setStatus] = useState<(typeof TASK_STATUSES)[number] | ''>('open');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<(typeof DUE)[number]>('any');
  const [follows, setFollows] = useState<(typeof FOLLOWS)[number]>('any');
  const paging = usePaging(PAGE_SIZE);
  const now = today();
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      paging.restart();
    };
  const page = useListPage<Task>('task', {
    q: paging.q,
    sort: 'date',
    order: 'asc',
    cursor: paging.cursor,
    limit: PAGE_SIZE,
    filters: taskFilters({ status, owner, due, follows }, now),
  });
  const rows = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const labels = {
    agreement: useLabelsOf(
      'agreement',
      rows.map((task) => task.agreementId ?? ''),
    ),
    event: useLabelsOf(
      'event',
      rows.map((task) => task.eventId ?? ''),
    ),
    partnership: useLabelsOf(
      'partnership',
      rows.map((task) => task.partnershipId ?? ''),
    ),
  };
  const { run, outcome, busy } = useAction();
  const created = Boolean((useLocation().state as { taskCreated?: string } | null)?.taskCreated);
  // The owners to choose among: oneself, the one chosen, and those of the tasks shown.
  const owners = [...new Set([me?.user?.email ?? '', owner, ...rows.map((task) => task.owner)].filter(Boolean))].sort();
  const canEdit = hasRole(me, 'editor');

  const mark = (task: Task, done: boolean) =>
    run(
      async () => {
        const current = await api<Task>(`/api/tasks/${task.id}`);
        await api(`/api/tasks/${task.id}`, {
          method: 'PATCH',
          version: current.version,
          body: done ? { status: 'done', doneOn: today() } : { status: 'open', doneOn: null },
        });
      },
      done ? t('office.tasks.markedDone', { title: task.title }) : t('office.tasks.reopened', { title: task.title }),
      ['all', 'reminders', 'visits-report'],
    );

  return (
    <div className="office tasks-page">
      <PageTitle text={t('office.tasks.title')} sub={t('office.tasks.intro')} />
      {canEdit ? (
        <p>
          <Link className="button primary" to="/staff/tasks/new">
            {t('office.tasks.new')}
          </Link>
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: filters that apply as they change, not part of a form; a <fieldset> would take the bordered box styles.css gives fieldsets */}
      <div className="filters" role="group" aria-label={t('office.tasks.filters')}>
        <InputField id="t-search" type="search" label={t('home.search')} value={paging.search} onChange={paging.setSearch} />
        <SelectField
          id="t-status"
          label={t('office.tasks.status')}
          value={status}
          onChange={filter(setStatus)}
          all={t('common.all')}
          options={TASK_STATUSES}
          optionLabel={(s) => t(`value.${s}`)}
        />
        <SelectField
          id="t-owner"
          label={t('office.tasks.owner')}
          value={owner}
          onChange={filter(setOwner)}
          all={t('common.all')}
          options={owners}
          optionLabel={(o) => (o === me?.user?.email ? t('office.tasks.mine', { email: o }) : o)}
        />
        <SelectField
          id="t-due"
          label={t('office.tasks.due')}
          value={due}
          onChange={filter(setDue)}
          options={DUE}
          optionLabel={(d) => t(`office.tasks.dueFilter.${d}`)}
        />
        <SelectField
          id="t-follows"
          label={t('office.tasks.followsLabel')}
          value={follows}
          onChange={filter(setFollows)}
          options={FOLLOWS}
          optionLabel={(f) => t(`office.tasks.followsFilter.${f}`)}
        />
      </div>
      <QueryState loading={false} error={page.error} />
      <OutcomeLine outcome={outcome ?? (created ? { ok: true, text: t('office.tasks.created') } : null)} />
      <p role="status" className="muted" aria-busy={page.isFetching}>
        {page.isLoading
          ? t('common.loading')
          : total
            ? t('office.tasks.range', { from: paging.from, to: paging.from + rows.length - 1, total })
            : t('office.tasks.none')}
      </p>
      <DataTable
        scroll
        rows={rows}
        columns={[
          t('office.tasks.task'),
          t('office.tasks.owner'),
          t('office.tasks.due'),
          t('office.tasks.status'),
          t('office.tasks.followsLabel'),
          ...(canEdit ? [t('office.tasks.actions')] : []),
        ]}
        row={(task) => {
          const overdue = task.status === 'open' && task.due < now;
          const open = task.status === 'open';
          return (
            <tr key={task.id} className={overdue ? 'overdue' : undefined}>
              <td>
                <Link to={`/staff/records/tasks/${task.id}`}>{task.title}</Link>
                {task.description ? <p className="muted small">{task.description}</p> : null}
              </td>
              <td>{task.owner}</td>
              <td>
                {dateText(task.due, lang)}
                {overdue ? <strong className="overdue-mark"> {t('office.calendar.overdue')}</strong> : null}
              </td>
              <td>
                {t(`value.${task.status}`)}
                {task.doneOn ? <span className="muted"> {dateText(task.doneOn, lang)}</span> : null}
              </td>
              <td>
                <Follows task={task} labels={labels} />
              </td>
              {canEdit ? (
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void mark(task, open)}
                    aria-label={t(open ? 'office.tasks.doneOf' : 'office.tasks.reopenOf', { title: task.title })}
                  >
                    {t(open ? 'office.tasks.done' : 'office.tasks.reopen')}
                  </button>
                </td>
              ) : null}
            </tr>
          );
        }}
      />
      <CursorPager paging={paging} page={page} shown={rows.length} total={total} />
    </div>
  );
}

interface Draft {
  title: string;
  description: string;
  owner: string;
  due: string;
  agreementId: string | null;
  eventId: string | null;
  partnershipId: string | null;
}

/** A new task, prefilled from the visit, agreement or tie it follows (`?eventId=…`, `?agreementId=…`, `?partnershipId=…`). */
export function NewTaskPage() {
  const [params] = useSearchParams();
  const eventId = params.get('eventId');
  const agreementId = params.get('agreementId');
  const event = useRecord<RegistryEvent>('event', eventId ?? undefined);
  const agreement = useRecord<Agreement>('agreement', agreementId ?? undefined);
  if ((eventId && !event.data && event.isLoading) || (agreementId && !agreement.data && agreement.isLoading))
    return <QueryState loading error={null} />;
  return (
    <NewTask
      key={`${eventId}/${agreementId}`}
      event={event.data ?? null}
      agreement={agreement.data ?? null}
      partnershipId={params.get('partnershipId')}
    />
  );
}

function NewTask({
  event,
  agreement,
  partnershipId,
}: {
  event: RegistryEvent | null;
  agreement: Agreement | null;
  partnershipId: string | null;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { me } = useSession();
  const navigate = useNavigate();
  const followed = event ? nameIn(event.titles, lang) : agreement ? nameIn(agreement.titles, lang) : null;
  const [draft, setDraft] = useState<Draft>({
    title: followed ? t('office.tasks.followUp', { title: followed }) : '',
    description: '',
    owner: me?.user?.email ?? '',
    due: (() => {
      const d = new Date(Date.now() + 14 * 86_400_000);
      return d.toISOString().slice(0, 10);
    })(),
    eventId: event?.id ?? null,
    agreementId: agreement?.id ?? null,
    partnershipId: partnershipId ?? event?.partnershipIds[0] ?? agreement?.partnerships[0]?.partnershipId ?? null,
  });
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const { run, outcome, busy } = useAction();
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = TaskDataSchema.safeParse({ ...draft, description: draft.description.trim() || null }, { reportInput: true });
    if (!parsed.success) {
      setProblems(new Map(parsed.error.issues.map((i) => [String(i.path[0]), issueText(i, t)])));
      return;
    }
    setProblems(new Map());
    let id = '';
    const ok = await run(
      async () => {
        id = (await api<Task>('/api/tasks', { method: 'POST', body: parsed.data })).id;
      },
      t('office.tasks.created'),
      ['all', 'reminders', 'visits-report'],
    );
    if (ok) navigate(event && isVisit(event.kind) ? `/staff/visits/${event.id}` : '/staff/tasks', { state: { taskCreated: id } });
  };
  const field = (
    name: keyof Draft,
    label: string,
    input: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode,
  ) => {
    const id = `nt-${name}`;
    const error = problems.get(name);
    return (
      <Field id={id} label={label} error={error}>
        {input({ id, ...noteAria(id, { error }) })}
      </Field>
    );
  };
  return (
    <div className="office">
      <PageTitle text={t('office.tasks.new')} sub={followed ? t('office.tasks.newFor', { title: followed }) : undefined} />
      <p>
        <Link to="/staff/tasks">{t('office.tasks.back')}</Link>
      </p>
      <form onSubmit={submit} noValidate aria-label={t('office.tasks.new')} className="stack panel narrow">
        {field('title', t('office.tasks.task'), (p) => (
          <input {...p} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
        ))}
        {field('description', t('field.description'), (p) => (
          <textarea {...p} rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
        ))}
        {field('owner', t('office.tasks.owner'), (p) => (
          <input {...p} type="text" autoComplete="email" value={draft.owner} onChange={(e) => set({ owner: e.target.value })} />
        ))}
        {field('due', t('office.tasks.due'), (p) => (
          <input {...p} type="date" value={draft.due} onChange={(e) => set({ due: e.target.value })} />
        ))}
        {field('eventId', t('office.tasks.follows.event'), (p) => (
          <RefPicker
            id={p.id}
            kind="event"
            value={draft.eventId}
            onChange={(v) => set({ eventId: v })}
            invalid={p['aria-invalid']}
            describedBy={p['aria-describedby']}
          />
        ))}
        {field('agreementId', t('office.tasks.follows.agreement'), (p) => (
          <RefPicker
            id={p.id}
            kind="agreement"
            value={draft.agreementId}
            onChange={(v) => set({ agreementId: v })}
            invalid={p['aria-invalid']}
            describedBy={p['aria-describedby']}
          />
        ))}
        {field('partnershipId', t('office.tasks.follows.partnership'), (p) => (
          <RefPicker
            id={p.id}
            kind="partnership"
            value={draft.partnershipId}
            onChange={(v) => set({ partnershipId: v })}
            invalid={p['aria-invalid']}
            describedBy={p['aria-describedby']}
          />
        ))}
        <p className="muted">{t('office.tasks.internalNote')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {t('office.tasks.create')}
        </button>
        <OutcomeLine outcome={outcome} />
      </form>
    </div>
  );
}
