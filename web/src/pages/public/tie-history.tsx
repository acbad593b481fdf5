import { useTranslation } from 'react-i18next';
import type { Partnership } from '@records/partnership/partnership.schema.ts';
import { currentLang } from '../../i18n/index.ts';
import { dateText } from '../../lib/labels.ts';

/** A tie's dated history as the public reads it: each step's date at its precision, what happened, the rank or status it gave. */
export function TieHistory({ history, label }: { history: Partnership['history']; label?: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ol className="history" aria-label={label}>
      {history.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history steps have no id and two can share a date and kind; the list is shown as recorded, never reordered
        <li key={i}>
          <strong>{step.date ? dateText(step.date, lang) : t('common.unknownDate')}</strong>
          {' — '}
          {t(`history.${step.kind}`)}
          {step.type ? `: ${t(`type.${step.type}`)}` : ''}
          {step.status ? ` (${t(`status.${step.status}`)})` : ''}
          {step.note ? <span className="muted"> · {step.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
