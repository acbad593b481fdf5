import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTINENTS } from '@domain/countries.ts';
import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import { useDashboard, useSite } from '../../api/queries.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PageTitle, QueryState } from '../../components/page-title.tsx';
import { currentLang } from '../../i18n/index.ts';
import { countryName, dateText, nameIn, TYPE_COLORS } from '../../lib/labels.ts';
import type { Series } from './charts.tsx';

// ECharts loads only here, in the workspace.
const Chart = lazy(() => import('./charts.tsx'));

export default function DashboardPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const site = useSite();
  const dashboard = useDashboard(site.data?.home?.id);
  const d = dashboard.data;

  const growth = useMemo(
    () =>
      d
        ? {
            categories: d.byYear.map((y) => String(y.year)),
            series: PARTNERSHIP_TYPES.map(
              (type): Series => ({
                name: t(`type.${type}`),
                values: d.byYear.map((y) => y.byType[type]),
                color: TYPE_COLORS[type],
                stack: 'all',
              }),
            ),
          }
        : null,
    [d, t],
  );
  const continents = useMemo(() => (d ? CONTINENTS.filter((c) => d.byContinent[c]) : []), [d]);
  const spread = useMemo(
    () =>
      d
        ? {
            categories: continents.map((c) => t(`continent.${c}`)),
            series: [{ name: t('home.partners'), values: continents.map((c) => d.byContinent[c] ?? 0), color: '#1f5fa8' }],
          }
        : null,
    [d, continents, t],
  );
  const comparison = useMemo(() => {
    if (!d?.published) return null;
    const p = d.published;
    const rows = [
      [t('dashboard.cities'), d.places, p.places],
      [t('dashboard.countries'), d.countries, p.countries],
      [t('type.sister_city'), d.byType.sister_city, p.sisterCities],
      [t('type.friendly_exchange_city'), d.byType.friendly_exchange_city, p.friendlyExchangeCities],
    ] as const;
    return {
      rows,
      categories: rows.map((r) => r[0]),
      series: [
        { name: t('dashboard.registry'), values: rows.map((r) => r[1]), color: '#1f5fa8' },
        { name: t('dashboard.published', { date: dateText(p.asOf, lang) }), values: rows.map((r) => r[2]), color: '#b3261e' },
      ],
    };
  }, [d, t, lang]);

  return (
    <div className="dashboard">
      <PageTitle text={t('dashboard.title')} sub={d ? t('home.asOf', { date: dateText(d.asOf, lang) }) : undefined} />
      <QueryState loading={site.isLoading || dashboard.isLoading} error={dashboard.error} />
      {d && growth && spread ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <div className="chart-grid">
            <section aria-labelledby="growth-h" className="panel">
              <h2 id="growth-h">{t('dashboard.growth')}</h2>
              <Chart
                kind="line"
                categories={growth.categories}
                series={growth.series}
                label={t('dashboard.growthLabel', { count: d.places })}
              />
              <details>
                <summary>{t('dashboard.dataTable')}</summary>
                <DataTable
                  columns={[t('dashboard.year'), ...PARTNERSHIP_TYPES.map((type) => t(`type.${type}`)), t('dashboard.total')]}
                  rows={d.byYear}
                  row={(y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      {PARTNERSHIP_TYPES.map((type) => (
                        <td key={type}>{y.byType[type]}</td>
                      ))}
                      <td>{y.total}</td>
                    </tr>
                  )}
                />
              </details>
            </section>
            <section aria-labelledby="spread-h" className="panel">
              <h2 id="spread-h">{t('dashboard.byContinent')}</h2>
              <Chart kind="bar" categories={spread.categories} series={spread.series} label={t('dashboard.byContinent')} showValues />
            </section>
            <section aria-labelledby="compare-h" className="panel">
              <h2 id="compare-h">{t('dashboard.compare')}</h2>
              {comparison ? (
                <>
                  <Chart
                    kind="bar"
                    categories={comparison.categories}
                    series={comparison.series}
                    label={t('dashboard.compare')}
                    showValues
                  />
                  <DataTable
                    columns={[
                      t('conflict.field'),
                      t('dashboard.registry'),
                      t('dashboard.published', { date: dateText(d.published!.asOf, lang) }),
                    ]}
                    rows={comparison.rows}
                    row={(r) => (
                      <tr key={r[0]}>
                        <th scope="row">{r[0]}</th>
                        <td>{r[1]}</td>
                        <td>{r[2] ?? '—'}</td>
                      </tr>
                    )}
                  />
                </>
              ) : (
                <p>{t('dashboard.noPublished')}</p>
              )}
            </section>
          </div>
        </Suspense>
      ) : null}
      {d ? (
        <div className="two-col">
          <section aria-labelledby="quiet-h" className="panel">
            <h2 id="quiet-h">{t('dashboard.quiet')}</h2>
            <p className="muted">{t('dashboard.quietIntro')}</p>
            <ul>
              {d.quiet.map((q) => (
                <li key={q.partnerId}>
                  <Link to={`/partners/${q.partnerId}`}>{nameIn(q.partner.names, lang)}</Link>{' '}
                  <span className="muted">({countryName(q.partner.country, lang)})</span>
                  {' — '}
                  {q.lastEvent ? t('dashboard.lastEvent', { date: dateText(q.lastEvent, lang) }) : t('dashboard.noEvent')}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="anniv-h" className="panel">
            <h2 id="anniv-h">{t('dashboard.anniversaries')}</h2>
            {d.anniversaries.length === 0 ? (
              <p>{t('dashboard.noAnniversaries')}</p>
            ) : (
              <ul>
                {d.anniversaries.map((a) => (
                  <li key={`${a.partnerId}-${a.years}`}>
                    <strong>{dateText(a.on, lang)}</strong>
                    {' — '}
                    {t('dashboard.anniversary', {
                      name: nameIn(a.partner.names, lang),
                      years: a.years,
                      since: dateText(a.established, lang),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}
    </div>
  );
}
