import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '@records/event/event.schema.ts';
import { DIMENSIONS } from '@domain/health.ts';
import { api } from '../../../api/client.ts';
import { useSettings, type Settings } from '../../../api/office.ts';
import { hasRole, useSession } from '../../../api/session.tsx';
import { Field, noteAria } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { OutcomeLine, useAction } from './common.tsx';

const SATURATION = ['years', 'areas', 'depth', 'intensity'] as const;

function NumberField({
  id,
  label,
  hint,
  value,
  onChange,
  min,
  max,
  step,
}: {
  id: string;
  label: string;
  hint?: string;
  value: number;
  onChange(v: number): void;
  min: number;
  max: number;
  step: number;
}) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step}
        value={Number.isFinite(value) ? value : ''}
        {...noteAria(id, { hint })}
        onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      />
    </Field>
  );
}

/** A group of settings under its legend, with a hint, side by side. */
function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="row wrap">{children}</div>
    </fieldset>
  );
}

/** The office's settings: how health is weighed and when a tie counts as going dormant; how far reminders look (administrators). */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const settings = useSettings();
  const [draft, setDraft] = useState<Settings | null>(null);
  const { run, outcome, busy } = useAction();
  useEffect(() => {
    if (settings.data && !draft) setDraft(structuredClone(settings.data));
  }, [settings.data, draft]);
  if (!hasRole(me, 'admin')) return <p role="alert">{t('auth.forbidden')}</p>;
  if (!draft) return <QueryState loading={settings.isLoading} error={settings.error} />;

  const health = draft.health;
  const setHealth = (patch: Partial<Settings['health']>) => setDraft({ ...draft, health: { ...health, ...patch } });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(
      async () => {
        const saved = await api<Settings>('/api/settings', { method: 'PUT', body: draft });
        setDraft(saved);
      },
      t('office.settings.saved'),
      ['settings', 'health', 'reminders', 'dashboard'],
    );
  };
  return (
    <div className="office settings-page">
      <PageTitle text={t('office.settings.title')} sub={t('office.settings.intro')} />
      <form onSubmit={submit} noValidate aria-label={t('office.settings.title')} className="stack">
        <Group legend={t('office.settings.weights')} hint={t('office.settings.weightsHint')}>
          {DIMENSIONS.map((d) => (
            <NumberField
              key={d}
              id={`s-w-${d}`}
              label={t(`office.health.dim.${d}`)}
              value={health.weights[d]}
              min={0}
              max={10}
              step={0.5}
              onChange={(v) => setHealth({ weights: { ...health.weights, [d]: v } })}
            />
          ))}
        </Group>
        <Group legend={t('office.settings.eventWeights')} hint={t('office.settings.eventWeightsHint')}>
          {EVENT_KINDS.map((k) => (
            <NumberField
              key={k}
              id={`s-e-${k}`}
              label={t(`eventKind.${k}`)}
              value={health.eventWeights[k] ?? 1}
              min={0}
              max={10}
              step={0.5}
              onChange={(v) => setHealth({ eventWeights: { ...health.eventWeights, [k]: v } })}
            />
          ))}
        </Group>
        <Group legend={t('office.settings.dormancy')}>
          <NumberField
            id="s-dormant"
            label={t('office.settings.dormantAfter')}
            hint={t('office.settings.dormantHint')}
            value={health.dormantAfterYears}
            min={0.5}
            max={20}
            step={0.5}
            onChange={(v) => setHealth({ dormantAfterYears: v })}
          />
        </Group>
        <Group legend={t('office.settings.saturation')} hint={t('office.settings.saturationHint')}>
          {SATURATION.map((k) => (
            <NumberField
              key={k}
              id={`s-s-${k}`}
              label={t(`office.settings.cap.${k}`)}
              value={health.saturation[k]}
              min={1}
              max={100}
              step={1}
              onChange={(v) => setHealth({ saturation: { ...health.saturation, [k]: v } })}
            />
          ))}
        </Group>
        <Group legend={t('office.settings.reminders')}>
          <NumberField
            id="s-every"
            label={t('office.settings.anniversaryEvery')}
            hint={t('office.settings.anniversaryHint')}
            value={draft.reminders.anniversaryEvery}
            min={1}
            max={25}
            step={1}
            onChange={(v) => setDraft({ ...draft, reminders: { ...draft.reminders, anniversaryEvery: v } })}
          />
          <NumberField
            id="s-expiry"
            label={t('office.settings.expiryHorizon')}
            hint={t('office.settings.expiryHint')}
            value={draft.reminders.expiryHorizonDays}
            min={1}
            max={3650}
            step={1}
            onChange={(v) => setDraft({ ...draft, reminders: { ...draft.reminders, expiryHorizonDays: v } })}
          />
        </Group>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('office.settings.save')}
          </button>
          <button type="button" onClick={() => settings.data && setDraft(structuredClone(settings.data))}>
            {t('office.settings.reset')}
          </button>
        </div>
        <OutcomeLine outcome={outcome} />
      </form>
    </div>
  );
}
