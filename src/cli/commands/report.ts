import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AmityError } from '../../domain/errors.ts';
import { REPORT_FORMATS, renderAnnualReport, type ReportFormat } from '../../services/reports/render.ts';
import { visitsReport } from '../../services/reports/visits-report.service.ts';
import { withRegistry } from '../run.ts';

const yearOf = (v: string) => {
  if (!/^\d{4}$/.test(v)) throw new AmityError('validation', `--year: '${v}' is not a year`);
  return Number(v);
};

export function registerReports(program: Command): void {
  const report = program.command('report').description('the annual report and the visits report');
  report
    .command('annual')
    .description('the annual report: per partner, the year’s events and visits, agreements, figures at year end, charts')
    .requiredOption('--year <year>', 'the year')
    .option('--lang <lang>', 'zh or en', process.env.AMITY_LANG ?? 'zh')
    .option('--format <format>', REPORT_FORMATS.join(', '), 'pdf')
    .option('--home <place>', 'the home place (by default the one the published figures are about)')
    .option('--out <file>', 'where to write it (by default amity-annual-report-<year>-<lang>.<format>)')
    .action(async (o: { year: string; lang: string; format: string; home?: string; out?: string }, c: Command) => {
      if (o.lang !== 'zh' && o.lang !== 'en') throw new AmityError('validation', `--lang: '${o.lang}' is not zh or en`);
      const r = await withRegistry(c.optsWithGlobals(), (ctx) => renderAnnualReport(ctx, { year: yearOf(o.year), lang: o.lang as 'zh', format: o.format as ReportFormat, home: o.home }));
      const out = o.out ?? r.filename;
      writeFileSync(out, r.body);
      const n = r.report.counts;
      process.stdout.write(`Wrote ${out}: ${n.partners} partners, ${n.events} events, ${n.visits} visits, ${n.agreementsSigned} agreements signed, ${n.agreementsExpiring} expiring\n`);
    });
  report
    .command('visits')
    .description('visits by partner, with their purpose, approval, costs, gifts, outcomes and tasks')
    .option('--year <year>', 'only this year')
    .option('--partner <name>', 'only this partner')
    .option('--json', 'print JSON', false)
    .action(async (o: { year?: string; partner?: string; json: boolean }, c: Command) => {
      const r = await withRegistry(c.optsWithGlobals(), (ctx) => visitsReport(ctx, { year: o.year ? yearOf(o.year) : undefined, partner: o.partner }));
      if (o.json) return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      for (const group of r.byPartner) {
        process.stdout.write(`${group.partner} (${group.visits.length})\n`);
        for (const v of group.visits) process.stdout.write(`  ${v.start ?? '?'}  ${v.kind === 'incoming_visit' ? '←' : '→'} ${v.title}\n`);
      }
      process.stdout.write(`${r.total} visits\n`);
    });
}
