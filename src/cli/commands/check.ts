import type { Command } from 'commander';
import { DaySchema } from '../../domain/precise-date.ts';
import { parseOrThrow } from '../../domain/errors.ts';
import { checkText, type CheckResult } from '../../services/claims/check.service.ts';
import { withRegistry } from '../run.ts';
import { readTextInput } from './sources.ts';

const MARK = { supported: '✓', contradicted: '✗', unknown: '?', ambiguous: '~' } as const;

function formatCheck(r: CheckResult): string {
  const lines = [`Checked as of ${r.asOf}${r.home ? ` for ${r.home.name}` : ''}${r.source ? `; this text is source ${r.source.id}` : ''}`];
  for (const c of r.claims) {
    const quote = c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text;
    lines.push(`${MARK[c.verdict]} ${c.verdict.padEnd(12)} ${c.kind.padEnd(12)} “${quote}”`, `    ${c.note}`);
  }
  const n = r.counts;
  lines.push(`${r.claims.length} claims: ${n.supported} supported, ${n.contradicted} contradicted, ${n.ambiguous} ambiguous, ${n.unknown} unknown`);
  return lines.join('\n');
}

export function registerCheck(program: Command): void {
  program
    .command('check <file>')
    .description('find the claims of a press text (plain or HTML; - for standard input) and check each against the registry')
    .option('--as-of <date>', 'check as of this day (YYYY-MM-DD); by default the text’s own date')
    .option('--home <place>', 'the home place the text speaks for; by default the one the published figures are about')
    .option('--json', 'print {"asOf", "claims": [{"text", "start", "end", "kind", "verdict", "evidence", "note"}]}', false)
    .action(async (file: string, options: { asOf?: string; home?: string; json: boolean }, command: Command) => {
      const text = readTextInput(file);
      const asOf = options.asOf ? parseOrThrow(DaySchema, options.asOf, '--as-of') : undefined;
      const result = await withRegistry(command.optsWithGlobals(), (ctx) => checkText(ctx, { text, asOf, home: options.home }));
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCheck(result)}\n`);
    });
}
