import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import type { Person } from '@records/person/person.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { formatPreciseDate } from '@domain/precise-date.ts';
import { useRecord, useRecords } from '../../api/queries.ts';
import { DataTable } from '../../components/data-table.tsx';
import { QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { useItinerary } from '../public/itinerary.tsx';

const both = (text: Record<string, string> | undefined) => ({ zh: text?.zh ?? '', en: text?.en ?? '' });
const dates = (from: string | null, to: string | null, lang: 'zh' | 'en') =>
  [from, to && to !== from ? to : null]
    .filter(Boolean)
    .map((d) => formatPreciseDate(d!, lang))
    .join(' – ');

/** The visit's programme in Chinese and English side by side, laid out for paper. */
export default function VisitProgramme() {
  const { id } = useParams();
  const { t } = useTranslation();
  const event = useRecord<RegistryEvent>('event', id);
  const e = event.data;
  const people = useRecords<Person>('person', e?.participants.map((p) => p.personId) ?? []);
  const from = useRecords<Place>('place', e?.delegationFromPlaceId ? [e.delegationFromPlaceId] : []);
  const itinerary = useItinerary(e?.itinerary ?? []);
  if (!e) return <QueryState loading={event.isLoading} error={event.error} />;
  const zhT = (key: string) => t(key, { lng: 'zh' });
  const enT = (key: string) => t(key, { lng: 'en' });
  const delegation = [...e.participants].sort((a, b) => (a.delegation === 'head' ? -1 : b.delegation === 'head' ? 1 : 0));
  const origin = e.delegationFromPlaceId ? both(from.data?.get(e.delegationFromPlaceId)?.names) : null;

  return (
    <article className="programme">
      <p className="no-print">
        <Link to={`/staff/visits/${e.id}`}>{t('visits.backToPlanner')}</Link>{' '}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('visits.print')}
        </button>
      </p>
      <header className="programme-head">
        <h1>
          <span lang="zh-CN">{e.titles.zh ?? ''}</span>
          <br />
          <span lang="en">{e.titles.en ?? ''}</span>
        </h1>
        <p>
          <span lang="zh-CN">
            {zhT(`eventKind.${e.kind}`)} · {e.start ? dates(e.start, e.end, 'zh') : ''}
          </span>
          <br />
          <span lang="en">
            {enT(`eventKind.${e.kind}`)} · {e.start ? dates(e.start, e.end, 'en') : ''}
          </span>
        </p>
        {origin ? (
          <p>
            <span lang="zh-CN">
              {zhT('programme.from')}
              {origin.zh}
            </span>{' '}
            /{' '}
            <span lang="en">
              {enT('programme.from')} {origin.en}
            </span>
          </p>
        ) : null}
      </header>
      <Section
        id="p-delegation"
        title={
          <>
            <span lang="zh-CN">{zhT('events.delegation')}</span> / <span lang="en">{enT('events.delegation')}</span>
          </>
        }
      >
        <DataTable
          className="bilingual"
          rows={delegation}
          head={
            <>
              <th scope="col" lang="zh-CN">
                {zhT('programme.role')}
              </th>
              <th scope="col" lang="zh-CN">
                {zhT('programme.nameZh')}
              </th>
              <th scope="col" lang="en">
                {enT('programme.nameEn')}
              </th>
            </>
          }
          row={(p) => {
            const names = both(people.data?.get(p.personId)?.names);
            const title = both(p.title);
            return (
              <tr key={p.personId}>
                <td>
                  <span lang="zh-CN">{p.delegation ? zhT(`value.${p.delegation}`) : ''}</span> /{' '}
                  <span lang="en">{p.delegation ? enT(`value.${p.delegation}`) : ''}</span>
                </td>
                <td lang="zh-CN">
                  {names.zh}
                  {title.zh ? `，${title.zh}` : ''}
                </td>
                <td lang="en">
                  {names.en}
                  {title.en ? `, ${title.en}` : ''}
                </td>
              </tr>
            );
          }}
        />
      </Section>
      <Section
        id="p-itinerary"
        title={
          <>
            <span lang="zh-CN">{zhT('events.itinerary')}</span> / <span lang="en">{enT('events.itinerary')}</span>
          </>
        }
      >
        <DataTable
          className="bilingual"
          rows={itinerary.stops}
          head={
            <>
              <th scope="col">#</th>
              <th scope="col">
                <span lang="zh-CN">{zhT('programme.when')}</span> / <span lang="en">{enT('programme.when')}</span>
              </th>
              <th scope="col" lang="zh-CN">
                {zhT('programme.zh')}
              </th>
              <th scope="col" lang="en">
                {enT('programme.en')}
              </th>
            </>
          }
          row={(s, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>
                {s.date ? (
                  <>
                    <span lang="zh-CN">{formatPreciseDate(s.date, 'zh')}</span> / <span lang="en">{formatPreciseDate(s.date, 'en')}</span>
                  </>
                ) : null}
                {s.time ? ` ${s.time}` : null}
              </td>
              <td lang="zh-CN">
                <strong>{s.title.zh ?? ''}</strong>
                {s.purpose.zh ? (
                  <>
                    <br />
                    {s.purpose.zh}
                  </>
                ) : null}
              </td>
              <td lang="en">
                <strong>{s.title.en ?? ''}</strong>
                {s.purpose.en ? (
                  <>
                    <br />
                    {s.purpose.en}
                  </>
                ) : null}
                {s.site ? (
                  <>
                    <br />
                    <span className="muted">{s.site}</span>
                  </>
                ) : null}
              </td>
            </tr>
          )}
        />
      </Section>
    </article>
  );
}
