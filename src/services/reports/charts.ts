import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import type { AnnualReport } from './annual-report.service.ts';
import { ACCENT_COLOR, TYPE_COLORS } from '../../domain/labels.ts';
import { PARTNERSHIP_TYPES } from '../../records/partnership/partnership.schema.ts';
import { REPORT_TEXT, typeText } from './report-labels.ts';

export interface ReportCharts {
  growth: string;
  eventsPerPartner: string;
  areas: string;
}

const FONT = 'Noto Sans CJK SC, Noto Sans, sans-serif';
const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFont: FONT, titleFont: FONT },
  legend: { labelFont: FONT, titleFont: FONT },
};

async function svg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile({ ...spec, config: CONFIG } as TopLevelSpec).spec), { renderer: 'none' });
  return view.toSVG();
}

/** The report's three charts as SVG, drawn by Vega-Lite from the report's own numbers. */
export async function reportCharts(r: AnnualReport): Promise<ReportCharts> {
  const t = REPORT_TEXT[r.lang];
  const growth = r.figures.byYear.flatMap((y) =>
    PARTNERSHIP_TYPES.map((type) => ({
      year: String(y.year),
      type: typeText(type, r.lang),
      n: y.byType[type],
    })),
  );
  const busiest = r.partners.filter((p) => p.events > 0).slice(0, 15);
  return {
    growth: await svg({
      width: 560,
      height: 220,
      data: { values: growth },
      mark: { type: 'area' },
      encoding: {
        x: {
          field: 'year',
          type: 'ordinal',
          title: t.year,
          axis: { labelAngle: 0, labelExpr: "toNumber(datum.value) % 5 === 0 ? datum.value : ''" },
        },
        y: { field: 'n', type: 'quantitative', stack: 'zero', title: t.places },
        color: {
          field: 'type',
          type: 'nominal',
          title: t.type,
          scale: {
            domain: PARTNERSHIP_TYPES.map((type) => typeText(type, r.lang)),
            range: PARTNERSHIP_TYPES.map((type) => TYPE_COLORS[type]),
          },
        },
      },
    }),
    eventsPerPartner: await svg({
      width: 560,
      height: Math.max(60, busiest.length * 18),
      data: { values: busiest.map((p) => ({ partner: p.name, n: p.events })) },
      mark: { type: 'bar', color: ACCENT_COLOR },
      encoding: {
        y: { field: 'partner', type: 'nominal', sort: '-x', title: null },
        x: { field: 'n', type: 'quantitative', title: t.events, axis: { tickMinStep: 1, format: 'd' } },
      },
    }),
    areas: await svg({
      width: 560,
      height: Math.max(60, r.areas.length * 18),
      data: { values: r.areas.map((a) => ({ area: a.label, n: a.ties })) },
      mark: { type: 'bar', color: ACCENT_COLOR },
      encoding: {
        y: { field: 'area', type: 'nominal', sort: '-x', title: null },
        x: { field: 'n', type: 'quantitative', title: t.ties, axis: { tickMinStep: 1, format: 'd' } },
      },
    }),
  };
}
