import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { EventDataSchema, type EventInput, type RegistryEvent } from '@records/event/event.schema.ts';
import { api, ApiError } from '../../api/client.ts';
import { useRecord } from '../../api/queries.ts';
import { ConflictPanel } from '../../components/conflict.tsx';
import { Field, InputField, SelectField } from '../../components/fields.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Bilingual } from '../../components/bilingual-input.tsx';
import { RefPicker } from '../../components/ref-picker.tsx';
import { currentLang } from '../../i18n/index.ts';
import { issueText } from '../../lib/issues.ts';
import { nameIn } from '../../lib/labels.ts';
import { dataOf } from '../../lib/schemas.ts';
import { VisitFileFields, type VisitFileValue } from './office/visit-file.tsx';

type Visit = Record<string, unknown> &
  Pick<EventInput, 'kind' | 'titles'> & {
    start: string | null;
    end: string | null;
    delegationFromPlaceId: string | null;
    participants: { personId: string; title: Record<string, string>; representing: null; delegation: 'head' | 'member' | null }[];
    itinerary: {
      date: string | null;
      time: string | null;
      organisationId: string | null;
      placeId: string | null;
      title: Record<string, string>;
      purpose: Record<string, string>;
    }[];
    visit: VisitFileValue | null;
    visibility: 'public' | 'internal';
  };

const DIRECTIONS = ['incoming_visit', 'outgoing_visit'] as const;
const VISIBILITIES = ['internal', 'public'] as const;
const blankVisit = (): Visit => ({
  kind: 'incoming_visit',
  titles: {},
  start: null,
  end: null,
  delegationFromPlaceId: null,
  participants: [],
  itinerary: [],
  visit: null,
  // A planned visit stays with the office until it is published.
  visibility: 'internal',
});
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
  const [problems, setProblems] = useState<string[]>([]);
  const created = (useLocation().state as { created?: number } | null)?.created;
  const [status, setStatus] = useState<string | null>(created ? t('editor.saved', { version: created }) : null);
  const [conflict, setConflict] = useState<{ theirs: Visit; version: number } | null>(null);

  useEffect(() => {
    if (id && record.data && visit === null) {
      const data = dataOf('event', record.data) as Visit;
      setVisit(data);
      setBase(data);
      setVersion(record.data.version);
    }
  }, [id, record.data, visit]);

  if (!visit) return <QueryState loading={record.isLoading} error={record.error} />;
  const update = (patch: Partial<Visit>) => setVisit({ ...visit, ...patch });
  const setStop = (i: number, patch: Partial<Visit['itinerary'][number]>) =>
    update({ itinerary: visit.itinerary.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const moveStop = (from: number, to: number) => {
    const next = [...visit.itinerary];
    const [stop] = next.splice(from, 1);
    next.splice(to, 0, stop!);
    update({ itinerary: next });
  };
  const setMember = (i: number, patch: Partial<Visit['participants'][number]>) =>
    update({ participants: visit.participants.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  const save = async (data: Visit, basedOn: number | null) => {
    setStatus(null);
    const parsed = EventDataSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map(
          (i) => `${i.path.map((p) => (typeof p === 'number' ? p + 1 : t(`field.${String(p)}`))).join(' › ')}: ${issueText(i, t)}`,
        ),
      );
      return;
    }
    setProblems([]);
    try {
      const saved = id
        ? await api<RegistryEvent>(`/api/events/${id}`, { method: 'PUT', body: parsed.data, version: basedOn ?? undefined })
        : await api<RegistryEvent>('/api/events', { method: 'POST', body: parsed.data });
      const stored = dataOf('event', saved) as Visit;
      setVisit(stored);
      setBase(stored);
      setVersion(saved.version);
      setConflict(null);
      setStatus(t('editor.saved', { version: saved.version }));
      client.removeQueries({ queryKey: ['record', 'event', saved.id] });
      await client.invalidateQueries({ queryKey: ['all', 'event'] });
      if (!id) navigate(`/staff/visits/${saved.id}`, { replace: true, state: { created: saved.version } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        const current = await api<RegistryEvent>(`/api/events/${id}`);
        setConflict({ theirs: dataOf('event', current) as Visit, version: current.version });
      } else {
        setProblems([err instanceof ApiError && err.issues[0] ? issueText(err.issues[0], t) : String(err)]);
      }
    }
  };
  const publish = async (publish: boolean) => {
    if (!id || version === null) return;
    setStatus(null);
    try {
      const saved = await api<RegistryEvent>(`/api/events/${id}/${publish ? 'publish' : 'unpublish'}`, { method: 'POST', version });
      const stored = dataOf('event', saved) as Visit;
      setVisit({ ...visit!, visibility: stored.visibility });
      setBase(stored);
      setVersion(saved.version);
      setStatus(t(publish ? 'visits.published' : 'visits.unpublished', { version: saved.version }));
      client.removeQueries({ queryKey: ['record', 'event', saved.id] });
      await client.invalidateQueries({ queryKey: ['all', 'event'] });
    } catch (err) {
      setProblems([err instanceof ApiError && err.issues[0] ? issueText(err.issues[0], t) : String(err)]);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(visit, version);
  };

  const title = nameIn(visit.titles, lang) || t('visits.new');
  return (
    <div className="planner">
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
              placeholder="YYYY-MM-DD"
              value={visit.start ?? ''}
              onChange={(start) => update({ start: start || null })}
            />
            <InputField
              id="v-end"
              label={t('field.end')}
              placeholder="YYYY-MM-DD"
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
          <SelectField<Visit['visibility']>
            id="v-visibility"
            label={t('visits.visibility')}
            value={visit.visibility}
            onChange={(visibility) => update({ visibility })}
            options={VISIBILITIES}
            optionLabel={(v) => t(`visits.visibilityChoice.${v}`)}
          />
        </fieldset>

        <fieldset>
          <legend>{t('events.delegation')}</legend>
          <ol className="plan-list">
            {visit.participants.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: members have no id: a row is edited in place and its fields are named by its number
              <li key={i} className="list-item">
                <div className="row">
                  <Field id={`v-person-${i}`} label={t('visits.member', { n: i + 1 })}>
                    <RefPicker
                      id={`v-person-${i}`}
                      kind="person"
                      value={p.personId || null}
                      required
                      onChange={(v) => setMember(i, { personId: v ?? '' })}
                    />
                  </Field>
                  <Field id={`v-role-${i}`} label={t('visits.role')}>
                    <select
                      id={`v-role-${i}`}
                      value={p.delegation ?? ''}
                      onChange={(e) => setMember(i, { delegation: (e.target.value || null) as 'head' | 'member' | null })}
                    >
                      <option value="head">{t('value.head')}</option>
                      <option value="member">{t('value.member')}</option>
                      <option value="">{t('visits.notInDelegation')}</option>
                    </select>
                  </Field>
                </div>
                <Bilingual
                  id={`v-ptitle-${i}`}
                  label={t('visits.titleHeld')}
                  value={p.title}
                  onChange={(title) => setMember(i, { title })}
                />
                <button type="button" onClick={() => update({ participants: visit.participants.filter((_, j) => j !== i) })}>
                  {t('form.remove')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              update({
                participants: [
                  ...visit.participants,
                  { personId: '', title: {}, representing: null, delegation: visit.participants.length ? 'member' : 'head' },
                ],
              })
            }
          >
            {t('visits.addMember')}
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
                    placeholder="YYYY-MM-DD"
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
        <VisitFileFields value={visit.visit ?? null} onChange={(file) => update({ visit: file })} eventId={id} />
        <div className="actions sticky">
          <button type="submit" className="primary">
            {t('visits.save')}
          </button>
          {id && base ? (
            <button type="button" onClick={() => void publish(base.visibility !== 'public')}>
              {t(base.visibility === 'public' ? 'visits.unpublish' : 'visits.publish')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
