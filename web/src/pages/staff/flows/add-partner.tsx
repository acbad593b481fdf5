import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PARTNERSHIP_TYPES, type PartnershipType } from '@records/partnership/partnership.schema.ts';
import { preciseDateIssue } from '@domain/precise-date.ts';
import { api, ApiError } from '../../../api/client.ts';
import { addPartner } from '../../../api/flows.ts';
import { useSite, refetchAfterWrite } from '../../../api/queries.ts';
import { CheckField, Field, InputField, noteAria, SelectField } from '../../../components/fields.tsx';
import { OutcomeLine, PageTitle, type Outcome } from '../../../components/page-title.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { nameIn } from '../../../lib/labels.ts';
import { useAreas } from '../../../lib/use-areas.ts';
import { errorText } from '../office/common.tsx';
import { emptyDraft, FLOW_STATUSES, requestOf, type PartnerDraft } from './draft.ts';
import { PartnerPreview } from './partner-preview.tsx';
import { PlaceFinder } from './place-finder.tsx';
import { SourceChooser } from './source-chooser.tsx';
import './flows.css';

const isType = (v: string | null): v is PartnershipType => (PARTNERSHIP_TYPES as readonly (string | null)[]).includes(v);

/** A draft started from the address: a checked claim sends the partner's name, the type, the date, the quote and the source. */
function draftFrom(params: URLSearchParams): PartnerDraft {
  const d = emptyDraft();
  const type = params.get('type');
  const source = params.get('source');
  return {
    ...d,
    type: isType(type) ? type : d.type,
    established: params.get('date') ?? '',
    quote: params.get('quote') ?? '',
    ...(source ? { sourceMode: 'existing' as const, sourceId: source } : {}),
  };
}

/** Where a field's problem is shown: the API's path without the request's own wrapping. */
function fieldOf(path: (string | number)[]): string {
  const parts = path.filter((p) => p !== 'body').map(String);
  if (parts[0] === 'newPlace') return parts[1] ?? 'names';
  if (parts[0] === 'source') return `source.${parts[1] ?? 'id'}`;
  if (parts[0] === 'areas') return 'areas';
  if (parts[0] === 'placeBId' || parts[0] === 'placeId') return 'placeId';
  return parts[0] ?? 'form';
}

/** Adds a partner in one screen: the place, the tie, the source and its quote, shown as published before it is saved. */
export default function AddPartnerPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const site = useSite().data?.home ?? null;
  const homeId = params.get('home') ?? site?.id ?? null;
  const { areas, label } = useAreas();
  const [query, setQuery] = useState(params.get('partner') ?? '');
  const [draft, setDraft] = useState<PartnerDraft>(() => draftFrom(params));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<PartnerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const partnerId = params.get('partnerId');
  useEffect(() => {
    // A claim names the partner by its id: it is searched for by its name, like any other.
    if (!partnerId) return;
    api<{ names: Record<string, string> }>(`/api/places/${partnerId}`)
      .then((p) => setQuery((q) => q || nameIn(p.names, lang)))
      .catch(() => undefined);
  }, [partnerId, lang]);

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!draft.found && !draft.creating) found.placeId = t('flows.errors.place');
    const date = draft.established.trim();
    const dateIssue = date ? preciseDateIssue(date) : null;
    if (dateIssue) found.established = issueText(dateIssue, t);
    if (!draft.quote.trim()) found.quote = t('flows.errors.quote');
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setOutcome(Object.keys(found).length ? { ok: false, text: t('flows.errors.some') } : null);
    if (Object.keys(found).length || !homeId) return;
    setBusy(true);
    try {
      const added = await addPartner(requestOf(draft, homeId));
      await refetchAfterWrite(client);
      navigate(`/staff/records/partnerships/${added.partnershipId}`, { state: { added: true } });
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues : [];
      setErrors(Object.fromEntries(issues.map((i) => [fieldOf(i.path), issueText(i, t)])));
      setOutcome({ ok: false, text: errorText(err, t) });
      setBusy(false);
    }
  };

  return (
    <div className="add-partner">
      <PageTitle text={t('flows.title')} sub={site ? t('flows.subtitle', { home: nameIn(site.names, lang) }) : undefined} />
      <form onSubmit={submit} noValidate aria-labelledby="flow-form-h" className="stack">
        <h2 id="flow-form-h" className="visually-hidden">
          {t('flows.formLabel')}
        </h2>
        <PlaceFinder
          homeId={homeId}
          query={query}
          onQuery={setQuery}
          found={draft.found}
          creating={draft.creating}
          newPlace={draft.newPlace}
          onFound={(found, creating) =>
            change({
              found,
              creating,
              ...(creating && !draft.newPlace.en && !draft.newPlace.zh
                ? { newPlace: { ...draft.newPlace, [/[\u3400-\u9fff]/.test(query) ? 'zh' : 'en']: query.trim() } }
                : {}),
            })
          }
          onNewPlace={(newPlace) => change({ newPlace })}
          errors={errors}
        />
        <section aria-labelledby="flow-tie-h" className="panel">
          <h2 id="flow-tie-h">{t('flows.tie.title')}</h2>
          <div className="row">
            <SelectField<PartnershipType>
              id="flow-type"
              label={t('flows.tie.type')}
              value={draft.type}
              onChange={(type) => change({ type })}
              options={PARTNERSHIP_TYPES}
              optionLabel={(v) => t(`type.${v}`)}
            />
            <SelectField
              id="flow-status"
              label={t('flows.tie.status')}
              value={draft.status}
              onChange={(status) => change({ status })}
              options={FLOW_STATUSES}
              optionLabel={(v) => t(`status.${v}`)}
            />
            <InputField
              id="flow-established"
              label={t('flows.tie.established')}
              value={draft.established}
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              onChange={(established) => change({ established })}
              error={errors.established}
              hint={t('flows.tie.establishedHint')}
            />
          </div>
          <fieldset className="choice areas" aria-describedby={errors.areas ? 'flow-areas-error' : undefined}>
            <legend>{t('flows.tie.areas')}</legend>
            {areas.map((a) => (
              <CheckField
                key={a.key}
                id={`flow-area-${a.key}`}
                label={label(a.key, lang)}
                checked={draft.areas.includes(a.key)}
                onChange={(on) => change({ areas: on ? [...draft.areas, a.key] : draft.areas.filter((k) => k !== a.key) })}
              />
            ))}
          </fieldset>
          {errors.areas ? (
            <p id="flow-areas-error" className="field-error">
              {errors.areas}
            </p>
          ) : null}
          <CheckField
            id="flow-internal"
            label={t('flows.tie.internal')}
            checked={draft.visibility === 'internal'}
            onChange={(on) => change({ visibility: on ? 'internal' : 'public' })}
          />
          <Field id="flow-note" label={t('flows.tie.note')} hint={t('flows.tie.noteHint')}>
            <textarea
              id="flow-note"
              rows={2}
              value={draft.note}
              onChange={(e) => change({ note: e.target.value })}
              {...noteAria('flow-note', { hint: t('flows.tie.noteHint') })}
            />
          </Field>
        </section>
        <SourceChooser draft={draft} onChange={change} errors={errors} />
        <PartnerPreview draft={draft} />
        <OutcomeLine outcome={outcome} />
        {errors.form ? <p className="field-error">{errors.form}</p> : null}
        <button type="submit" className="primary" disabled={busy || !homeId}>
          {t('flows.save')}
        </button>
      </form>
    </div>
  );
}
