import { AmityError } from '../../domain/errors.ts';
import type { Ctx } from '../context.ts';
import { exportPartnershipsCsv, importPartnershipsCsv, type CsvImportReport } from './partnerships-csv.ts';
import { exportRegistry, importRegistry, type ImportCounts } from './registry-json.ts';

/** The registry as a file: the whole of it as JSON, which an import restores exactly, or its partnerships as CSV. */
export const REGISTRY_FILE_FORMATS = ['json', 'csv'] as const;
export type RegistryFileFormat = (typeof REGISTRY_FILE_FORMATS)[number];

function checkFormat(format: string): RegistryFileFormat {
  if (!(REGISTRY_FILE_FORMATS as readonly string[]).includes(format))
    throw new AmityError('validation', `--format: '${format}' is not json or csv`);
  return format as RegistryFileFormat;
}

/** The whole registry as JSON text, or its partnerships as CSV. */
export async function exportRegistryFile(ctx: Ctx, format: string): Promise<string> {
  return checkFormat(format) === 'csv' ? exportPartnershipsCsv(ctx) : `${JSON.stringify(await exportRegistry(ctx), null, 2)}\n`;
}

export type RegistryFileImport = { format: 'csv'; report: CsvImportReport } | { format: 'json'; counts: ImportCounts };

/**
 * Imports a registry JSON export or partnerships from CSV, all or nothing; a second import of the
 * same file changes nothing. The format is the one given, else CSV for a `.csv` name and JSON for
 * any other.
 */
export async function importRegistryFile(ctx: Ctx, input: { file: string; text: string; format?: string }): Promise<RegistryFileImport> {
  if (input.format === undefined && /\.csv$/i.test(input.file))
    return { format: 'csv', report: await importPartnershipsCsv(ctx, input.file, input.text) };
  if (checkFormat(input.format ?? 'json') === 'csv')
    return { format: 'csv', report: await importPartnershipsCsv(ctx, input.file, input.text) };
  let payload: unknown;
  try {
    payload = JSON.parse(input.text);
  } catch (error) {
    throw new AmityError('validation', `${input.file}: not JSON: ${(error as Error).message}`);
  }
  return { format: 'json', counts: await importRegistry(ctx, payload) };
}
