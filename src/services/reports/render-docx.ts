import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { countryName } from '../../domain/countries.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { AnnualReport } from './annual-report.service.ts';
import { eventKindText, RENEWAL_TEXT, REPORT_TEXT, statusText, typeText } from './report-labels.ts';

type Image = { png: Buffer; width: number; height: number };
const FONT = { ascii: 'Noto Sans', eastAsia: 'Noto Sans CJK SC', hAnsi: 'Noto Sans' };

const cell = (text: string | number | null, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(text ?? ''), bold, font: FONT, size: 18 })] })] });

function table(head: string[], rows: (string | number | null)[][], empty: string): Paragraph | Table {
  if (!rows.length) return new Paragraph({ children: [new TextRun({ text: empty, italics: true, font: FONT })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/** The annual report as a Word document with the same sections, tables and charts as the web view. */
export async function annualReportDocx(r: AnnualReport, images: { growth: Image; eventsPerPartner: Image; areas: Image }): Promise<Buffer> {
  const t = REPORT_TEXT[r.lang];
  const d = (date: string | null) => (date ? formatPreciseDate(date, r.lang) : '');
  const text = (s: string) => new Paragraph({ children: [new TextRun({ text: s, font: FONT })] });
  const heading = (s: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
    new Paragraph({ heading: level, children: [new TextRun({ text: s, font: FONT })] });
  const image = (i: Image) =>
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: i.png,
          transformation: { width: Math.min(600, i.width), height: Math.round(i.height * Math.min(1, 600 / i.width)) },
        }),
      ],
    });
  const f = r.figures;
  const doc = new Document({
    creator: 'Amity',
    title: t.title(r.home.name, r.year),
    sections: [
      {
        children: [
          heading(t.title(r.home.name, r.year), HeadingLevel.HEADING_1),
          text(t.asOf(d(r.asOf))),
          heading(t.summary),
          text(f.sentence),
          table(
            ['', t.figures, t.published],
            [
              [t.places, f.places, f.published?.places ?? null],
              [t.countries, f.countries, f.published?.countries ?? null],
              [t.sister, f.byType.sister_city, f.published?.sisterCities ?? null],
              [t.exchange, f.byType.friendly_exchange_city, f.published?.friendlyExchangeCities ?? null],
              [t.events, r.counts.events, null],
              [t.visits, r.counts.visits, null],
            ],
            t.none,
          ),
          ...(f.publishedLine ? [text(f.publishedLine)] : []),
          ...f.notes.map((note) => text(note)),
          heading(t.charts),
          text(t.growth),
          image(images.growth),
          text(t.eventsPerPartner),
          image(images.eventsPerPartner),
          text(t.areas),
          image(images.areas),
          heading(t.partners),
          table(
            [t.partner, t.country, t.type, t.status, t.since, t.health, t.events],
            r.partners.map((p) => [
              p.name,
              countryName(p.country, r.lang),
              typeText(p.type, r.lang),
              statusText(p.status, r.lang),
              d(p.established),
              p.health.toFixed(1),
              p.events,
            ]),
            t.none,
          ),
          heading(t.yearEvents),
          table(
            [t.date, t.event, t.kind, t.with],
            r.events.map((e) => [d(e.start), e.title, eventKindText(e.kind, r.lang), e.partners.join(', ')]),
            t.none,
          ),
          heading(t.agreements),
          table(
            [t.kind, t.date, t.event, t.renewal],
            [
              ...r.agreements.signed.map((a) => [t.signed, d(a.signedOn), a.title, null]),
              ...r.agreements.expiring.map((a) => [t.expiring, d(a.expiresOn), a.title, RENEWAL_TEXT[r.lang][a.renewal] ?? a.renewal]),
            ],
            t.none,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
