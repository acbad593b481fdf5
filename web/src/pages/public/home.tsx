import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { collatorFor } from '@domain/collation.ts';
import { CONTINENTS, continentOf, type Continent } from '@domain/countries.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '@records/partnership/partnership.schema.ts';
import { earliestDay, todayUtc } from '@domain/precise-date.ts';
import { useSite, useStats, useStatsPartners, type StatsPartners } from '../../api/queries.ts';
import { DataTable } from '../../components/data-table.tsx';
import { InputField, SelectField } from '../../components/fields.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { Section } from '../../components/section.tsx';
import { currentLang } from '../../i18n/index.ts';
import { download, toCsv } from '../../lib/csv.ts';
import { countryName, dateText, nameIn, TYPE_COLORS } from '../../lib/labels.ts';
import { LazyMap, type MapPoint } from '../../map/lazy-map.tsx';
import { Figures } from './home-figures.tsx';
import { useYearSlider } from './use-year-slider.ts';

type Partner = StatsPartners['items'][number];
type SortKey = 'zh' | 'en' | 'country' | 'type' | 'since';
const SORTED_BY: readonly [SortKey, string][] = [
  ['zh', 'table.nameZh'],
  ['en', 'table.nameEn'],
  ['country', 'table.country'],
  ['type', 'table.type'],
  ['since', 'table.since'],
];

export default function Home() {
  const { t } = useTranslation();
  const lang = currentLang();
  const site = useSite();
  const home = site.data?.home;
  const today = todayUtc();
  const now = useStats(home?.id);
  const thisYear = Number(today.slice(0, 4));
  const firstYear = now.data?.byYear[0]?.year ?? null;
  const slider = useYearSlider(firstYear, thisYear);
  const asOf = slider.year >= thisYear ? undefined : `${slider.year}-12-31`;
  const partnersNow = useStatsPartners(home?.id);
  const partnersThen = useStatsPartners(home?.id, asOf);

  const [type, setType] = useState<PartnershipType | ''>('');
  const [continent, setContinent] = useState<Continent | ''>('');
  const [since, setSince] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'since', dir: 1 });

  const partners = useMemo(() => {
    const list = partnersThen.data?.items ?? [];
    return list.filter(
      (p) =>
        (!type || p.type === type) &&
        (!continent || continentOf(p.partner.country) === continent) &&
        (!since || p.established?.startsWith(since)),
    );
  }, [partnersThen.data, type, continent, since]);

  const years = useMemo(
    () => [...new Set((partnersNow.data?.items ?? []).flatMap((p) => (p.established ? [p.established.slice(0, 4)] : [])))].sort(),
    [partnersNow.data],
  );

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const value = (p: Partner, key: SortKey): string => {
      if (key === 'zh') return p.partner.names.zh ?? '';
      if (key === 'en') return p.partner.names.en ?? '';
      if (key === 'country') return countryName(p.partner.country, lang);
      if (key === 'type') return t(`type.${p.type}`);
      return p.established ? earliestDay(p.established) : '9999';
    };
    return partners
      .filter(
        (p) =>
          !needle ||
          Object.values(p.partner.names).some((n) => n.toLowerCase().includes(needle)) ||
          countryName(p.partner.country, lang).toLowerCase().includes(needle),
      )
      .sort((a, b) => collatorFor(lang).compare(value(a, sort.key), value(b, sort.key)) * sort.dir);
  }, [partners, search, sort, lang, t]);

  const points: MapPoint[] = partners.flatMap((p) => {
    const c = p.partner.coordinates;
    return c
      ? [
          {
            id: p.partner.id,
            label: `${nameIn(p.partner.names, lang)} (${countryName(p.partner.country, lang)}, ${t(`type.${p.type}`)})`,
            lng: c.lng,
            lat: c.lat,
            color: TYPE_COLORS[p.type],
            href: `/partners/${p.partner.id}`,
          },
        ]
      : [];
  });
  const origin = home?.coordinates ? { label: nameIn(home.names, lang), ...home.coordinates } : null;

  const exportCsv = () => {
    const header = [t('table.nameZh'), t('table.nameEn'), t('table.nameRu'), t('table.country'), t('table.type'), t('table.since')];
    const body = rows.map((p) => [
      p.partner.names.zh ?? '',
      p.partner.names.en ?? '',
      p.partner.names.ru ?? '',
      countryName(p.partner.country, lang),
      t(`type.${p.type}`),
      p.established ?? '',
    ]);
    download(`partners-${asOf ?? today}.csv`, toCsv([header, ...body]));
  };

  const sortButton = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  const heading = home ? t('home.title', { city: nameIn(home.names, lang) }) : t('home.titlePlain');
  return (
    <div className="home">
      <PageTitle text={heading} sub={t('home.asOf', { date: dateText(today, lang) })} />
      <QueryState loading={site.isLoading || now.isLoading} error={site.error ?? now.error} />
      {now.data ? <Figures stats={now.data} /> : null}

      <Section id="network-h" title={t('home.network')}>
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('home.filters')}>
          <div className="field slider">
            <label htmlFor="as-of">{t('home.asOfYear')}</label>
            <input
              id="as-of"
              type="range"
              min={firstYear ?? thisYear}
              max={thisYear}
              step={1}
              value={slider.year}
              aria-valuetext={String(slider.year)}
              onChange={(e) => {
                slider.stop();
                slider.setYear(Number(e.target.value));
              }}
            />
            <output htmlFor="as-of" aria-live="polite">
              {slider.year >= thisYear ? t('home.today') : slider.year}
            </output>
            <button type="button" onClick={slider.playing ? slider.stop : slider.play}>
              {slider.playing ? t('home.pause') : t('home.play')}
            </button>
          </div>
          <SelectField
            id="f-type"
            label={t('home.filterType')}
            value={type}
            onChange={setType}
            all={t('common.all')}
            options={PARTNERSHIP_TYPES}
            optionLabel={(k) => t(`type.${k}`)}
          />
          <SelectField
            id="f-continent"
            label={t('home.filterContinent')}
            value={continent}
            onChange={setContinent}
            all={t('common.all')}
            options={CONTINENTS}
            optionLabel={(c) => t(`continent.${c}`)}
          />
          <SelectField id="f-year" label={t('home.filterYear')} value={since} onChange={setSince} all={t('common.all')} options={years} />
        </form>
        <p className="legend" aria-hidden="true">
          {PARTNERSHIP_TYPES.map((k) => (
            <span key={k}>
              <span className="swatch" style={{ background: TYPE_COLORS[k] }} />
              {t(`type.${k}`)}
            </span>
          ))}
        </p>
        <p role="status" className="muted">
          {t('home.shown', { count: partners.length, year: slider.year >= thisYear ? t('home.today') : slider.year })}
        </p>
        {/* The map's markers are links, one per partner: the keyboard passes them all at once to the table. */}
        <a className="skip-inline" href="#partner-table">
          {t('home.skipMap', { count: points.length })}
        </a>
        <LazyMap label={t('home.mapLabel', { count: points.length })} points={points} origin={origin} />
      </Section>

      <div id="partner-table" tabIndex={-1} className="skip-target">
        <Section id="table-h" title={t('home.tableTitle')}>
          <div className="table-tools">
            <InputField id="t-search" type="search" label={t('home.search')} value={search} onChange={setSearch} />
            <button type="button" onClick={exportCsv}>
              {t('home.exportCsv')}
            </button>
          </div>
          <DataTable
            scroll
            caption={t('home.tableTitle')}
            hideCaption
            rows={rows}
            head={SORTED_BY.map(([key, label]) => sortButton(key, t(label)))}
            row={(p) => (
              <tr key={p.partner.id}>
                <td lang="zh-CN">{p.partner.names.zh ? <Link to={`/partners/${p.partner.id}`}>{p.partner.names.zh}</Link> : null}</td>
                <td lang="en">
                  <Link to={`/partners/${p.partner.id}`}>{p.partner.names.en ?? nameIn(p.partner.names, 'en')}</Link>
                  {p.partner.names.ru ? (
                    <span className="muted" lang="ru">
                      {' '}
                      · {p.partner.names.ru}
                    </span>
                  ) : null}
                </td>
                <td>{countryName(p.partner.country, lang)}</td>
                <td>
                  <span className="swatch" style={{ background: TYPE_COLORS[p.type] }} />
                  {t(`type.${p.type}`)}
                  {p.via ? <span className="muted"> ({t('home.via', { district: nameIn(p.via.names, lang) })})</span> : null}
                </td>
                <td>{p.established ? dateText(p.established, lang) : t('common.unknownDate')}</td>
              </tr>
            )}
          />
        </Section>
      </div>
    </div>
  );
}
