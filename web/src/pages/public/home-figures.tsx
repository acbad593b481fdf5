import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import { comparisonSentence } from '@domain/sentence.ts';
import type { StatsFigures } from '../../api/queries.ts';
import { currentLang } from '../../i18n/index.ts';
import { TYPE_COLORS } from '../../lib/labels.ts';

/** The network sentence and figures as of today, and the latest published figure beside them. */
export function Figures({ stats }: { stats: StatsFigures }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section aria-labelledby="figures-h" className="figures">
      <h2 id="figures-h" className="visually-hidden">
        {t('home.figures')}
      </h2>
      <p className="sentence">{stats.sentences[lang]}</p>
      <dl className="figure-cards">
        <div>
          <dt>{t('home.partners')}</dt>
          <dd>{stats.places}</dd>
        </div>
        <div>
          <dt>{t('home.countries')}</dt>
          <dd>{stats.countries}</dd>
        </div>
        {PARTNERSHIP_TYPES.map((type) => (
          <div key={type}>
            <dt>
              <span className="swatch" style={{ background: TYPE_COLORS[type] }} />
              {t(`type.${type}`)}
            </dt>
            <dd>{stats.byType[type]}</dd>
          </div>
        ))}
      </dl>
      {stats.notes[lang].length ? (
        <ul className="figure-notes muted" aria-label={t('home.figureNotes')}>
          {stats.notes[lang].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {stats.suspended.length ? <p className="muted">{t('office.home.suspended', { count: stats.suspended.length })}</p> : null}
      {stats.published ? (
        <div className="published">
          <h3>{t('home.publishedTitle')}</h3>
          <p>{comparisonSentence(stats.published, lang)}</p>
          <p className="muted">
            {t('home.publishedSource')}{' '}
            {stats.published.source.url ? (
              <a href={stats.published.source.url} rel="noreferrer noopener">
                {stats.published.source.title}
              </a>
            ) : (
              stats.published.source.title
            )}
          </p>
        </div>
      ) : null}
    </section>
  );
}
