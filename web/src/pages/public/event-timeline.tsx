import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';

/** Events in date order along a line, each a link to its page. */
export function EventTimeline({ events }: { events: readonly RegistryEvent[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (events.length === 0) return <p>{t('events.none')}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <span className="when">{e.start ? dateText(e.start, lang) : t('common.unknownDate')}</span>
          <span className="what">
            <Link to={`/events/${e.id}`}>{nameIn(e.titles, lang)}</Link>
            <span className="muted"> · {t(`eventKind.${e.kind}`)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
