import { useTranslation } from 'react-i18next';
import { parseWrittenDate } from '@domain/written-date.ts';
import { currentLang } from '../../i18n/index.ts';
import { dateText, nameIn } from '../../lib/labels.ts';
import { useLabelsOf } from '../../lib/record-labels.ts';
import type { Member } from './visit-members.tsx';

interface PlannedVisit {
  titles: Record<string, string>;
  members: Member[];
  partnershipIds: string[];
  itinerary: { date: string | null; title: Record<string, string> }[];
}

/** A date as written, in the reader's words; unknown when it is no date yet. */
function writtenDay(text: string | null, unknown: string, lang: 'zh' | 'en'): string {
  const read = text ? parseWrittenDate(text) : null;
  return read?.ok ? dateText(read.date, lang) : unknown;
}

/**
 * What the public event page will show once the visit is published: its delegation with titles,
 * the ties it serves and each stop with its date. The visit's file and follow-ups never appear there.
 */
export function VisitPreview({ visit, visibility }: { visit: PlannedVisit; visibility: 'public' | 'internal' }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const people = useLabelsOf(
    'person',
    visit.members.flatMap((m) => (m.personId ? [m.personId] : [])),
  );
  const ties = useLabelsOf('partnership', visit.partnershipIds);
  const labelOf = (labels: Map<string, { label: string }>, id: string | null) => (id ? (labels.get(id)?.label ?? '') : '');
  const nameOf = (m: Member) => (m.newPerson ? nameIn(m.newPerson.names, lang) : labelOf(people, m.personId));
  const members = visit.members.filter((m) => m.delegation !== null && nameOf(m));
  return (
    <section aria-labelledby="visit-preview-h" className="panel flow-preview">
      <h2 id="visit-preview-h">{t('flows.preview.title')}</h2>
      {visibility === 'internal' ? (
        <p className="internal-note">
          <span className="badge internal">{t('flows.preview.internal')}</span> {t('visits.previewInternal')}
        </p>
      ) : null}
      <h3>{nameIn(visit.titles, lang) || t('visits.new')}</h3>
      {members.length ? (
        <ul aria-label={t('events.delegation')}>
          {members.map((m, i) => {
            const name = nameOf(m);
            const title = nameIn(m.title, lang);
            // biome-ignore lint/suspicious/noArrayIndexKey: the preview follows the planner's rows, which have no id until saved
            return <li key={i}>{[name, title].filter(Boolean).join(t('flows.preview.listJoin'))}</li>;
          })}
        </ul>
      ) : null}
      {visit.partnershipIds.some(Boolean) ? (
        <p>
          {t('events.ties')}:{' '}
          {visit.partnershipIds
            .map((id) => labelOf(ties, id))
            .filter(Boolean)
            .join(t('flows.preview.listJoin'))}
        </p>
      ) : null}
      {visit.itinerary.length ? (
        <ol aria-label={t('events.itinerary')} className="itinerary">
          {visit.itinerary.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the preview follows the planner's stops, which have no id
            <li key={i}>
              <span className="when">{writtenDay(s.date, t('events.stopUndated'), lang)}</span>{' '}
              <span className="what">{nameIn(s.title, lang)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
