import ExcelJS from 'exceljs';
import { countryName } from '../../domain/countries.ts';
import type { AnnualReport } from './annual-report.service.ts';
import { eventKindText, RENEWAL_TEXT, REPORT_TEXT, statusText, typeText } from './report-labels.ts';

type Image = { png: Buffer; width: number; height: number };

/** The annual report as a workbook: a summary with the charts, and a sheet for each table. */
export async function annualReportXlsx(r: AnnualReport, images: { growth: Image; eventsPerPartner: Image; areas: Image }): Promise<Buffer> {
  const t = REPORT_TEXT[r.lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Amity';
  book.title = t.title(r.home.name, r.year);

  const summary = book.addWorksheet(t.summary);
  summary.columns = [{ width: 34 }, { width: 16 }, { width: 16 }];
  summary.addRow([t.title(r.home.name, r.year)]).font = { bold: true, size: 14 };
  summary.addRow([t.asOf(r.asOf)]);
  summary.addRow([r.figures.sentence]);
  summary.addRow([]);
  summary.addRow(['', t.figures, t.published]).font = { bold: true };
  const p = r.figures.published;
  const rows: [string, number, number | null | undefined][] = [
    [t.places, r.figures.places, p?.places],
    [t.countries, r.figures.countries, p?.countries],
    [t.sister, r.figures.byType.sister_city, p?.sisterCities],
    [t.exchange, r.figures.byType.friendly_exchange_city, p?.friendlyExchangeCities],
    [t.cooperation, r.figures.byType.cooperation, null],
    [t.unknown, r.figures.byType.unknown, null],
    [t.events, r.counts.events, null],
    [t.visits, r.counts.visits, null],
  ];
  for (const row of rows) summary.addRow([row[0], row[1], row[2] ?? null]);
  if (r.figures.publishedLine) summary.addRow([r.figures.publishedLine]);
  for (const note of r.figures.notes) summary.addRow([note]);
  let top = summary.rowCount + 2;
  for (const [title, image] of [
    [t.growth, images.growth],
    [t.eventsPerPartner, images.eventsPerPartner],
    [t.areas, images.areas],
  ] as const) {
    summary.getCell(`A${top}`).value = title;
    const id = book.addImage({ buffer: image.png, extension: 'png' } as never);
    summary.addImage(id, { tl: { col: 0, row: top }, ext: { width: image.width, height: image.height } });
    top += Math.ceil(image.height / 20) + 3;
  }

  const sheet = (name: string, head: string[], data: (string | number | null)[][]) => {
    const ws = book.addWorksheet(name);
    ws.addRow(head).font = { bold: true };
    for (const row of data) ws.addRow(row);
    for (const c of ws.columns) c.width = 18;
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  sheet(
    t.partners,
    [t.partner, '', t.country, t.type, t.status, t.since, t.health, t.events, t.visits],
    r.partners.map((x) => [
      x.name,
      x.otherName,
      countryName(x.country, r.lang),
      typeText(x.type, r.lang),
      statusText(x.status, r.lang),
      x.established,
      x.health,
      x.events,
      x.visits,
    ]),
  );
  sheet(
    t.yearEvents,
    [t.date, t.event, t.kind, t.with],
    r.events.map((e) => [e.start, e.title, eventKindText(e.kind, r.lang), e.partners.join(', ')]),
  );
  sheet(
    t.agreements,
    [t.kind, t.date, t.event, t.renewal],
    [
      ...r.agreements.signed.map((a) => [t.signed, a.signedOn, a.title, null]),
      ...r.agreements.expiring.map((a) => [t.expiring, a.expiresOn, a.title, RENEWAL_TEXT[r.lang][a.renewal] ?? a.renewal]),
    ],
  );
  // Excel allows sheet names of at most 31 characters.
  sheet(
    t.growthSheet,
    [t.year, t.sister, t.exchange, t.cooperation, t.unknown, t.places],
    r.figures.byYear.map((y) => [
      y.year,
      y.byType.sister_city,
      y.byType.friendly_exchange_city,
      y.byType.cooperation,
      y.byType.unknown,
      y.total,
    ]),
  );
  sheet(
    t.areas,
    [t.areas, t.ties, t.events],
    r.areas.map((a) => [a.label, a.ties, a.events]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
