import type { Command } from 'commander';
import { homeOption, jsonOption, langOption, parseOptions } from '../options.ts';
import { withRegistry } from '../run.ts';

export function registerStats(program: Command): void {
  const stats = program
    .command('stats')
    .description('partner places and countries of a home place as of a date, with the press sentence and the latest published figure');
  homeOption(stats, { required: true });
  stats.option('--as-of <date>', 'the day to count as of (YYYY-MM-DD); today by default');
  langOption(stats);
  stats.option('--include-districts', "count the ties of the home place's districts too", false);
  jsonOption(stats, 'print the figures as JSON').action(
    async (options: { home: string; asOf?: string; lang: string; includeDistricts: boolean; json: boolean }, command: Command) => {
      const { statsFigures, StatsRequestSchema } = await import('../../services/stats.service.ts');
      const { formatStats } = await import('../format/stats.ts');
      const request = await parseOptions(StatsRequestSchema, { home: options.home, asOf: options.asOf, lang: options.lang });
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        statsFigures(ctx, { ...request, includeDistricts: options.includeDistricts }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatStats(result, request.lang)}\n`);
    },
  );
}

export function registerStatsPartners(program: Command): void {
  const command = program.command('stats-partners').description('the partner places a home place counts as of a date, by name, one a line');
  homeOption(command, { required: true });
  command.option('--as-of <date>', 'the day to count as of (YYYY-MM-DD); today by default');
  command.option('--offset <n>', 'skip this many partners', '0');
  command.option('--limit <n>', 'at most this many partners; all by default');
  langOption(command);
  command.option('--include-districts', "count the ties of the home place's districts too", false);
  jsonOption(command, 'print the page as JSON').action(
    async (
      options: { home: string; asOf?: string; offset: string; limit?: string; lang: string; includeDistricts: boolean; json: boolean },
      command: Command,
    ) => {
      const { statsPartners, StatsPartnersRequestSchema } = await import('../../services/stats.service.ts');
      const { SentenceLangSchema } = await import('../../domain/sentence.ts');
      const { formatPartners } = await import('../format/stats.ts');
      const { lang, ...request } = await parseOptions(StatsPartnersRequestSchema.extend({ lang: SentenceLangSchema.default('en') }), {
        home: options.home,
        asOf: options.asOf,
        offset: options.offset,
        limit: options.limit,
        lang: options.lang,
      });
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        statsPartners(ctx, { ...request, includeDistricts: options.includeDistricts }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatPartners(result, lang)}\n`);
    },
  );
}
