import { textRuleIssues } from '../../domain/text-rule.ts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readCsvCell, safeCsvCell } from '../../domain/csv-cell.ts';
import { isDeepStrictEqual } from 'node:util';
import { pickName } from '../../domain/common.ts';
import { countryCodeFrom } from '../../domain/countries.ts';
import { AmityError, type FieldIssue } from '../../domain/errors.ts';
import type { IssueCode } from '../../domain/issue-codes.ts';
import {
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  type HistoryEntryInput,
  type PartnershipStatus,
  type PartnershipType,
} from '../../records/partnership/partnership.schema.ts';
import { PLACE_KINDS, type PlaceKind } from '../../records/place/place.schema.ts';
import { compareDates, preciseDateIssue, type PreciseDate } from '../../domain/precise-date.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { areaRepository } from '../../storage/area.repository.ts';
import type { Db } from '../../storage/database.ts';
import { citationService } from '../citation.service.ts';
import { likelyDuplicates, type DuplicateCandidate } from '../duplicates.service.ts';
import { inTransaction, today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import type { PlaceRecord } from '../../records/place/place.service.ts';
import { partnerships, places, sources } from '../records.service.ts';

export const CSV_COLUMNS = [
  'home',
  'home_country',
  'partner',
  'partner_country',
  'partner_kind',
  'relation_type',
  'established',
  'ended',
  'status',
  'cooperation_areas',
  'source_url',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

interface CsvTie {
  line: number;
  home: { name: string; country: string };
  partner: { name: string; country: string; kind: PlaceKind };
  type: PartnershipType;
  established: PreciseDate | null;
  ended: PreciseDate | null;
  status: PartnershipStatus;
  areas: string[];
  sourceUrl: string | null;
}

/** A place the import created that is likely a second record of one already there. */
export interface CsvLikelyDuplicate {
  line: number;
  column: 'home' | 'partner';
  place: { id: string; name: string };
  candidates: DuplicateCandidate[];
}

export interface CsvImportReport {
  rows: number;
  placesCreated: number;
  partnershipsCreated: number;
  partnershipsUpdated: number;
  partnershipsUnchanged: number;
  sourcesCreated: number;
  likelyDuplicates: CsvLikelyDuplicate[];
}

function csvError(file: string, issues: FieldIssue[]): AmityError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AmityError('validation', `${file}:${first.path.slice(1).join(': ')}: ${first.message}${more}`, issues);
}

/** Reads and checks every row; nothing is written unless all rows are good. */
async function readRows(db: Db, file: string, text: string): Promise<CsvTie[]> {
  // The text rule is checked on the file's own lines, before parsing could replace what it refuses.
  const badLines = text.split('\n').flatMap((line, i) => textRuleIssues(line, [file, i + 1]));
  if (badLines.length > 0) throw csvError(file, badLines);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
      trim: true,
      // A cell that export neutralised for spreadsheets (`'=…`) reads back as it was.
      cast: (value: string) => readCsvCell(value),
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw csvError(file, [{ path: [file, line], code: 'csv_syntax', message: (error as Error).message }]);
  }
  const header = records[0]?.record ?? [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unknown.length) {
    const message = missing.length ? `missing column '${missing[0]}'` : `unknown column '${unknown[0]}'`;
    throw csvError(file, [
      { path: [file, 1, 'header'], code: 'csv_header', message: `${message}; the columns are ${CSV_COLUMNS.join(',')}` },
    ]);
  }
  const areaKeys = new Set((await areaRepository.all(db)).map((a) => a.key));
  const issues: FieldIssue[] = [];
  const rows: CsvTie[] = [];
  const seenPairs = new Map<string, number>();

  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column) => (record[header.indexOf(c)] ?? '').trim();
    const problem = (column: Column, code: IssueCode, message: string) => issues.push({ path: [file, line, column], code, message });
    const rowIssues = issues.length;

    if (record.length !== header.length) problem('home', 'csv_syntax', `has ${record.length} fields where the header has ${header.length}`);
    for (const c of ['home', 'partner'] as const) if (!cell(c)) problem(c, 'empty', 'is empty');
    const homeCountry = countryCodeFrom(cell('home_country'));
    if (!homeCountry)
      problem('home_country', 'country_code', `'${cell('home_country')}' is not a known country (use an ISO code such as CN)`);
    const partnerCountry = countryCodeFrom(cell('partner_country'));
    if (!partnerCountry)
      problem('partner_country', 'country_code', `'${cell('partner_country')}' is not a known country (use an ISO code such as RU)`);
    const kind = (cell('partner_kind') || 'city') as PlaceKind;
    if (!PLACE_KINDS.includes(kind)) problem('partner_kind', 'invalid_value', `'${kind}' is not one of ${PLACE_KINDS.join(', ')}`);
    const type = cell('relation_type') as PartnershipType;
    if (!PARTNERSHIP_TYPES.includes(type))
      problem('relation_type', 'invalid_value', `'${type}' is not one of ${PARTNERSHIP_TYPES.join(', ')}`);
    const dates: Partial<Record<'established' | 'ended', PreciseDate | null>> = {};
    for (const c of ['established', 'ended'] as const) {
      const value = cell(c);
      const bad = value ? preciseDateIssue(value) : null;
      if (bad) problem(c, bad.code, bad.message);
      dates[c] = value && !bad ? value : null;
    }
    const status = (cell('status') || (dates.ended ? 'ended' : 'active')) as PartnershipStatus;
    if (!PARTNERSHIP_STATUSES.includes(status))
      problem('status', 'invalid_value', `'${status}' is not one of ${PARTNERSHIP_STATUSES.join(', ')}`);
    if (dates.ended && status !== 'ended') problem('status', 'status_not_ended', `is '${status}' but the tie has an end date`);
    if (dates.established && dates.ended && compareDates(dates.ended, dates.established) < 0)
      problem('ended', 'ends_before_start', 'is before established');
    const areas = cell('cooperation_areas')
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    for (const a of areas)
      if (!areaKeys.has(a)) problem('cooperation_areas', 'unknown_area', `'${a}' is not a cooperation area key (see 'amity areas')`);
    const url = cell('source_url');
    if (url && !URL.canParse(url)) problem('source_url', 'invalid_format', `'${url}' is not a URL`);

    const pair = [`${cell('home')}|${homeCountry}`, `${cell('partner')}|${partnerCountry}`]
      .map((s) => s.toLowerCase())
      .sort()
      .join('~');
    const earlier = seenPairs.get(pair);
    if (earlier !== undefined) problem('partner', 'duplicate_row', `the same tie is on line ${earlier}`);
    seenPairs.set(pair, line);

    if (issues.length === rowIssues) {
      rows.push({
        line,
        home: { name: cell('home'), country: homeCountry! },
        partner: { name: cell('partner'), country: partnerCountry!, kind },
        type,
        established: dates.established ?? null,
        ended: dates.ended ?? null,
        status,
        areas: [...new Set(areas)],
        sourceUrl: url || null,
      });
    }
  }
  if (issues.length) throw csvError(file, issues);
  return rows;
}

function historyOf(row: CsvTie, day: string): HistoryEntryInput[] {
  const undated = { date: null, recordedOn: day };
  const first: HistoryEntryInput =
    row.status === 'proposed'
      ? { kind: 'attested', type: row.type, status: 'proposed', ...(row.established ? { date: row.established } : undated) }
      : { kind: 'established', type: row.type, ...(row.established ? { date: row.established } : undated) };
  const steps: HistoryEntryInput[] = [first];
  if (row.status === 'dormant' || row.status === 'suspended') steps.push({ kind: 'status_changed', status: row.status, ...undated });
  if (row.status === 'ended') steps.push({ kind: 'ended', ...(row.ended ? { date: row.ended } : undated) });
  return steps;
}

/** The steps that bring a recorded tie to what the row says, or none when they agree. */
function stepsToward(p: PartnershipRecord, row: CsvTie, day: string): HistoryEntryInput[] | null {
  const sameAreas = isDeepStrictEqual([...p.areas].sort(), [...row.areas].sort());
  if (p.type === row.type && p.status === row.status && p.established === row.established && p.ended === row.ended && sameAreas) {
    return null;
  }
  const history: HistoryEntryInput[] = p.history.map((e) => ({ ...e }));
  const undated = { date: null, recordedOn: day };
  if (p.established !== row.established && row.established) {
    const founding = history.find((e) => e.kind === 'established');
    if (founding) Object.assign(founding, { date: row.established, recordedOn: null });
    else history.unshift({ kind: 'established', type: row.type, date: row.established });
  }
  if (p.type !== row.type) history.push({ kind: 'type_changed', type: row.type, ...undated });
  if (p.status !== row.status) {
    history.push(
      row.status === 'ended'
        ? { kind: 'ended', ...(row.ended ? { date: row.ended } : undated) }
        : { kind: 'status_changed', status: row.status, ...undated },
    );
  }
  return history;
}

async function placeFor(
  ctx: Ctx,
  line: number,
  column: 'home' | 'partner',
  name: string,
  country: string,
  kind: PlaceKind,
  report: CsvImportReport,
): Promise<PlaceRecord> {
  const found = await places.findByName(ctx.db, name, country);
  const sameKind = found.filter((p) => p.kind === kind);
  const pool = sameKind.length ? sameKind : found;
  if (pool.length > 1) {
    throw new AmityError(
      'validation',
      `line ${line}: ${column}: '${name}' (${country}) names several places: ${pool.map((p) => p.id).join(', ')}`,
    );
  }
  if (pool[0]) return pool[0];
  report.placesCreated++;
  const place = await places.create(ctx, { kind, names: { en: name }, country });
  const candidates = await likelyDuplicates(ctx, 'place', place, { excludeId: place.id });
  if (candidates.length) report.likelyDuplicates.push({ line, column, place: { id: place.id, name }, candidates });
  return place;
}

/**
 * Imports ties from the CSV columns above. Places are matched by name and country
 * and created when new, and a new place that is likely a second record of one
 * already there is reported with the reason; a tie already recorded the same way
 * is left alone.
 */
export async function importPartnershipsCsv(ctx: Ctx, file: string, text: string): Promise<CsvImportReport> {
  assertCanEdit(ctx.actor);
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const rows = await readRows(db, file, text);
    const day = today(ctx);
    const report: CsvImportReport = {
      rows: rows.length,
      placesCreated: 0,
      partnershipsCreated: 0,
      partnershipsUpdated: 0,
      partnershipsUnchanged: 0,
      sourcesCreated: 0,
      likelyDuplicates: [],
    };
    for (const row of rows) {
      const home = await placeFor(tx, row.line, 'home', row.home.name, row.home.country, 'city', report);
      const partner = await placeFor(tx, row.line, 'partner', row.partner.name, row.partner.country, row.partner.kind, report);
      const [existing] = await partnerships.between(db, home.id, partner.id);
      let tie: PartnershipRecord;
      if (!existing) {
        tie = (await partnerships.create(tx, {
          placeAId: home.id,
          placeBId: partner.id,
          history: historyOf(row, day),
          areas: row.areas,
        })) as PartnershipRecord;
        report.partnershipsCreated++;
      } else {
        const history = stepsToward(existing, row, day);
        if (history) {
          tie = (await partnerships.patch(tx, existing.id, { history, areas: row.areas }, existing.version)) as PartnershipRecord;
          report.partnershipsUpdated++;
        } else {
          tie = existing;
          report.partnershipsUnchanged++;
        }
      }
      if (row.sourceUrl) {
        let [source] = await sources.list(tx, { filters: [{ column: 'url', op: '=', value: row.sourceUrl }], limit: 1 });
        if (!source) {
          source = await sources.create(tx, { kind: 'web_page', title: row.sourceUrl, url: row.sourceUrl });
          report.sourcesCreated++;
        }
        if (!(await citationService.find(db, { sourceId: source.id, entity: 'partnership', entityId: tie.id, field: null }))) {
          await citationService.cite(tx, { sourceId: source.id, entity: 'partnership', entityId: tie.id });
        }
      }
    }
    return report;
  });
}

/** Every tie as a CSV row in the import's columns; `import` reads it back. */
export async function exportPartnershipsCsv(ctx: Ctx): Promise<string> {
  const ties = (await partnerships.list(ctx, { orderBy: { column: 'sort_name', direction: 'asc' } })) as PartnershipRecord[];
  const placeById = new Map(
    (
      await places.getMany(
        ctx,
        ties.flatMap((t) => [t.placeAId, t.placeBId]),
      )
    ).map((p) => [p.id, p]),
  );
  const rows: string[][] = [];
  for (const t of ties) {
    const home = placeById.get(t.placeAId);
    const partner = placeById.get(t.placeBId);
    if (!home || !partner) continue;
    const cited = await citationService.forRecord(ctx.db, 'partnership', t.id);
    const withUrl = (
      await sources.getMany(
        ctx,
        cited.map((c) => c.sourceId),
      )
    ).find((s) => s.url);
    rows.push([
      pickName(home.names, 'en'),
      home.country,
      pickName(partner.names, 'en'),
      partner.country,
      partner.kind,
      t.type,
      t.established ?? '',
      t.ended ?? '',
      t.status,
      t.areas.join(';'),
      withUrl?.url ?? '',
    ]);
  }
  return stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map(safeCsvCell))]);
}
