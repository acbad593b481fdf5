import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { withRegistry } from '../run.ts';

export async function readTextInput(file: string): Promise<string> {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const { AmityError } = await import('../../domain/errors.ts');
    throw new AmityError('not_found', `cannot read ${file}: ${(error as Error).message}`);
  }
}

export function registerSources(program: Command): void {
  const source = program.command('source').description('the texts the registry’s facts stand on');
  source
    .command('add <file>')
    .description('add a text (plain or HTML; - for standard input): boilerplate stripped, date and languages detected')
    .option('--url <url>', 'where it was published')
    .option('--publisher <name>', 'who published it')
    .option('--published <date>', 'its date (YYYY, YYYY-MM or YYYY-MM-DD), when the text does not say')
    .option('--lang <langs>', 'its languages, comma-separated (zh,en), when detection is wrong')
    .option('--title <title>', 'its title, when the text has none')
    .option('--kind <kind>', 'press_release, article, agreement, web_page, dataset or other', 'article')
    .action(
      async (
        file: string,
        options: { url?: string; publisher?: string; published?: string; lang?: string; title?: string; kind: string },
        command: Command,
      ) => {
        const { addSource } = await import('../../services/sources/source-ingest.service.ts');
        const content = await readTextInput(file);
        const { source: s, created } = await withRegistry(command.optsWithGlobals(), (ctx) =>
          addSource(ctx, { ...options, kind: options.kind as never, lang: options.lang?.split(',').map((l) => l.trim()), content }),
        );
        const pairs = s.paragraphs.filter((p, i) => p.pairedWith !== null && p.pairedWith > i).length;
        process.stdout.write(
          `${created ? 'Added' : 'Already in the registry:'} ${s.id} “${s.title}”\n` +
            `  published ${s.published ?? 'unknown'}; languages ${s.languages.join(', ') || 'unknown'}; ` +
            `${s.paragraphs.length} paragraphs${pairs ? `, ${pairs} bilingual pairs` : ''}\n`,
        );
      },
    );
}
