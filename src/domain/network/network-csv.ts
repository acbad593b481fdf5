import { parse } from 'csv-parse/sync';
import { AmityError } from '../errors.ts';
import type { Unresolved } from './report.ts';
import type { NetworkRow } from './resolve.ts';

const WITH_COORDINATES = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'];
const WITHOUT_COORDINATES = ['city1', 'country1', 'city2', 'country2'];

const number = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
};

/**
 * Reads a twin-town file, with coordinates or without. Rows are numbered by their line
 * in the file (the header is line 1), which is how the report and the ties cite them.
 */
export function readNetworkCsv(file: string, text: string): { rows: NetworkRow[]; malformed: Unresolved[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    throw new AmityError('validation', `${file}: not CSV: ${(error as Error).message}`);
  }
  const header = (records[0]?.record ?? []).map((h) => h.trim());
  const coords = header.join(',') === WITH_COORDINATES.join(',');
  if (!coords && header.join(',') !== WITHOUT_COORDINATES.join(',')) {
    throw new AmityError(
      'validation',
      `${file}:1: the header is neither ${WITH_COORDINATES.join(',')} nor ${WITHOUT_COORDINATES.join(',')}`,
    );
  }
  const rows: NetworkRow[] = [];
  const malformed: Unresolved[] = [];
  for (const { record: r, info } of records.slice(1)) {
    const row = info.lines;
    if (r.length !== header.length) {
      malformed.push({ row, reason: 'malformed_row', detail: `${r.length} fields where the header has ${header.length}` });
      continue;
    }
    rows.push({
      row,
      sides: coords
        ? [
            { name: r[0]!, country: r[1]!, lat: number(r[2]), lng: number(r[3]) },
            { name: r[4]!, country: r[5]!, lat: number(r[6]), lng: number(r[7]) },
          ]
        : [
            { name: r[0]!, country: r[1]!, lat: null, lng: null },
            { name: r[2]!, country: r[3]!, lat: null, lng: null },
          ],
    });
  }
  return { rows, malformed };
}
