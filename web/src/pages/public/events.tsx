import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type RegistryEvent } from '@records/event/event.schema.ts';
import { compareNullableDates } from '@domain/precise-date.ts';
import { useAll } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { EventTimeline } from './event-timeline.tsx';

export default function EventsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EventKind | ''>('');
  const events = useAll<RegistryEvent>('event', kind ? { kind } : {});
  const sorted = [...(events.data ?? [])].sort((a, b) => -compareNullableDates(a.start, b.start));
  return (
    <div>
      <PageTitle text={t('events.title')} />
      <div className="filters">
        <div className="field">
          <label htmlFor="e-kind">{t('events.kind')}</label>
          <select id="e-kind" value={kind} onChange={(e) => setKind(e.target.value as EventKind | '')}>
            <option value="">{t('common.all')}</option>
            {EVENT_KINDS.map((k) => <option key={k} value={k}>{t(`eventKind.${k}`)}</option>)}
          </select>
        </div>
      </div>
      <QueryState loading={events.isLoading} error={events.error} />
      <p role="status" className="muted">{t('events.count', { count: sorted.length })}</p>
      <EventTimeline events={sorted} />
    </div>
  );
}
