import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Names } from '@domain/common.ts';
import { PARTNERSHIP_TYPES, type PartnershipType, type Partnership } from '@records/partnership/partnership.schema.ts';
import { ApiError } from '../../../api/client.ts';
import { previewSigning, recordSigning, type RecordedSigningAnswer, type SigningPublicViewAnswer } from '../../../api/flows.ts';
import { useAll, useSite } from '../../../api/queries.ts';
import { CheckField, Field, InputField, SelectField } from '../../../components/fields.tsx';
import { OutcomeLine, PageTitle, type Outcome } from '../../../components/page-title.tsx';
import { RefPicker } from '../../../components/ref-picker.tsx';
import { DateHint } from '../../../components/schema-form.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';
import { errorText } from '../office/common.tsx';
import { PlaceFinder } from './place-finder.tsx';
import { SignatoryFields } from './signatory-fields.tsx';
import { emptySigning, SIGNING_KINDS, signingField, signingRequest, type SigningDraft, type SigningKind } from './signing-draft.ts';
import { SigningPreview } from './signing-preview.tsx';
import { SourceChooser } from './source-chooser.tsx';
import './flows.css';

/** The home's ties with their partners' names, for the tie a signing upgrades. */
function useHomeTies(homeId: string | null) {
  const ties = useAll<Partnership & { id: string }>('partnership', { place: homeId ?? '' }, Boolean(homeId));
  const places = useAll<{ id: string; names: Names }>('place', {}, Boolean(homeId));
  const names = new Map((places.data ?? []).map((p) => [p.id, p.names]));
  return (ties.data ?? []).map((tie) => ({ tie, partner: names.get(tie.placeAId === homeId ? tie.placeBId : tie.placeAId) }));
}

/** Records a signing in one screen: the agreement, who signed it, the tie it founds or upgrades, the source; shown as published before it is saved. */
export default function RecordSigningPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const site = useSite().data?.home ?? null;
  const homeId = params.get('home') ?? site?.id ?? null;
  const ties = useHomeTies(homeId);
  const [draft, setDraft] = useState<SigningDraft>(emptySigning);
  const [query, setQuery] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [view, setView] = useState<SigningPublicViewAnswer | null>(null);
  const [saved, setSaved] = useState<RecordedSigningAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  // Any change makes the preview shown an old one: it is asked for again before saving.
  const change = useCallback((patch: Partial<SigningDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setView(null);
  }, []);

  const homeName = site ? nameIn(site.names, lang) : '';
  const chosenTie = ties.find((x) => x.tie.id === draft.tieId);
  const partnerName =
    draft.effect === 'upgrades'
      ? chosenTie?.partner
        ? nameIn(chosenTie.partner, lang)
        : t('signing.signers.partnerSide')
      : draft.creating
        ? draft.newPlace[lang] || draft.newPlace.en || draft.newPlace.zh || t('signing.signers.partnerSide')
        : draft.found
          ? nameIn(draft.found.names, lang)
          : t('signing.signers.partnerSide');
  const sides = { home: homeName, partner: partnerName };

  const failed = (err: unknown) => {
    const issues = err instanceof ApiError ? err.issues : [];
    setErrors(Object.fromEntries(issues.map((i) => [signingField(i.path), issueText(i, t)])));
    setOutcome({ ok: false, text: errorText(err, t) });
  };

  const preview = async () => {
    if (!homeId) return;
    setBusy(true);
    setOutcome(null);
    try {
      setView(await previewSigning(signingRequest(draft, homeId)));
      setErrors({});
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!homeId) return;
    if (!view) {
      setOutcome({ ok: false, text: t('signing.errors.preview') });
      return;
    }
    setBusy(true);
    try {
      const done = await recordSigning(signingRequest(draft, homeId));
      await client.invalidateQueries();
      setSaved(done);
      setOutcome({ ok: true, text: t('signing.saved') });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  if (saved)
    return (
      <div className="record-signing">
        <PageTitle text={t('signing.title')} />
        <OutcomeLine outcome={outcome} />
        <ul>
          <li>
            <Link to={`/partners/${saved.partnerId}`}>{t('signing.partnerPage')}</Link>
          </li>
          <li>
            <Link to={`/staff/records/agreements/${saved.agreementId}`}>{t('signing.agreementRecord')}</Link>
          </li>
        </ul>
        <button
          type="button"
          onClick={() => {
            setSaved(null);
            setOutcome(null);
            setDraft(emptySigning());
          }}
        >
          {t('signing.another')}
        </button>
      </div>
    );

  return (
    <div className="record-signing add-partner">
      <PageTitle text={t('signing.title')} sub={site ? t('signing.subtitle', { home: homeName }) : undefined} />
      <form onSubmit={submit} noValidate aria-labelledby="flow-signing-h" className="stack">
        <h2 id="flow-signing-h" className="visually-hidden">
          {t('signing.formLabel')}
        </h2>
        <section aria-labelledby="flow-agreement-h" className="panel">
          <h2 id="flow-agreement-h">{t('signing.agreement.title')}</h2>
          <div className="row">
            <SelectField<SigningKind>
              id="flow-kind"
              label={t('signing.agreement.kind')}
              value={draft.kind}
              onChange={(kind) => change({ kind })}
              options={SIGNING_KINDS}
              optionLabel={(k) => t(`agreementKind.${k}`)}
            />
            <Field id="flow-signed-on" label={t('signing.agreement.signedOn')} error={errors.signedOn}>
              <input
                id="flow-signed-on"
                value={draft.signedOn}
                onChange={(e) => change({ signedOn: e.target.value })}
                aria-invalid={errors.signedOn ? true : undefined}
                aria-describedby={errors.signedOn ? 'flow-signed-on-error' : 'flow-signed-on-read'}
              />
              {errors.signedOn ? null : <DateHint id="flow-signed-on-read" text={draft.signedOn} />}
            </Field>
          </div>
          <div className="row">
            <InputField
              id="flow-title-zh"
              label={t('signing.agreement.titleZh')}
              value={draft.titleZh}
              onChange={(titleZh) => change({ titleZh })}
              lang="zh-CN"
              error={errors.titles}
            />
            <InputField
              id="flow-title-en"
              label={t('signing.agreement.titleEn')}
              value={draft.titleEn}
              onChange={(titleEn) => change({ titleEn })}
              lang="en"
            />
          </div>
          <Field id="flow-signed-at" label={t('signing.agreement.signedAt')} error={errors.signedAtPlaceId}>
            <RefPicker
              id="flow-signed-at"
              kind="place"
              value={draft.signedAtPlaceId}
              onChange={(signedAtPlaceId) => change({ signedAtPlaceId })}
            />
          </Field>
          <CheckField
            id="flow-agreement-internal"
            label={t('signing.agreement.internal')}
            checked={draft.visibility === 'internal'}
            onChange={(on) => change({ visibility: on ? 'internal' : 'public' })}
          />
        </section>

        <section aria-labelledby="flow-signing-tie-h" className="panel">
          <h2 id="flow-signing-tie-h">{t('signing.tie.title')}</h2>
          <fieldset className="choice">
            <legend>{t('signing.tie.how')}</legend>
            {(['upgrades', 'founds'] as const).map((effect) => (
              <label key={effect} htmlFor={`flow-effect-${effect}`}>
                <input
                  type="radio"
                  id={`flow-effect-${effect}`}
                  name="flow-effect"
                  checked={draft.effect === effect}
                  onChange={() => change({ effect })}
                />{' '}
                {t(`signing.tie.effect.${effect}`, { home: homeName })}
              </label>
            ))}
          </fieldset>
          {draft.effect === 'upgrades' ? (
            <Field id="flow-tie" label={t('signing.tie.tie')} error={errors.tieId}>
              <select
                id="flow-tie"
                value={draft.tieId ?? ''}
                onChange={(e) => change({ tieId: e.target.value || null })}
                aria-invalid={errors.tieId ? true : undefined}
                aria-describedby={errors.tieId ? 'flow-tie-error' : undefined}
              >
                <option value="">{t('form.choose')}</option>
                {ties
                  .map(({ tie, partner }) => ({
                    id: tie.id,
                    label: `${partner ? nameIn(partner, lang) : tie.id} — ${t(`type.${tie.type}`)}${
                      tie.established ? ` (${t('partner.since', { date: dateText(tie.established, lang) })})` : ''
                    }`,
                  }))
                  .sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'))
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
              </select>
            </Field>
          ) : (
            <PlaceFinder
              homeId={homeId}
              query={query}
              onQuery={setQuery}
              found={draft.found}
              creating={draft.creating}
              newPlace={draft.newPlace}
              onFound={(found, creating) => change({ found, creating })}
              onNewPlace={(newPlace) => change({ newPlace })}
              errors={errors}
            />
          )}
          <SelectField<PartnershipType>
            id="flow-signing-type"
            label={draft.effect === 'upgrades' ? t('signing.tie.newType') : t('flows.tie.type')}
            value={draft.type}
            onChange={(type) => change({ type })}
            options={PARTNERSHIP_TYPES.filter((x) => x !== 'unknown')}
            optionLabel={(v) => t(`type.${v}`)}
          />
          {errors['tie.type'] ? <p className="field-error">{errors['tie.type']}</p> : null}
        </section>

        <SignatoryFields
          signers={draft.signers}
          signedOn={draft.signedOn}
          homeName={homeName}
          partnerName={partnerName}
          onChange={(signers) => change({ signers })}
          errors={errors}
        />
        <SourceChooser draft={draft} onChange={change} errors={errors} />
        <button type="button" onClick={() => void preview()} disabled={busy || !homeId} aria-controls="flow-signing-preview">
          {t('signing.preview.show')}
        </button>
        <div id="flow-signing-preview" aria-live="polite">
          {view ? <SigningPreview view={view} quote={draft.quote} sides={sides} /> : null}
        </div>
        <OutcomeLine outcome={outcome} />
        <button type="submit" className="primary" disabled={busy || !homeId || !view}>
          {t('signing.save')}
        </button>
      </form>
    </div>
  );
}
