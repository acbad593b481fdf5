import type { Command } from 'commander';
import { jsonOption, namesLangOption, parseOptions } from '../options.ts';
import { withRegistry } from '../run.ts';

export function registerDuplicates(program: Command): void {
  const duplicates = program
    .command('duplicates')
    .description('list pairs of records that are likely the same, with the reason')
    .option('--types <kinds>', 'comma-separated: place,organisation,person,mechanism (AMITY_SEARCH_TYPES)', process.env.AMITY_SEARCH_TYPES);
  jsonOption(namesLangOption(duplicates, 'the language to show names and reasons in (zh, en, ru, …)'), 'print the pairs as JSON').action(
    async (options: { types?: string; lang: string; json: boolean }, command: Command) => {
      const { duplicatePairs } = await import('../../services/duplicates.service.ts');
      const { SearchOptionsSchema } = await import('../../services/search.service.ts');
      const { types, lang } = await parseOptions(SearchOptionsSchema, { types: options.types, lang: options.lang });
      const pairs = await withRegistry(command.optsWithGlobals(), (ctx) => duplicatePairs(ctx, types, lang));
      if (options.json) return void process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
      if (pairs.length === 0) return void process.stdout.write('no likely duplicates\n');
      for (const p of pairs) {
        process.stdout.write(
          `${p.kind.padEnd(12)} ${p.a.name} (${p.a.id})  ~  ${p.b.name} (${p.b.id})\n${' '.repeat(13)}${p.reason}: '${p.names[0]}' ~ '${p.names[1]}'\n`,
        );
      }
    },
  );

  program
    .command('merge <survivor-id> <duplicate-id>')
    .description(
      'merge a duplicate into the record that stays: names kept as aliases, references and citations moved, the duplicate deleted',
    )
    .action(async (survivorId: string, duplicateId: string, _options, command: Command) => {
      const { mergeRecords } = await import('../../services/merge.service.ts');
      const r = await withRegistry(command.optsWithGlobals(), (ctx) => mergeRecords(ctx, survivorId, duplicateId));
      const ties = r.tiesMerged.map((t) => ` partnership ${t.duplicateId} merged into ${t.survivorId};`).join('');
      process.stdout.write(
        `Merged ${r.duplicateId} into ${r.survivorId} (merge ${r.id}): records rewritten ${r.rewritten}, citations moved ${r.citationsMoved};${ties}` +
          ` undo with 'amity unmerge ${r.id}'\n`,
      );
    });

  program
    .command('unmerge <merge-id>')
    .description('undo a merge exactly (administrators)')
    .action(async (mergeId: string, _options, command: Command) => {
      const { unmergeRecords } = await import('../../services/unmerge.service.ts');
      const r = await withRegistry(command.optsWithGlobals(), (ctx) => unmergeRecords(ctx, mergeId));
      process.stdout.write(
        `Undid merge ${r.id}: ${r.duplicateId} is back beside ${r.survivorId}; records restored ${r.restored}, rewritten ${r.rewritten}, citations moved back ${r.citationsMoved}\n`,
      );
    });
}
