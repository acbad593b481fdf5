import type { Command } from 'commander';
import { loadDemo } from '../../demo/load-demo.ts';
import { places } from '../../services/registry.ts';
import { networkStats } from '../../services/stats.service.ts';
import { withRegistry } from '../run.ts';
import { formatStats } from './stats.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('create the registry with the demo data on first run, then show its figures')
    .action(async (_options, command: Command) => {
      await withRegistry(command.optsWithGlobals(), async (ctx, store) => {
        if ((await places.count(ctx, { includeDeleted: true })) === 0) {
          await loadDemo(ctx);
          process.stdout.write(`Created ${store.location} with the Shenzhen demo registry.\n\n`);
        }
        for (const lang of ['zh', 'en'] as const) {
          process.stdout.write(`${formatStats(await networkStats(ctx, { home: 'Shenzhen', lang }), lang)}\n\n`);
        }
      });
    });
}
