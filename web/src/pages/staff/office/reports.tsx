import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { annualReportUrl, useAnnualReportHtml, useVisitsReport } from '../../../api/office.ts';
import { useRecords } from '../../../api/queries.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { PageTitle, QueryState } from '../../../components/page-title.tsx';
import { currentLang, UI_LANGS, type UiLang } from '../../../i18n/index.ts';
import { dateText, nameIn } from '../../../lib/labels.ts';
import type { RegistryEvent } from '@records/event/event.schema.ts';
import { InternalMark } from './common.tsx';

const FORMATS = ['pdf', 'xlsx', 'docx'] as const;
const FIRST_YEAR = 1980;
/** The columns of a visit's file, shown where some visit of a partner has one. */
const FILE_COLUMNS = [
  'office.visit.purpose',
  'office.visit.approval',
  'office.visit.budget',
  'office.visit.actualCost',
  'office.visit.gifts',
] as const;

/**
 * The report as the server renders it, in a frame of its own so its styles stay its own. The
 * page is fetched and given to the frame as `srcdoc`, because the API forbids framing its
 * answers; the frame keeps the app's Content-Security-Policy, so no script could run in it.
 */
function ReportFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(800);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => {
      const body = element.contentDocument?.documentElement;
      if (body) setHeight(Math.max(400, body.scrollHeight + 24));
    };
    element.addEventListener('load', fit);
    return () => element.removeEventListener('load', fit);
  }, []);
  return <iframe ref={frame} className="report-frame" title={title} srcDoc={html} style={{ height }} />;
}

function AnnualReport() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [lang, setLang] = useState<UiLang>(currentLang());
  const report = useAnnualReportHtml(year, lang);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const title = t('office.reports.annualOf', { year });
  return (
    <section aria-labelledby="annual-h">
      <h2 id="annual-h">{t('office.reports.annual')}</h2>
      <div className="filters">
        <SelectField id="r-year" label={t('office.reports.year')} value={year} onChange={setYear} options={years} />
        <SelectField
          id="r-lang"
          label={t('office.reports.language')}
          value={lang}
          onChange={setLang}
          options={UI_LANGS}
          optionLabel={(l) => t(`lang.${l}`)}
        />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: download links, not form fields, which <fieldset> is for */}
      <div className="downloads" role="group" aria-label={t('office.reports.downloads')}>
        {FORMATS.map((f) => (
          <a key={f} className="button" href={annualReportUrl(year, lang, f)} download={`amity-annual-report-${year}-${lang}.${f}`}>
            {t(`office.reports.download.${f}`)}
          </a>
        ))}
      </div>
      <p className="hint">{t('office.reports.downloadNote')}</p>
      <QueryState loading={report.isLoading} error={report.error} />
      {report.data ? <ReportFrame html={report.data} title={title} /> : null}
    </section>
  );
}

function VisitsReport() {
  const { t } = useTranslation();
  const lang = currentLang();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const [partner, setPartner] = useState('');
  const report = useVisitsReport(year);
  const groups = report.data?.byPartner ?? [];
  const shown = groups.filter((g) => !partner || g.partner === partner);
  const events = useRecords<RegistryEvent>(
    'event',
    groups.flatMap((g) => g.visits.map((v) => v.id)),
  );
  const titleOf = (v: { id: string; title: string; titles?: Record<string, string> }) =>
    nameIn(events.data?.get(v.id)?.titles ?? v.titles, lang) || v.title;
  const partnerName = (g: Pick<(typeof groups)[number], 'partner' | 'names'>) =>
    g.names ? nameIn(g.names, lang) : g.partner === '—' ? t('office.reports.noPartner') : g.partner;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 2 }, (_, i) => thisYear + 1 - i);
  return (
    <section aria-labelledby="visits-h">
      <h2 id="visits-h">{t('office.reports.visits')}</h2>
      <div className="filters">
        <SelectField
          id="v-year"
          label={t('office.reports.year')}
          value={year ?? ''}
          onChange={(y) => {
            setYear(y === '' ? null : y);
            setPartner('');
          }}
          all={t('office.reports.allYears')}
          options={years}
        />
        <SelectField
          id="v-partner"
          label={t('office.reports.partner')}
          value={partner}
          onChange={setPartner}
          all={t('common.all')}
          options={groups.map((g) => g.partner)}
          optionLabel={(p) => partnerName(groups.find((g) => g.partner === p) ?? { partner: p, names: null })}
        />
      </div>
      <QueryState loading={report.isLoading} error={report.error} />
      {report.data ? (
        <p role="status" className="muted">
          {t('office.reports.visitCount', { count: report.data.total })}
        </p>
      ) : null}
      {shown.map((g, i) => {
        // The file's columns only where some visit of the partner has a file.
        const withFiles = g.visits.some((v) => v.file);
        return (
          // biome-ignore lint/a11y/useSemanticElements: one partner's visits (a heading and a table), not form fields, which <fieldset> is for
          <div key={g.partner} className="panel" role="group" aria-labelledby={`vp-${i}`}>
            <h3 id={`vp-${i}`}>
              {partnerName(g)} <span className="muted">{t('office.reports.visitCount', { count: g.visits.length })}</span>
            </h3>
            <DataTable
              scroll
              columns={[
                t('table.date'),
                t('office.reports.visit'),
                t('field.kind'),
                ...(withFiles ? FILE_COLUMNS.map((c) => t(c)) : []),
                t('office.visit.tasks'),
              ]}
              rows={g.visits}
              row={(v) => (
                <tr key={v.id}>
                  <td>{v.start ? dateText(v.start, lang) : t('common.unknownDate')}</td>
                  <td>
                    <Link to={`/staff/visits/${v.id}`}>{titleOf(v)}</Link>
                  </td>
                  <td>{t(`eventKind.${v.kind}`)}</td>
                  {withFiles ? (
                    <>
                      <td>{v.file ? nameIn(v.file.purpose, lang) : ''}</td>
                      <td>
                        {v.file?.approval
                          ? `${t(`office.visit.approvalState.${v.file.approval.status}`)}${v.file.approval.date ? ` ${dateText(v.file.approval.date, lang)}` : ''}`
                          : ''}
                      </td>
                      <td>{v.file?.budget ? `${v.file.budget.amount} ${v.file.budget.currency}` : ''}</td>
                      <td>{v.file?.actualCost ? `${v.file.actualCost.amount} ${v.file.actualCost.currency}` : ''}</td>
                      <td>{v.file?.gifts.length ?? ''}</td>
                    </>
                  ) : null}
                  <td>
                    {v.tasks.length
                      ? t('office.reports.tasksOpen', { open: v.tasks.filter((x) => x.status === 'open').length, count: v.tasks.length })
                      : ''}
                  </td>
                </tr>
              )}
            />
          </div>
        );
      })}
    </section>
  );
}

/** The annual report, read in the page and downloaded as PDF, XLSX or DOCX; the visits by year and partner. */
export default function ReportsPage() {
  const { t } = useTranslation();
  return (
    <div className="office reports-page">
      <PageTitle text={t('office.reports.title')} sub={t('office.reports.intro')} />
      <p className="internal-note">
        <InternalMark /> {t('office.reports.internalNote')}
      </p>
      <AnnualReport />
      <VisitsReport />
    </div>
  );
}
