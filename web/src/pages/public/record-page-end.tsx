import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Citation } from '@domain/citation.ts';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import { Section } from '../../components/section.tsx';
import { SourceList } from '../../components/sources.tsx';
import { EventTimeline } from './event-timeline.tsx';

/**
 * How a public record's page ends: the events it took part in (when given), the sources cited
 * for it, and the way back to its list.
 */
export function RecordPageEnd({
  events,
  citations,
  back,
}: {
  events?: readonly RegistryEvent[];
  citations: readonly Citation[];
  back: { to: string; label: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      {events ? (
        <Section id="events-h" title={t('partner.events')}>
          <EventTimeline events={events} />
        </Section>
      ) : null}
      <Section id="sources-h" title={t('partner.sources')}>
        <SourceList citations={citations} />
      </Section>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </>
  );
}
