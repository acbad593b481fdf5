import { countryName } from '../../domain/countries.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { AnnualReport } from './annual-report.service.ts';
import type { ReportCharts } from './charts.ts';
import { eventKindText, RENEWAL_TEXT, REPORT_TEXT, statusText, typeText } from './report-labels.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string | number | null | undefined) => String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const table = (head: string[], rows: (string | number | null)[][], empty: string) =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : `<p class="none">${escapeHtml(empty)}</p>`;

const STYLE = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; color: #1b2733; font-size: 10.5pt; line-height: 1.45; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4pt; color: #8a1c1c; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #c9d3dd; padding-bottom: 2pt; page-break-after: avoid; }
  .meta { color: #5a6773; font-size: 9pt; margin-bottom: 10pt; }
  .sentence { font-size: 11.5pt; margin: 6pt 0; }
  .kpis { display: flex; flex-wrap: wrap; gap: 8pt; margin: 8pt 0; }
  .kpi { border: 1px solid #c9d3dd; border-radius: 4pt; padding: 6pt 10pt; min-width: 90pt; }
  .kpi b { display: block; font-size: 16pt; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; page-break-inside: auto; }
  th, td { border-bottom: 1px solid #dfe5ea; padding: 3pt 4pt; text-align: left; vertical-align: top; }
  th { background: #f2f5f7; }
  tr { page-break-inside: avoid; }
  .chart { margin: 6pt 0 12pt; page-break-inside: avoid; }
  .chart svg { max-width: 100%; height: auto; }
  .none, .note { color: #5a6773; }
  .internal { color: #8a1c1c; font-weight: bold; }
`;

/**
 * The annual report as one HTML page: what the web app shows and what the PDF is printed from,
 * so both read the same. Every text from the registry is escaped.
 */
export function annualReportHtml(r: AnnualReport, charts: ReportCharts, generatedAt: string): string {
  const t = REPORT_TEXT[r.lang];
  const d = (date: string | null) => (date ? formatPreciseDate(date, r.lang) : '');
  const f = r.figures;
  const kpi = (label: string, value: number) => `<div class="kpi"><b>${value}</b>${escapeHtml(label)}</div>`;
  const internal = r.visits.some((v) => v.file);
  return `<!DOCTYPE html>
<html lang="${r.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(t.title(r.home.name, r.year))}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(t.title(r.home.name, r.year))}</h1>
<div class="meta">${escapeHtml(t.asOf(d(r.asOf)))} · ${escapeHtml(t.generated(generatedAt))}${internal ? ` · <span class="internal">${escapeHtml(t.internal)}</span>` : ''}</div>

<h2>${escapeHtml(t.summary)}</h2>
<p class="sentence">${escapeHtml(f.sentence)}</p>
<div class="kpis">${kpi(t.places, f.places)}${kpi(t.countries, f.countries)}${kpi(t.sister, f.byType.sister_city)}${kpi(t.exchange, f.byType.friendly_exchange_city)}${kpi(t.events, r.counts.events)}${kpi(t.visits, r.counts.visits)}</div>
${f.publishedLine ? `<p>${escapeHtml(f.publishedLine)}</p>` : ''}
${f.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}

<h2>${escapeHtml(t.charts)}</h2>
<div class="chart"><h3>${escapeHtml(t.growth)}</h3>${charts.growth}</div>
<div class="chart"><h3>${escapeHtml(t.eventsPerPartner)}</h3>${r.partners.some((p) => p.events) ? charts.eventsPerPartner : `<p class="none">${escapeHtml(t.none)}</p>`}</div>
<div class="chart"><h3>${escapeHtml(t.areas)}</h3>${charts.areas}</div>

<h2>${escapeHtml(t.partners)}</h2>
${table(
  [t.partner, '', t.country, t.type, t.status, t.since, t.health, t.events, t.visits],
  r.partners.map((p) => [
    p.name,
    p.otherName === p.name ? '' : p.otherName,
    countryName(p.country, r.lang),
    typeText(p.type, r.lang),
    `${statusText(p.status, r.lang)}${p.goingDormant ? ` (${t.dormant})` : ''}`,
    d(p.established),
    p.health.toFixed(1),
    p.events,
    p.visits,
  ]),
  t.none,
)}

<h2>${escapeHtml(t.yearEvents)}</h2>
${table(
  [t.date, t.event, t.kind, t.with],
  r.events.map((e) => [d(e.start), e.title, eventKindText(e.kind, r.lang), e.partners.join(', ')]),
  t.none,
)}

<h2>${escapeHtml(t.yearVisits)}</h2>
${table(
  internal ? [t.date, t.event, t.from, t.purpose, t.budget, t.cost, t.gifts] : [t.date, t.event, t.from, t.head],
  r.visits.map((v) =>
    internal
      ? [
          d(v.start),
          v.title,
          v.delegationFrom,
          v.file?.purpose[r.lang] ?? '',
          money(v.file?.budget),
          money(v.file?.actualCost),
          v.file?.gifts.length ?? 0,
        ]
      : [d(v.start), v.title, v.delegationFrom, v.head],
  ),
  t.none,
)}

<h2>${escapeHtml(t.agreements)}</h2>
<h3>${escapeHtml(t.signed)}</h3>
${table(
  [t.date, t.event],
  r.agreements.signed.map((a) => [d(a.signedOn), a.title]),
  t.none,
)}
<h3>${escapeHtml(t.expiring)}</h3>
${table(
  [t.date, t.event, t.renewal],
  r.agreements.expiring.map((a) => [d(a.expiresOn), a.title, RENEWAL_TEXT[r.lang][a.renewal] ?? a.renewal]),
  t.none,
)}
</body></html>`;
}

function money(m: { amount: number; currency: string } | null | undefined): string {
  return m ? `${m.amount.toLocaleString('en')} ${m.currency}` : '';
}
