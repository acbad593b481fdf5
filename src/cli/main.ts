import { Command } from 'commander';
import { registerCheck } from './commands/check.ts';
import { registerRegistryCommands } from './commands/registry.ts';
import { registerOffice } from './commands/office.ts';
import { registerReports } from './commands/report.ts';
import { registerServe } from './commands/serve.ts';
import { registerDuplicates } from './commands/duplicates.ts';
import { registerSearch } from './commands/search.ts';
import { registerStart } from './commands/start.ts';
import { registerSources } from './commands/sources.ts';
import { registerNetwork } from './commands/network.ts';
import { registerStats, registerStatsPartners } from './commands/stats.ts';
import { registerUsers } from './commands/users.ts';
import { fail } from './run.ts';

// A reader that stops early (`amity … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('amity')
  .description('Amity: a friendship-city registry and city-diplomacy workbench')
  .option('--db <path|postgres-url>', 'the database: a SQLite file or a postgres:// URL (AMITY_DATABASE_URL; ./data/amity.db by default)')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`amity: ${text.replace(/^error: /, '')}`) });

registerStart(program);
registerServe(program);
registerRegistryCommands(program);
registerStats(program);
registerStatsPartners(program);
registerSources(program);
registerCheck(program);
registerOffice(program);
registerReports(program);
registerUsers(program);
registerNetwork(program);
registerSearch(program);
registerDuplicates(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
