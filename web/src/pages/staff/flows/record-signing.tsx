import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { previewSigning, recordSigning, type RecordedSigningAnswer, type SigningPublicViewAnswer } from '../../../api/flows.ts';
import { useSite, refetchAfterWrite } from '../../../api/queries.ts';
import { OutcomeLine, PageTitle, type Outcome } from '../../../components/page-title.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { issueText } from '../../../lib/issues.ts';
import { nameIn } from '../../../lib/labels.ts';
import { errorText } from '../office/common.tsx';
import { AgreementFields } from './agreement-fields.tsx';
import { SignatoryFields } from './signatory-fields.tsx';
import { emptySigning, signingField, signingRequest, type SigningDraft } from './signing-draft.ts';
import { SigningPreview } from './signing-preview.tsx';
import { SigningTieFields, useHomeTies } from './signing-tie.tsx';
import { SourceChooser } from './source-chooser.tsx';
import './flows.css';

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
      await refetchAfterWrite(client);
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
        <AgreementFields draft={draft} onChange={change} errors={errors} />
        <SigningTieFields draft={draft} onChange={change} errors={errors} homeId={homeId} homeName={homeName} ties={ties} />
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
