import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { REPORT_FORMATS } from '../../services/reports/report-formats.ts';
import { homeOption, langOption, parseOptions } from '../options.ts';
import { withRegistry } from '../run.ts';

export function registerReports(program: Command): void {
  const report = program.command('report').description('the annual report and the visits report');
  const annual = report
    .command('annual')
    .description('the annual report: per partner, the year’s events and visits, agreements, figures at year end, charts')
    .requiredOption('--year <year>', 'the year');
  langOption(annual, 'zh', 'the language of the report: zh or en');
  annual.option('--format <format>', REPORT_FORMATS.join(', '), 'pdf');
  homeOption(annual, { what: 'the home place, by default the one the published figures are about' });
  annual
    .option('--out <file>', 'where to write it (by default amity-annual-report-<year>-<lang>.<format>)')
    .action(async (o: { year: string; lang: string; format: string; home?: string; out?: string }, c: Command) => {
      const [{ renderAnnualReport }, { AnnualReportRequestSchema }] = await Promise.all([
        import('../../services/reports/render.service.ts'),
        import('../../services/reports/annual-report.schema.ts'),
      ]);
      const request = await parseOptions(AnnualReportRequestSchema, { year: o.year, lang: o.lang, format: o.format, home: o.home });
      const r = await withRegistry(c.optsWithGlobals(), (ctx) => renderAnnualReport(ctx, request));
      const out = o.out ?? r.filename;
      writeFileSync(out, r.body);
      const n = r.report.counts;
      process.stdout.write(
        `Wrote ${out}: ${n.partners} partners, ${n.events} events, ${n.visits} visits, ${n.agreementsSigned} agreements signed, ${n.agreementsExpiring} expiring\n`,
      );
    });
  report
    .command('visits')
    .description('visits by partner, with their purpose, approval, costs, gifts, outcomes and tasks')
    .option('--year <year>', 'only this year')
    .option('--partner <name>', 'only this partner')
    .option('--json', 'print JSON', false)
    .action(async (o: { year?: string; partner?: string; json: boolean }, c: Command) => {
      const { visitsReport, VisitsRequestSchema } = await import('../../services/reports/visits-report.service.ts');
      const request = await parseOptions(VisitsRequestSchema, { year: o.year, partner: o.partner });
      const r = await withRegistry(c.optsWithGlobals(), (ctx) => visitsReport(ctx, request));
      if (o.json) return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      for (const group of r.byPartner) {
        process.stdout.write(`${group.partner} (${group.visits.length})\n`);
        for (const v of group.visits) process.stdout.write(`  ${v.start ?? '?'}  ${v.kind === 'incoming_visit' ? '←' : '→'} ${v.title}\n`);
      }
      process.stdout.write(`${r.total} visits\n`);
    });
}
