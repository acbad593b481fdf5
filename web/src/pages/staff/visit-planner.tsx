import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { EventInput, RegistryEvent } from '@records/event/event.schema.ts';
import { api, ApiError } from '../../api/client.ts';
import { planVisit } from '../../api/flows.ts';
import { previewPublication } from '../../api/office.ts';
import { useRecord, refetchAfterWrite } from '../../api/queries.ts';
import { useConfirm } from '../../components/confirm.tsx';
import { ConflictPanel } from '../../components/conflict.tsx';
import { Field, InputField, noteAria, SelectField } from '../../components/fields.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Bilingual } from '../../components/bilingual-input.tsx';
import { RefPicker } from '../../components/ref-picker.tsx';
import { currentLang } from '../../i18n/index.ts';
import { ISSUE_KEYS, issueText } from '../../lib/issues.ts';
import { nameIn, understoodDate } from '../../lib/labels.ts';
import { dataOf } from '../../lib/schemas.ts';
import { VisitFileFields, type FollowUpDraft, type VisitFileValue } from './office/visit-file.tsx';
import { blankMember, MemberRow, memberRequest, type Member } from './visit-members.tsx';
import { VisitPreview } from './visit-preview.tsx';

type Visit = Record<string, unknown> &
  Pick<EventInput, 'kind' | 'titles'> & {
    start: string | null;
    end: string | null;
    delegationFromPlaceId: string | null;
    partnershipIds: string[];
    members: Member[];
    followUps: FollowUpDraft[];
    itinerary: {
      date: string | null;
      time: string | null;
      organisationId: string | null;
      placeId: string | null;
      title: Record<string, string>;
      purpose: Record<string, string>;
    }[];
    visit: VisitFileValue | null;
  };

const DIRECTIONS = ['incoming_visit', 'outgoing_visit'] as const;
const VISIBILITIES = ['internal', 'public'] as const;
const blankVisit = (): Visit => ({
  kind: 'incoming_visit',
  titles: {},
  start: null,
  end: null,
  delegationFromPlaceId: null,
  partnershipIds: [],
  members: [],
  itinerary: [],
  visit: null,
  followUps: [],
});

/** The stored event as the planner edits it: its participants as members found in the registry. */
function planOf(event: RegistryEvent): Visit {
  const { participants, visibility: _visibility, ...data } = dataOf('event', event) as RegistryEvent;
  return {
    ...(data as unknown as Visit),
    members: participants.map((p) => ({
      personId: p.personId,
      newPerson: null,
      title: p.title,
      delegation: p.delegation,
      representing: p.representing,
    })),
    followUps: [],
  };
}

/** The planner's state as the plan-a-visit request: new members by their names, follow-ups as written. */
function requestOf(visit: Visit) {
  const { members, followUps, ...fields } = visit;
  return { ...fields, members: members.map(memberRequest), followUps: followUps.map((f) => ({ ...f, description: '' })) };
}

/** Under a date: what the text as written was read as, or why it is no date. */
function readAs(text: string | null, t: (k: string, o?: Record<string, string>) => string): string {
  if (!text?.trim()) return t('form.dateHint');
  const read = understoodDate(text, currentLang());
  return 'date' in read ? t('form.dateRead', read) : t(ISSUE_KEYS[read.code]);
}

/** A problem the API named, with the field it names, in the reader's language. */
const problemText = (i: { path: (string | number)[] }, text: string, t: (k: string) => string) =>
  `${i.path
    .filter((p) => p !== 'body')
    // The API's paths carry an element's index as a number or, from some checks, as its digits.
    .map((p) => (typeof p === 'number' || /^\d+$/.test(p) ? Number(p) + 1 : t(`field.${p}`)))
    .join(' › ')}: ${text}`;
const blankStop = (): Visit['itinerary'][number] => ({
  date: null,
  time: null,
  organisationId: null,
  placeId: null,
  title: {},
  purpose: {},
});

/** One planner per visit: opening another visit starts afresh. */
export default function VisitPlannerPage() {
  const { id } = useParams();
  return <VisitPlanner key={id ?? 'new'} />;
}

/** Plans an incoming or outgoing visit: its delegation and its programme, stop by stop, in order. */
function VisitPlanner() {
  const { id } = useParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const record = useRecord<RegistryEvent>('event', id);
  const [visit, setVisit] = useState<Visit | null>(id ? null : blankVisit());
  const [base, setBase] = useState<Visit | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  // A planned visit stays with the office until it is published; only publishing changes this.
  const [visibility, setVisibility] = useState<'public' | 'internal'>('internal');
  const [problems, setProblems] = useState<string[]>([]);
  const created = (useLocation().state as { created?: number } | null)?.created;
  const [status, setStatus] = useState<string | null>(created ? t('editor.saved', { version: created }) : null);
  const [conflict, setConflict] = useState<{ theirs: Visit; version: number } | null>(null);
  const { dialog, ask } = useConfirm();

  const showStored = (event: RegistryEvent) => {
    const plan = planOf(event);
    setVisit(plan);
    setBase(plan);
    setVersion(event.version);
    setVisibility(event.visibility);
  };
  useEffect(() => {
    if (id && record.data && visit === null) showStored(record.data);
  });

  if (!visit) return <QueryState loading={record.isLoading} error={record.error} />;
  const update = (patch: Partial<Visit>) => setVisit((v) => (v ? { ...v, ...patch } : v));
  const setStop = (i: number, patch: Partial<Visit['itinerary'][number]>) =>
    setVisit((v) => v && { ...v, itinerary: v.itinerary.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const moveStop = (from: number, to: number) => {
    const next = [...visit.itinerary];
    const [stop] = next.splice(from, 1);
    next.splice(to, 0, stop!);
    update({ itinerary: next });
  };
  const setMember = (i: number, patch: Partial<Member>) =>
    setVisit((v) => v && { ...v, members: v.members.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  const failed = (err: unknown) =>
    setProblems(
      err instanceof ApiError && err.issues.length
        ? err.issues.map((i) => problemText(i, issueText(i, t), t))
        : [err instanceof ApiError ? err.message : String(err)],
    );
  const save = async (data: Visit, basedOn: number | null) => {
    setStatus(null);
    setProblems([]);
    try {
      const planned = await planVisit(requestOf(data), id && basedOn !== null ? { id, version: basedOn } : undefined);
      const saved = await api<RegistryEvent>(`/api/events/${planned.eventId}`);
      showStored(saved);
      setConflict(null);
      setStatus(t('editor.saved', { version: saved.version }));
      client.removeQueries({ queryKey: ['record', 'event', saved.id] });
      await refetchAfterWrite(client, { queryKey: ['all'] });
      if (!id) navigate(`/staff/visits/${saved.id}`, { replace: true, state: { created: saved.version } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        const current = await api<RegistryEvent>(`/api/events/${id}`);
        setConflict({ theirs: planOf(current), version: current.version });
      } else failed(err);
    }
  };
  /**
   * Publishing shows the visit to everyone with the members still internal; taking it back takes
   * back those its publication made public: the editor is told who first, as the server counts them.
   */
  const publicationAgreed = async (eventId: string, publish: boolean) => {
    const { people } = await previewPublication(eventId, publish);
    const names = people.map((p) => nameIn(p.names, lang)).join(lang === 'zh' ? '、' : ', ');
    const key = publish ? 'visits.confirmPublish' : 'visits.confirmUnpublish';
    return ask({
      title: t(`${key}.title`, { title: nameIn(visit?.titles, lang) }),
      body: names ? t(`${key}.members`, { names, count: people.length }) : t(`${key}.none`),
      confirm: t(publish ? 'visits.publish' : 'visits.unpublish'),
    });
  };
  const publish = async (publish: boolean) => {
    if (!id || version === null) return;
    setStatus(null);
    try {
      if (!(await publicationAgreed(id, publish))) return;
      const saved = await api<RegistryEvent>(`/api/events/${id}/${publish ? 'publish' : 'unpublish'}`, { method: 'POST', version });
      setBase(planOf(saved));
      setVersion(saved.version);
      setVisibility(saved.visibility);
      setStatus(t(publish ? 'visits.published' : 'visits.unpublished', { version: saved.version }));
      client.removeQueries({ queryKey: ['record', 'event', saved.id] });
      await refetchAfterWrite(client, { queryKey: ['all'] });
    } catch (err) {
      failed(err);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(visit, version);
  };

  const title = nameIn(visit.titles, lang) || t('visits.new');
  return (
    <div className="planner">
      {dialog}
      <PageTitle text={title} sub={t('visits.plannerIntro')} />
      <p className="no-print">
        <Link to="/staff/visits">{t('visits.back')}</Link>
        {id ? (
          <>
            {' '}
            · <Link to={`/staff/visits/${id}/programme`}>{t('visits.programme')}</Link> ·{' '}
            <Link to={`/events/${id}`}>{t('visits.publicPage')}</Link>
          </>
        ) : null}
      </p>
      {conflict && base ? (
        <ConflictPanel
          base={base}
          theirs={conflict.theirs}
          theirVersion={conflict.version}
          mine={visit}
          onMerge={(merged, v) => void save(merged as Visit, v)}
          onDiscard={(theirs, v) => {
            setVisit(theirs as Visit);
            setBase(theirs as Visit);
            setVersion(v);
            setConflict(null);
          }}
        />
      ) : null}
      {problems.length ? (
        <div role="alert" className="error-summary">
          <ul>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the messages of one validation, replaced together and never reordered; two can read alike
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {status ? (
        <p role="status" className="ok">
          {status}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-label={t('visits.form')}>
        <fieldset className="plain">
          <SelectField<Visit['kind']>
            id="v-kind"
            label={t('visits.direction')}
            value={visit.kind}
            onChange={(kind) => update({ kind })}
            options={DIRECTIONS}
            optionLabel={(k) => t(`eventKind.${k}`)}
          />
          <Bilingual
            id="v-title"
            label={t('field.titles')}
            value={visit.titles as Record<string, string>}
            onChange={(titles) => update({ titles })}
          />
          <div className="row">
            <InputField
              id="v-start"
              label={t('field.start')}
              hint={readAs(visit.start, t)}
              value={visit.start ?? ''}
              onChange={(start) => update({ start: start || null })}
            />
            <InputField
              id="v-end"
              label={t('field.end')}
              hint={readAs(visit.end, t)}
              value={visit.end ?? ''}
              onChange={(end) => update({ end: end || null })}
            />
          </div>
          <Field id="v-from" label={t('field.delegationFromPlaceId')}>
            <RefPicker
              id="v-from"
              kind="place"
              value={visit.delegationFromPlaceId}
              onChange={(v) => update({ delegationFromPlaceId: v })}
            />
          </Field>
          {/* Who sees it is shown, not chosen here: only publishing changes it, with its own audit entry. */}
          <Field
            id="v-visibility"
            label={t('visits.visibility')}
            hint={t(visibility === 'public' ? 'visits.isPublic' : 'visits.staffOnly')}
          >
            <select id="v-visibility" value={visibility} disabled {...noteAria('v-visibility', { hint: true })}>
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`visits.visibilityChoice.${v}`)}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('events.delegation')}</legend>
          <ol className="plan-list">
            {visit.members.map((m, i) => (
              <MemberRow
                // biome-ignore lint/suspicious/noArrayIndexKey: members have no id until saved: a row is edited in place and its fields are named by its number
                key={i}
                i={i}
                member={m}
                date={visit.start}
                onChange={(patch) => setMember(i, patch)}
                onRemove={() => update({ members: visit.members.filter((_, j) => j !== i) })}
              />
            ))}
          </ol>
          <button type="button" onClick={() => update({ members: [...visit.members, blankMember(visit.members.length === 0)] })}>
            {t('visits.addMember')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('visits.ties')}</legend>
          <ol className="plan-list">
            {visit.partnershipIds.map((tie, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is a choice edited in place and named by its number
              <li key={i} className="list-item">
                <Field id={`v-tie-${i}`} label={t('visits.tie', { n: i + 1 })}>
                  <RefPicker
                    id={`v-tie-${i}`}
                    kind="partnership"
                    value={tie || null}
                    required
                    onChange={(v) => update({ partnershipIds: visit.partnershipIds.map((x, j) => (j === i ? (v ?? '') : x)) })}
                  />
                </Field>
                <button type="button" onClick={() => update({ partnershipIds: visit.partnershipIds.filter((_, j) => j !== i) })}>
                  {t('visits.removeTie', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => update({ partnershipIds: [...visit.partnershipIds, ''] })}>
            {t('visits.addTie')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('events.itinerary')}</legend>
          <ol className="plan-list">
            {visit.itinerary.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: stops have no id: a row is edited in place and its fields are named by its number
              <li key={i} className="list-item" aria-label={t('visits.stop', { n: i + 1 })}>
                <h3>{t('visits.stop', { n: i + 1 })}</h3>
                <div className="row">
                  <InputField
                    id={`v-date-${i}`}
                    label={t('field.date')}
                    hint={readAs(s.date, t)}
                    value={s.date ?? ''}
                    onChange={(date) => setStop(i, { date: date || null })}
                  />
                  <InputField
                    id={`v-time-${i}`}
                    label={t('field.time')}
                    placeholder="HH:MM"
                    value={s.time ?? ''}
                    onChange={(time) => setStop(i, { time: time || null })}
                  />
                </div>
                <div className="row">
                  <Field id={`v-org-${i}`} label={t('field.organisationId')}>
                    <RefPicker
                      id={`v-org-${i}`}
                      kind="organisation"
                      value={s.organisationId}
                      onChange={(v) => setStop(i, { organisationId: v })}
                    />
                  </Field>
                  <Field id={`v-place-${i}`} label={t('field.placeId')}>
                    <RefPicker id={`v-place-${i}`} kind="place" value={s.placeId} onChange={(v) => setStop(i, { placeId: v })} />
                  </Field>
                </div>
                <Bilingual id={`v-stitle-${i}`} label={t('visits.stopTitle')} value={s.title} onChange={(title) => setStop(i, { title })} />
                <Bilingual
                  id={`v-purpose-${i}`}
                  label={t('field.purpose')}
                  value={s.purpose}
                  onChange={(purpose) => setStop(i, { purpose })}
                />
                {/* biome-ignore lint/a11y/useSemanticElements: the buttons that move or remove this stop, inside the itinerary's fieldset; a nested <fieldset> would draw another bordered box */}
                <div className="item-tools" role="group" aria-label={t('visits.stop', { n: i + 1 })}>
                  <button type="button" disabled={i === 0} onClick={() => moveStop(i, i - 1)}>
                    {t('visits.moveUp', { n: i + 1 })}
                  </button>
                  <button type="button" disabled={i === visit.itinerary.length - 1} onClick={() => moveStop(i, i + 1)}>
                    {t('visits.moveDown', { n: i + 1 })}
                  </button>
                  <button type="button" onClick={() => update({ itinerary: visit.itinerary.filter((_, j) => j !== i) })}>
                    {t('visits.removeStop', { n: i + 1 })}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => update({ itinerary: [...visit.itinerary, blankStop()] })}>
            {t('visits.addStop')}
          </button>
        </fieldset>
        <VisitPreview visit={visit} visibility={visibility} />
        <VisitFileFields
          value={visit.visit ?? null}
          onChange={(file) => update({ visit: file })}
          eventId={id}
          drafts={visit.followUps}
          onDrafts={(followUps) => update({ followUps })}
        />
        <div className="actions sticky">
          <button type="submit" className="primary">
            {t('visits.save')}
          </button>
          {id && base ? (
            <button type="button" onClick={() => void publish(visibility !== 'public')}>
              {t(visibility === 'public' ? 'visits.unpublish' : 'visits.publish')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
