import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { withRegistry, type DbOption } from '../run.ts';
import { readTextInput } from './sources.ts';

export function registerRegistryCommands(program: Command): void {
  program
    .command('init')
    .description('create the database or bring its schema up to date')
    .action(async (_options, command: Command) => {
      const { initRegistry } = await import('../../services/setup.service.ts');
      const { location, applied } = await initRegistry((command.optsWithGlobals() as DbOption).db, (line) =>
        process.stdout.write(`${line}\n`),
      );
      const done = applied.length ? `applied ${applied.join(', ')}` : 'schema up to date';
      process.stdout.write(`Registry ready at ${location} (${done})\n`);
    });

  program
    .command('demo')
    .description('load the Shenzhen demo registry into an empty database')
    .action(async (_options, command: Command) => {
      const { loadDemo } = await import('../../demo/load-demo.ts');
      await withRegistry(command.optsWithGlobals(), async (ctx, store) => {
        await loadDemo(ctx);
        process.stdout.write(`Loaded the Shenzhen demo registry into ${store.location}\n`);
      });
    });

  program
    .command('import <file>')
    .description("import the registry's JSON export, or partnerships from CSV; all or nothing")
    .option('--format <format>', 'json or csv (by default from the file name)')
    .action(async (file: string, options: { format?: string }, command: Command) => {
      const { importRegistryFile } = await import('../../services/import-export/registry-file.service.ts');
      const text = await readTextInput(file);
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        importRegistryFile(ctx, { file, text, format: options.format }),
      );
      if (result.format === 'csv') {
        const r = result.report;
        process.stdout.write(
          `${r.rows} rows: ${r.partnershipsCreated} ties created, ${r.partnershipsUpdated} updated, ${r.partnershipsUnchanged} unchanged; ` +
            `${r.placesCreated} places and ${r.sourcesCreated} sources created\n`,
        );
        for (const d of r.likelyDuplicates) {
          const others = d.candidates.map((c) => `${c.name} (${c.id}): ${c.reason}`).join('; ');
          process.stdout.write(`  line ${d.line}: new place '${d.place.name}' (${d.place.id}) is likely ${others}\n`);
        }
        return;
      }
      const summary = Object.entries(result.counts)
        .map(([name, c]) => `${name} ${c.created}+${c.updated}~${c.unchanged}=`)
        .join(' ');
      process.stdout.write(`Imported (created+updated~unchanged=): ${summary}\n`);
    });

  program
    .command('export')
    .description('export the whole registry as JSON (which import restores), or partnerships as CSV')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: string; out?: string }, command: Command) => {
      const { exportRegistryFile } = await import('../../services/import-export/registry-file.service.ts');
      const text = await withRegistry(command.optsWithGlobals(), (ctx) => exportRegistryFile(ctx, options.format));
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    });

  program
    .command('areas')
    .description('list the cooperation areas, or add one with --add')
    .option('--add <key>', 'a new area key')
    .option('--zh <label>', 'its Chinese label')
    .option('--en <label>', 'its English label')
    .option('--ru <label>', 'its Russian label')
    .action(async (options: { add?: string; zh?: string; en?: string; ru?: string }, command: Command) => {
      const added = options.add
        ? { key: options.add, labels: { zh: options.zh, en: options.en, ...(options.ru ? { ru: options.ru } : {}) } }
        : undefined;
      const { areaVocabulary } = await import('../../services/area.service.ts');
      const areas = await withRegistry(command.optsWithGlobals(), (ctx) => areaVocabulary(ctx, { add: added }));
      for (const a of areas) {
        process.stdout.write(`${a.key.padEnd(20)} ${a.labels.zh}\t${a.labels.en}${a.builtin ? '' : '  (added)'}\n`);
      }
    });
}
