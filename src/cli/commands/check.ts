import type { Command } from 'commander';
import { homeOption, jsonOption, langOption, parseOptions, readLang } from '../options.ts';
import { withRegistry } from '../run.ts';
import { readTextInput } from './sources.ts';

export function registerCheck(program: Command): void {
  const check = program
    .command('check <file>')
    .description('find the claims of a press text (plain or HTML; - for standard input) and check each against the registry')
    .option('--as-of <date>', 'check as of this day (YYYY-MM-DD); by default the text’s own date');
  homeOption(check, { what: 'the home place the text speaks for, by default the one the published figures are about' });
  langOption(check, 'en', 'the language of the report and its notes: zh or en');
  jsonOption(
    check,
    'print {"asOf", "claims": [{"text", "start", "end", "kind", "verdict", "evidence", "note", "notes": {"zh", "en"}}]}',
  ).action(async (file: string, options: { asOf?: string; home?: string; lang: string; json: boolean }, command: Command) => {
    const [{ checkText }, { CheckRequestSchema }] = await Promise.all([
      import('../../services/claims/check.service.ts'),
      import('../../services/claims/check.schema.ts'),
    ]);
    const { formatCheck } = await import('../format/check.ts');
    const lang = await readLang(options.lang);
    const request = await parseOptions(
      CheckRequestSchema,
      { text: await readTextInput(file), asOf: options.asOf, home: options.home },
      { text: file },
    );
    const result = await withRegistry(command.optsWithGlobals(), (ctx) => checkText(ctx, request));
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCheck(result, lang)}\n`);
  });
}
