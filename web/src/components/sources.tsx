import { useTranslation } from 'react-i18next';
import type { Citation } from '@domain/citation.ts';
import type { Source } from '@records/source/source.schema.ts';
import { useRecords } from '../api/queries.ts';
import { currentLang } from '../i18n/index.ts';
import { dateText } from '../lib/labels.ts';
import { factField } from '@domain/fact-fields.ts';
import { factLabel, factValueText } from '../lib/fact-values.ts';

/** Every source cited for the records of a page, each with its quotes. */
export function SourceList({ citations }: { citations: readonly Citation[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sources = useRecords<Source>(
    'source',
    citations.map((c) => c.sourceId),
  );
  if (citations.length === 0) return <p>{t('sources.none')}</p>;
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), c]);
  return (
    <ol className="sources">
      {[...bySource.entries()].map(([sourceId, cites]) => {
        const source = sources.data?.get(sourceId);
        return (
          <li key={sourceId}>
            <p className="source-title">
              {source?.url ? (
                <a href={source.url} rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                (source?.title ?? sourceId)
              )}
              {source?.publisher ? <span className="muted"> · {source.publisher}</span> : null}
              {source?.published ? <span className="muted"> · {dateText(source.published, lang)}</span> : null}
            </p>
            {cites.map((c) => (
              <div key={c.id} className="citation">
                {c.field ? (
                  <p className="muted">
                    {t('sources.field', { field: factLabel(factField(c.entity, c.field), t) })}
                    {c.value ? ` — ${factValueText(factField(c.entity, c.field), c.value, t, lang)}` : ''}
                  </p>
                ) : null}
                {c.quote ? <blockquote>{c.quote}</blockquote> : null}
                {c.note ? <p className="muted">{c.note}</p> : null}
              </div>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
