import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTINENTS, continentOf } from '@domain/countries.ts';
import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import type { Place } from '@records/place/place.schema.ts';
import { useStats, useStatsPartners, type StatsPartners, type WithCitations } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { countryName, nameIn, TYPE_COLORS } from '../../lib/labels.ts';
import { RecordPageEnd } from './record-page-end.tsx';

type Partner = StatsPartners['items'][number];

/** Partners as links by name, in the reader's alphabet. */
function PartnerLinks({ partners }: { partners: readonly Partner[] }) {
  const lang = currentLang();
  const sorted = [...partners].sort((a, b) => nameIn(a.partner.names, lang).localeCompare(nameIn(b.partner.names, lang), lang));
  return (
    <ul className="partner-links">
      {sorted.map((p) => (
        <li key={p.partner.id}>
          <Link to={`/partners/${p.partner.id}`}>{nameIn(p.partner.names, lang)}</Link>
          <span className="muted"> · {countryName(p.partner.country, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A group of partners under a heading with their count, folded open. */
function Group({ id, title, swatch, partners }: { id: string; title: string; swatch?: string; partners: readonly Partner[] }) {
  return (
    <section aria-labelledby={id} className="partner-group">
      <h3 id={id}>
        {swatch ? <span className="swatch" style={{ background: swatch }} /> : null}
        {title} <span className="count">{partners.length}</span>
      </h3>
      <PartnerLinks partners={partners} />
    </section>
  );
}

/**
 * The home city's own page: its partners by type and by continent, each a link to its page,
 * rather than the home side of every tie.
 */
export function HomeCity({ place }: { place: WithCitations<Place> }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const stats = useStats(place.id);
  const partners = useStatsPartners(place.id);
  const items = partners.data?.items ?? [];
  const byType = PARTNERSHIP_TYPES.map((type) => ({ type, partners: items.filter((p) => p.type === type) })).filter(
    (g) => g.partners.length,
  );
  const byContinent = CONTINENTS.map((c) => ({ continent: c, partners: items.filter((p) => continentOf(p.partner.country) === c) })).filter(
    (g) => g.partners.length,
  );
  return (
    <article className="home-city">
      <PageTitle text={nameIn(place.names, lang)} sub={`${countryName(place.country, lang)} · ${t('homeCity.sub')}`} />
      <QueryState loading={stats.isLoading || partners.isLoading} error={stats.error ?? partners.error} />
      {stats.data ? <p className="sentence">{stats.data.sentences[lang]}</p> : null}
      <p>
        <Link to="/">{t('homeCity.mapAndTable')}</Link>
      </p>
      <Section id="by-type-h" title={t('homeCity.byType')}>
        <div className="partner-groups">
          {byType.map((g) => (
            <Group key={g.type} id={`type-${g.type}`} title={t(`type.${g.type}`)} swatch={TYPE_COLORS[g.type]} partners={g.partners} />
          ))}
        </div>
      </Section>
      <Section id="by-continent-h" title={t('homeCity.byContinent')}>
        <div className="partner-groups">
          {byContinent.map((g) => (
            <Group key={g.continent} id={`continent-${g.continent}`} title={t(`continent.${g.continent}`)} partners={g.partners} />
          ))}
        </div>
      </Section>
      <RecordPageEnd citations={place.citations} back={{ to: '/', label: t('common.backHome') }} />
    </article>
  );
}
