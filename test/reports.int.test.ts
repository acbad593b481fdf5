import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { capitalise, TYPE_COLORS } from '../src/domain/labels.ts';
import { PARTNERSHIP_TYPES } from '../src/records/partnership/partnership.schema.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { renderAnnualReport } from '../src/services/reports/render.service.ts';
import { statsFigures } from '../src/services/stats.service.ts';
import { visitsReport } from '../src/services/reports/visits-report.service.ts';
import { events } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { RESOURCES, type Catalogue } from '../web/src/i18n/resources.ts';
import { launchBrowser } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const docxText = async (buffer: Buffer) => {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');
};

describeEachBackend('the annual report', (use) => {
  it('opens in every format in both languages with the same figures', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    for (const lang of ['zh', 'en'] as const) {
      const html = await renderAnnualReport(ctx, { year: 2024, lang, format: 'html' }, browser);
      const r = html.report;
      expect(r.counts).toMatchObject({ events: 11, visits: 5, agreementsSigned: 1 });
      expect(r.figures.places).toBeGreaterThan(30);
      const sentence = r.figures.sentence;
      expect(html.body).toContain(sentence);
      // A tie's status in the portal's words: 有效, not 活跃.
      expect(html.body).toContain(lang === 'zh' ? '<td>有效</td>' : '<td>Active</td>');
      expect(html.body).not.toMatch(/活跃|沉寂/);
      // The same word the portal's catalogue gives it.
      expect(html.body).toContain(`<td>${capitalise((RESOURCES[lang].status as Catalogue).active as string)}</td>`);
      // The report counts with the districts, as the statistics do when asked to, and says why it differs.
      const same = await statsFigures(ctx, { home: r.home.id, asOf: r.asOf, includeDistricts: true });
      expect([r.figures.places, r.figures.countries, r.figures.notes]).toEqual([same.places, same.countries, same.notes[lang]]);
      expect(r.figures.notes.length).toBeGreaterThan(0);
      if (lang === 'zh') for (const note of r.figures.notes) expect(html.body).toContain(`<p class="note">${note}</p>`);
      // One palette: each type drawn in the site's colour for it, in either language.
      for (const type of PARTNERSHIP_TYPES) expect(html.body).toContain(`fill="${TYPE_COLORS[type]}"`);

      const xlsx = await renderAnnualReport(ctx, { year: 2024, lang, format: 'xlsx' }, browser);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      const summary = book.worksheets[0]!;
      const cells = summary
        .getSheetValues()
        .flat()
        .map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
      expect(cells).toContain(sentence);
      const placesRow = summary
        .getRows(1, summary.rowCount)!
        .find((row) => row.getCell(1).value === (lang === 'zh' ? '伙伴城市' : 'Partner places'))!;
      expect([placesRow.getCell(2).value, placesRow.getCell(3).value]).toEqual([r.figures.places, 93]);
      expect(book.worksheets.map((w) => w.name).length).toBe(6);
      expect((summary as unknown as { getImages(): unknown[] }).getImages()).toHaveLength(3);

      const pdf = await renderAnnualReport(ctx, { year: 2024, lang, format: 'pdf' }, browser);
      // CJK fonts map some glyphs to Kangxi radicals (⼯ for 工); NFKC folds them back.
      const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
      const text = flat((await new PDFParse({ data: pdf.body as Buffer }).getText()).text);
      expect(text).toContain(flat(sentence));
      expect(text).toContain(lang === 'zh' ? '莫斯科' : 'Moscow');

      const docx = await renderAnnualReport(ctx, { year: 2024, lang, format: 'docx' }, browser);
      const words = await docxText(docx.body as Buffer);
      expect(words).toContain(sentence);
      expect(words).toContain(
        lang === 'zh' ? '深圳国际友好城市工作年度报告（2024年）' : 'Shenzhen international partner cities: annual report 2024',
      );
    }
  });

  it('is for signed-in staff only, and shows a visit’s file to them', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    await expect(renderAnnualReport({ ...ctx, actor: ANONYMOUS }, { year: 2024, lang: 'en', format: 'html' })).rejects.toThrow(/sign in/);
    const [visit] = (await events.list(ctx)).filter((e) => e.titles.en === 'Moscow delegation visits Shenzhen');
    await events.patch(
      ctx,
      visit!.id,
      {
        visit: {
          purpose: { en: 'Transport cooperation' },
          budget: { amount: 120000, currency: 'CNY' },
          actualCost: { amount: 98000, currency: 'CNY' },
          gifts: [{ direction: 'given', description: 'Porcelain vase', custody: 'FAO store room' }],
        },
      },
      visit!.version,
    );
    const html = String((await renderAnnualReport(ctx, { year: 2024, lang: 'en', format: 'html' })).body);
    expect(html).toContain('120,000 CNY');
    expect(html).toContain('Internal');
    const visits = await visitsReport(ctx, { year: 2024 });
    expect(visits.byPartner.find((g) => g.partner === 'Moscow')!.visits[0]!.file!.gifts[0]!.custody).toBe('FAO store room');
    const publicVisits = await visitsReport({ ...ctx, actor: ANONYMOUS }, { year: 2024 });
    expect(publicVisits.byPartner.find((g) => g.partner === 'Moscow')!.visits[0]!.file).toBeNull();
  });
});
