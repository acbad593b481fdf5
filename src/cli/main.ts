import { Command } from 'commander';
import { registerBackup } from './commands/backup.ts';
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

/**
 * Every command, in the order `amity --help` lists them. A register function only declares its
 * commands and their options; each action loads what it runs (`await import()` of its service),
 * so a new command is one more register function here and costs the others nothing at start
 * (test/cli-startup.test.ts checks what `amity --help` loads).
 */
const COMMANDS: ((program: Command) => void)[] = [
  registerStart,
  registerServe,
  registerRegistryCommands,
  registerStats,
  registerStatsPartners,
  registerSources,
  registerCheck,
  registerOffice,
  registerReports,
  registerUsers,
  registerNetwork,
  registerSearch,
  registerDuplicates,
  registerBackup,
];
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const { fail } = await import('./fail.ts');
  fail(error);
}
