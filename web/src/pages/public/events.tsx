import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind, type RegistryEvent } from '@records/event/event.schema.ts';
import { compareNullableDates } from '@domain/precise-date.ts';
import { SelectField } from '../../components/fields.tsx';
import { EventTimeline } from './event-timeline.tsx';
import { ListPage } from './list-page.tsx';

export default function EventsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EventKind | ''>('');
  const filters = (
    <div className="filters">
      <SelectField
        id="e-kind"
        label={t('events.kind')}
        value={kind}
        onChange={setKind}
        all={t('common.all')}
        options={EVENT_KINDS}
        optionLabel={(k) => t(`eventKind.${k}`)}
      />
    </div>
  );
  return (
    <ListPage<RegistryEvent> kind="event" params={kind ? { kind } : {}} title={t('events.title')} tools={filters}>
      {(events) => {
        const sorted = [...events].sort((a, b) => -compareNullableDates(a.start, b.start));
        return (
          <>
            <p role="status" className="muted">
              {t('events.count', { count: sorted.length })}
            </p>
            <EventTimeline events={sorted} />
          </>
        );
      }}
    </ListPage>
  );
}
