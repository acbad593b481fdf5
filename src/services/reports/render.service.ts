import { AmityError } from '../../domain/errors.ts';
import { assertCanReadInternal } from '../../domain/permissions.ts';
import type { SentenceLang } from '../../domain/sentence.ts';
import type { Ctx } from '../context.ts';
import { annualReport } from './annual-report.service.ts';
import { annualReportHtml } from './annual-html.ts';
import type { Browser } from 'playwright-core';
import { REPORT_FORMATS, type ReportFormat } from './report-formats.ts';
import { offThread } from '../threads/pool.ts';

export { REPORT_FORMATS, type ReportFormat };

const TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface AnnualReportQuery {
  year: number;
  lang: SentenceLang;
  format: ReportFormat;
  home?: string;
}

/**
 * The annual report in one format; HTML and PDF come from the same template. For signed-in staff.
 * It is made on a worker thread when the server has a pool, else here (with `browser` if given).
 */
export async function renderAnnualReport(ctx: Ctx, query: AnnualReportQuery, browser?: Browser) {
  assertCanReadInternal(ctx.actor, 'open the annual report');
  if (!REPORT_FORMATS.includes(query.format))
    throw new AmityError('validation', `format: '${query.format}' is not one of ${REPORT_FORMATS.join(', ')}`);
  if (browser) return renderAnnualReportHere(ctx, query, browser);
  const made = await offThread(ctx, 'report', query, () => renderAnnualReportHere(ctx, query));
  // A file's bytes come back from a worker as a plain Uint8Array.
  return {
    ...made,
    body: typeof made.body === 'string' ? made.body : Buffer.from(made.body.buffer, made.body.byteOffset, made.body.byteLength),
  };
}

/** The report made on this thread. */
export async function renderAnnualReportHere(ctx: Ctx, query: AnnualReportQuery, browser?: Browser) {
  assertCanReadInternal(ctx.actor, 'open the annual report');
  const report = await annualReport(ctx, query);
  const { reportCharts } = await import('./charts.ts');
  const charts = await reportCharts(report);
  const filename = `amity-annual-report-${report.year}-${report.lang}.${query.format}`;
  const generatedAt = ctx.now().toISOString().slice(0, 16).replace('T', ' ');
  let body: Buffer | string;
  if (query.format === 'html') {
    body = annualReportHtml(report, charts, generatedAt);
  } else {
    const { htmlToPdf, svgToPng, withBrowser } = await import('./browser.ts');
    const render = async (b: Browser) => {
      if (query.format === 'pdf') return htmlToPdf(b, annualReportHtml(report, charts, generatedAt));
      const images = {
        growth: await svgToPng(b, charts.growth),
        eventsPerPartner: await svgToPng(b, charts.eventsPerPartner),
        areas: await svgToPng(b, charts.areas),
      };
      if (query.format === 'xlsx') return (await import('./render-xlsx.ts')).annualReportXlsx(report, images);
      return (await import('./render-docx.ts')).annualReportDocx(report, images);
    };
    body = browser ? await render(browser) : await withBrowser(render);
  }
  return { body, contentType: TYPES[query.format], filename, report };
}
