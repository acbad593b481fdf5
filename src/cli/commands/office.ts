import type { Command } from 'commander';
import { homeOption, jsonOption, langOption, parseOptions, readLang } from '../options.ts';
import { withRegistry } from '../run.ts';

export function registerOffice(program: Command): void {
  const reminding = program
    .command('reminders')
    .description('what is coming: round anniversaries of ties and of diplomatic relations, agreements ending, tasks due, events')
    .option('--within <span>', 'how far ahead: 90d, 12w, 6m, 1y (AMITY_REMINDERS_WITHIN)', process.env.AMITY_REMINDERS_WITHIN ?? '90d')
    .option('--from <date>', 'from this day (YYYY-MM-DD) instead of today');
  jsonOption(langOption(reminding)).action(async (o: { within: string; from?: string; lang: string; json: boolean }, c: Command) => {
    const { ReminderRequestSchema, reminders } = await import('../../services/office/reminders.service.ts');
    const { formatPreciseDate } = await import('../../domain/precise-date.ts');
    const l = await readLang(o.lang);
    const request = await parseOptions(ReminderRequestSchema, { within: o.within, from: o.from });
    const list = await withRegistry(c.optsWithGlobals(), (ctx) => reminders(ctx, { from: request.from, withinDays: request.within }));
    if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    for (const r of list) {
      process.stdout.write(
        `${formatPreciseDate(r.on, l).padEnd(18)} ${r.overdue ? '! ' : ''}${r.title[l]}${r.detail ? ` — ${r.detail[l]}` : ''}\n`,
      );
    }
    if (!list.length) process.stdout.write(l === 'zh' ? '这段时间没有提醒事项。\n' : 'Nothing is coming in that time.\n');
  });

  const health = program.command('health').description("each tie's health: length, breadth, depth, intensity and frequency of exchange");
  homeOption(health, { required: true });
  health
    .option('--as-of <date>', 'as of this day (YYYY-MM-DD)')
    .option('--include-districts', "also the ties of the home place's districts", false);
  jsonOption(health, 'print JSON with every dimension').action(
    async (o: { home: string; asOf?: string; includeDistricts: boolean; json: boolean }, c: Command) => {
      const { HealthRequestSchema, healthOfTies } = await import('../../services/office/health.service.ts');
      const { pickName } = await import('../../domain/common.ts');
      const request = await parseOptions(HealthRequestSchema, { home: o.home, asOf: o.asOf });
      const list = await withRegistry(c.optsWithGlobals(), (ctx) =>
        healthOfTies(ctx, { ...request, includeDistricts: o.includeDistricts }),
      );
      if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      for (const t of list) {
        const dims = t.dimensions.map((d) => `${d.dimension} ${d.points}`).join(' · ');
        process.stdout.write(
          `${t.score.toFixed(1).padStart(5)}  ${pickName(t.partner.names).padEnd(22)} ${dims}${t.goingDormant ? '  going dormant' : ''}\n`,
        );
      }
    },
  );

  program
    .command('tie-status <partnership> <status>')
    .description('mark a tie active, dormant, suspended or ended from a date')
    .requiredOption('--date <date>', 'from when (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--reason <text>', 'why (needed for a suspension)')
    .option(
      '--version <n>',
      'the version of the tie this change is based on (as `amity` or the API showed it); refused if the tie has changed since. Without it, the change applies to the tie as it stands',
    )
    .action(async (id: string, status: string, o: { date: string; reason?: string; version?: string }, c: Command) => {
      const { changeTieStatus } = await import('../../services/office/tie-status.service.ts');
      const { z } = await import('zod');
      // The version a change is based on, when the command line is given one.
      const TieVersionSchema = z.object({ version: z.coerce.number().int().positive().optional() });
      const { version } = await parseOptions(TieVersionSchema, { version: o.version });
      const tie = await withRegistry(c.optsWithGlobals(), (ctx) =>
        changeTieStatus(ctx, id, { status: status as 'active', date: o.date, reason: o.reason }, version),
      );
      process.stdout.write(`${tie.id} is ${tie.status} (version ${tie.version})\n`);
    });

  program
    .command('liaison')
    .description('the liaison directory: contacts on each side of each tie (internal)')
    .option('--current', 'only contacts still in post', false)
    .option('--json', 'print JSON', false)
    .action(async (o: { current: boolean; json: boolean }, c: Command) => {
      const { liaisonDirectory } = await import('../../services/office/liaison.service.ts');
      const list = await withRegistry(c.optsWithGlobals(), (ctx) => liaisonDirectory(ctx, { currentOnly: o.current }));
      if (o.json) return void process.stdout.write(`${JSON.stringify({ internal: true, contacts: list }, null, 2)}\n`);
      process.stdout.write('INTERNAL — 内部资料\n');
      for (const x of list) {
        process.stdout.write(
          `${x.place.name.padEnd(16)} ${x.name.padEnd(24)} ${x.title ?? ''}${x.email ? `  ${x.email}` : ''}${x.current ? '' : `  (until ${x.until})`}\n`,
        );
      }
    });

  const relations = program.command('relations').description('diplomatic relations between countries, for their anniversaries');
  relations
    .command('add <countryA> <countryB>')
    .requiredOption('--established <date>', 'since when (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--source <id>', 'the source that says so')
    .action(async (a: string, b: string, o: { established: string; source?: string }, c: Command) => {
      const { countryRelations } = await import('../../services/office/country-relations.service.ts');
      const r = await withRegistry(c.optsWithGlobals(), (ctx) =>
        countryRelations.put(ctx, {
          countries: [a.toUpperCase(), b.toUpperCase()],
          established: o.established,
          sourceId: o.source ?? null,
        }),
      );
      process.stdout.write(`${r.countries.join('–')} since ${r.established}\n`);
    });
  relations.command('list').action(async (_o, c: Command) => {
    const { countryRelations } = await import('../../services/office/country-relations.service.ts');
    for (const r of await withRegistry(c.optsWithGlobals(), (ctx) => countryRelations.list(ctx.db)))
      process.stdout.write(`${r.countries.join('–')} since ${r.established}\n`);
  });
}
