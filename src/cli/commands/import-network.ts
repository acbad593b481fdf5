import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { NetworkImportReport } from '../../domain/network/report.ts';
import type { ImportProgress } from '../../services/network/import-network.service.ts';
import { withRegistry } from '../run.ts';
import { readTextInput } from './sources.ts';

/** A bar per phase on a terminal; nothing when output goes to a file or a CI log. */
export async function progressBar(): Promise<{ update: (p: ImportProgress) => void; stop: () => void }> {
  if (!process.stdout.isTTY || process.env.CI) return { update: () => undefined, stop: () => undefined };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let phase = '';
  return {
    update: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, { phase: p.phase.padEnd(14) });
      } else {
        bar.update(p.done);
      }
    },
    stop: () => phase && bar.stop(),
  };
}

export function formatImportReport(r: NetworkImportReport): string {
  const pct = r.rows ? ((100 * r.unresolvedRows) / r.rows).toFixed(2) : '0';
  return [
    `${r.rows} rows: ${r.rowsResolved} resolved, ${r.unresolvedRows} unresolved (${pct} %)`,
    `${r.distinctTies} distinct ties: ${r.ties.created} created, ${r.ties.updated} updated, ${r.ties.unchanged} unchanged`,
    `${r.places.distinct} places: ${r.places.created} created, ${r.places.matchedRegistry} matched to the registry, ${r.places.matchedNetwork} to earlier imports, ${r.places.matchedGazetteer} to GeoNames`,
    `${r.mergedDuplicates} duplicate spellings merged; ${r.flaggedCoordinates} coordinates flagged`,
    ...r.unresolved.slice(0, 10).map((u) => `  row ${u.row}: ${u.reason}: ${u.detail}`),
    ...(r.unresolved.length > 10 ? [`  … ${r.unresolved.length - 10} more in the report (--report)`] : []),
  ].join('\n');
}

export function registerImportNetwork(program: Command): void {
  program
    .command('import-network [csv]')
    .description(
      'import a twin-town file into the world network (the shipped dataset by default); all or nothing, and a re-run changes nothing',
    )
    .option('--source-name <name>', 'the title of the dataset the ties cite (AMITY_NETWORK_SOURCE)', process.env.AMITY_NETWORK_SOURCE)
    .option(
      '--report <file>',
      'write the full report (every unresolved row, every flagged coordinate) as JSON (AMITY_NETWORK_REPORT)',
      process.env.AMITY_NETWORK_REPORT,
    )
    .action(async (csv: string | undefined, options: { sourceName?: string; report?: string }, command: Command) => {
      const { importNetwork } = await import('../../services/network/import-network.service.ts');
      const { SHIPPED_NETWORK } = await import('../../services/prepare-site.service.ts');
      const file = csv ?? SHIPPED_NETWORK;
      const text = await readTextInput(file);
      const bar = await progressBar();
      const report = await withRegistry(command.optsWithGlobals(), (ctx) =>
        importNetwork(ctx, { file, text, sourceName: options.sourceName, onProgress: bar.update }).finally(bar.stop),
      );
      if (options.report) writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
      process.stdout.write(`${formatImportReport(report)}\n`);
    });
}
