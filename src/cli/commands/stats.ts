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
      const { networkStats, StatsRequestSchema } = await import('../../services/stats.service.ts');
      const { formatStats } = await import('../format/stats.ts');
      const request = await parseOptions(StatsRequestSchema, { home: options.home, asOf: options.asOf, lang: options.lang });
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        networkStats(ctx, { ...request, includeDistricts: options.includeDistricts }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatStats(result, request.lang)}\n`);
    },
  );
}
