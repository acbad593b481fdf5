import type { Command } from 'commander';
import { parseSpan } from '../../domain/anniversaries.ts';
import { pickName } from '../../domain/common.ts';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { DaySchema, formatPreciseDate } from '../../domain/precise-date.ts';
import { countryRelations } from '../../services/office/country-relations.service.ts';
import { healthOfTies } from '../../services/office/health.service.ts';
import { liaisonDirectory } from '../../services/office/liaison.service.ts';
import { reminders } from '../../services/office/reminders.service.ts';
import { changeTieStatus } from '../../services/office/tie-status.service.ts';
import { partnerships } from '../../services/registry.ts';
import { withRegistry } from '../run.ts';

const day = (v: string | undefined, flag: string) => (v ? parseOrThrow(DaySchema, v, flag) : undefined);
const lang = (v: string) => (v === 'zh' ? 'zh' : 'en') as 'zh' | 'en';

export function registerOffice(program: Command): void {
  program
    .command('reminders')
    .description('what is coming: round anniversaries of ties and of diplomatic relations, agreements ending, tasks due, events')
    .option('--within <span>', 'how far ahead: 90d, 12w, 6m, 1y (AMITY_REMINDERS_WITHIN)', process.env.AMITY_REMINDERS_WITHIN ?? '90d')
    .option('--from <date>', 'from this day (YYYY-MM-DD) instead of today')
    .option('--lang <lang>', 'zh or en', process.env.AMITY_LANG ?? 'en')
    .option('--json', 'print JSON', false)
    .action(async (o: { within: string; from?: string; lang: string; json: boolean }, c: Command) => {
      const days = parseSpan(o.within);
      if (days === null) throw new AmityError('validation', `--within: '${o.within}' is not a span such as 90d, 12w, 6m or 1y`);
      const list = await withRegistry(c.optsWithGlobals(), (ctx) => reminders(ctx, { from: day(o.from, '--from'), withinDays: days }));
      if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      const l = lang(o.lang);
      for (const r of list) {
        process.stdout.write(`${formatPreciseDate(r.on, l).padEnd(18)} ${r.overdue ? '! ' : ''}${r.title[l]}${r.detail ? ` — ${r.detail[l]}` : ''}\n`);
      }
      if (!list.length) process.stdout.write(l === 'zh' ? '这段时间没有提醒事项。\n' : 'Nothing is coming in that time.\n');
    });

  program
    .command('health')
    .description("each tie's health: length, breadth, depth, intensity and frequency of exchange")
    .requiredOption('--home <place>', 'the home place', process.env.AMITY_HOME)
    .option('--as-of <date>', 'as of this day (YYYY-MM-DD)')
    .option('--json', 'print JSON with every dimension', false)
    .action(async (o: { home: string; asOf?: string; json: boolean }, c: Command) => {
      const list = await withRegistry(c.optsWithGlobals(), (ctx) => healthOfTies(ctx, { home: o.home, asOf: day(o.asOf, '--as-of') }));
      if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      for (const t of list) {
        const dims = t.dimensions.map((d) => `${d.dimension} ${d.points}`).join(' · ');
        process.stdout.write(`${t.score.toFixed(1).padStart(5)}  ${pickName(t.partner.names).padEnd(22)} ${dims}${t.goingDormant ? '  going dormant' : ''}\n`);
      }
    });

  program
    .command('tie-status <partnership> <status>')
    .description('mark a tie active, dormant, suspended or ended from a date')
    .requiredOption('--date <date>', 'from when (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--reason <text>', 'why (needed for a suspension)')
    .action(async (id: string, status: string, o: { date: string; reason?: string }, c: Command) => {
      const tie = await withRegistry(c.optsWithGlobals(), async (ctx) => {
        const current = await partnerships.load(ctx.db, id);
        return changeTieStatus(ctx, id, { status: status as 'active', date: o.date, reason: o.reason }, current.version);
      });
      process.stdout.write(`${tie.id} is ${tie.status} (version ${tie.version})\n`);
    });

  program
    .command('liaison')
    .description('the liaison directory: contacts on each side of each tie (internal)')
    .option('--current', 'only contacts still in post', false)
    .option('--json', 'print JSON', false)
    .action(async (o: { current: boolean; json: boolean }, c: Command) => {
      const list = await withRegistry(c.optsWithGlobals(), (ctx) => liaisonDirectory(ctx, { currentOnly: o.current }));
      if (o.json) return void process.stdout.write(`${JSON.stringify({ internal: true, contacts: list }, null, 2)}\n`);
      process.stdout.write('INTERNAL — 内部资料\n');
      for (const x of list) {
        process.stdout.write(`${x.place.name.padEnd(16)} ${x.name.padEnd(24)} ${x.title ?? ''}${x.email ? `  ${x.email}` : ''}${x.current ? '' : `  (until ${x.until})`}\n`);
      }
    });

  const relations = program.command('relations').description('diplomatic relations between countries, for their anniversaries');
  relations
    .command('add <countryA> <countryB>')
    .requiredOption('--established <date>', 'since when (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--source <id>', 'the source that says so')
    .action(async (a: string, b: string, o: { established: string; source?: string }, c: Command) => {
      const r = await withRegistry(c.optsWithGlobals(), (ctx) => countryRelations.put(ctx, { countries: [a.toUpperCase(), b.toUpperCase()], established: o.established, sourceId: o.source ?? null }));
      process.stdout.write(`${r.countries.join('–')} since ${r.established}\n`);
    });
  relations.command('list').action(async (_o, c: Command) => {
    for (const r of await withRegistry(c.optsWithGlobals(), (ctx) => countryRelations.list(ctx.db))) process.stdout.write(`${r.countries.join('–')} since ${r.established}\n`);
  });
}
