import { Command } from 'commander';
import { registerDuplicates } from './commands/duplicates.ts';
import { registerRegistryCommands } from './commands/registry.ts';
import { registerSearch } from './commands/search.ts';
import { registerStart } from './commands/start.ts';
import { registerStats } from './commands/stats.ts';
import { fail } from './run.ts';

const program = new Command('amity')
  .description('Amity: a friendship-city registry and city-diplomacy workbench')
  .option('--db <path|postgres-url>', 'the database: a SQLite file or a postgres:// URL (AMITY_DATABASE_URL; ./data/amity.db by default)')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`amity: ${text.replace(/^error: /, '')}`) });

registerStart(program);
registerRegistryCommands(program);
registerStats(program);
registerSearch(program);
registerDuplicates(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
