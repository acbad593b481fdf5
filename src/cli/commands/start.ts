import type { Command } from 'commander';
import type { DbOption } from '../run.ts';
import { serve, serveOptions, type ServeOptions } from './serve.ts';

export function registerStart(program: Command): void {
  serveOptions(
    program
      .command('start')
      .description('create the registry with the demo data on first run, import the shipped world network if it has none, then serve it'),
  ).action((options: ServeOptions, command: Command) =>
    serve({ ...options, db: (command.optsWithGlobals() as DbOption).db }, { demo: true, network: true }),
  );
}
