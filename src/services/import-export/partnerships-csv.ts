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
import { compareDates, type PreciseDate } from '../../domain/precise-date.ts';
import { parseWrittenDate } from '../../domain/written-date.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { areaRepository } from '../../storage/area.repository.ts';
import type { Db } from '../../storage/database.ts';
import { citationService } from '../citation.service.ts';
import { likelyDuplicatesMany, type DuplicateCandidate } from '../duplicates.service.ts';
import { inTransaction, today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { partnerships, places, sources } from '../records.service.ts';
import { diffFields } from '../generic-record.service.ts';
import { auditRepository } from '../../storage/audit.repository.ts';
import { actorId, actorLabel } from '../../domain/permissions.ts';
import { newId } from '../../domain/common.ts';
import type { PartnershipData } from '../../records/partnership/partnership.schema.ts';
import { PlaceMatcher } from './csv-places.ts';

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
      const read = value ? parseWrittenDate(value) : null;
      if (read && !read.ok) problem(c, read.code, read.message);
      dates[c] = read?.ok ? read.date : null;
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

/** The ties recorded between the places given, by their pair of ids in either order. */
async function tiesAmong(db: Db, ids: readonly string[]): Promise<Map<string, PartnershipRecord>> {
  const out = new Map<string, PartnershipRecord>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const tie of await partnerships.touching(db, ids.slice(i, i + 500))) {
      const pair = pairOf(tie.placeAId, tie.placeBId);
      if (!out.has(pair)) out.set(pair, tie);
    }
  }
  return out;
}

const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The sources with these addresses, creating those there are none of. */
async function sourcesFor(ctx: Ctx, urls: readonly string[], report: CsvImportReport): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < urls.length; i += 500) {
    const found = await sources.list(ctx, { filters: [{ column: 'url', op: 'in', value: urls.slice(i, i + 500) }] });
    for (const s of found) if (s.url && !out.has(s.url)) out.set(s.url, s.id);
  }
  const now = ctx.now().toISOString();
  const meta = { version: 1, createdAt: now, updatedAt: now, deletedAt: null };
  const created = urls
    .filter((url) => !out.has(url))
    .map((url) => ({ url, id: newId(sources.spec.prefix), data: sources.parse({ kind: 'web_page', title: url, url }), meta }));
  await sources.insertMany(ctx.db, created);
  await writeAudits(ctx, 'source', created);
  for (const s of created) out.set(s.url, s.id);
  report.sourcesCreated = created.length;
  return out;
}

/** Writes the places the file names for the first time, and reports those likely second records of others. */
async function writePlaces(ctx: Ctx, matcher: PlaceMatcher, report: CsvImportReport): Promise<void> {
  // A place is compared with those there were when the file first named it, as one by one.
  const order = new Map(matcher.created.map((p, i) => [p.id, i]));
  const found = await likelyDuplicatesMany(
    ctx,
    'place',
    matcher.created.map((p) => ({ input: p.data, excludeId: p.id })),
    { unwritten: true },
  );
  const now = ctx.now().toISOString();
  const meta = { version: 1, createdAt: now, updatedAt: now, deletedAt: null };
  await places.insertMany(
    ctx.db,
    matcher.created.map((p) => ({ id: p.id, data: p.data, meta })),
  );
  await writeAudits(ctx, 'place', matcher.created);
  report.placesCreated = matcher.created.length;
  for (const [i, p] of matcher.created.entries()) {
    const candidates = found[i]!.filter((c) => (order.get(c.id) ?? -1) < i);
    if (candidates.length)
      report.likelyDuplicates.push({ line: p.line, column: p.column, place: { id: p.id, name: p.data.names.en! }, candidates });
  }
}

async function writeAudits(ctx: Ctx, entity: string, records: readonly { id: string; data: object }[]): Promise<void> {
  const at = ctx.now().toISOString();
  await auditRepository.appendMany(
    ctx.db,
    records.map((r) => ({
      at,
      actor_id: actorId(ctx.actor),
      actor_label: actorLabel(ctx.actor),
      action: 'create',
      entity,
      entity_id: r.id,
      version: 1,
      changes: JSON.stringify(diffFields(null, r.data)),
    })),
  );
}

/** Brings a tie recorded before to what the row says; true when it changed. */
async function updateTie(ctx: Ctx, existing: PartnershipRecord, row: CsvTie, day: string): Promise<boolean> {
  const history = stepsToward(existing, row, day);
  if (!history) return false;
  await partnerships.patch(ctx, existing.id, { history, areas: row.areas }, existing.version);
  return true;
}

/**
 * Imports ties from the CSV columns above. Places are matched by name and country
 * and created when new, and a new place that is likely a second record of one
 * already there is reported with the reason; a tie already recorded the same way
 * is left alone. Matching runs in memory over what the file's names need, and new
 * places, ties and their audit entries are written in batches, so the time grows with
 * the rows and no faster; the import is all or nothing.
 */
export async function importPartnershipsCsv(ctx: Ctx, file: string, text: string): Promise<CsvImportReport> {
  assertCanEdit(ctx.actor);
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const rows = await readRows(db, file, text);
    const day = today(ctx);
    const now = ctx.now().toISOString();
    const report: CsvImportReport = {
      rows: rows.length,
      placesCreated: 0,
      partnershipsCreated: 0,
      partnershipsUpdated: 0,
      partnershipsUnchanged: 0,
      sourcesCreated: 0,
      likelyDuplicates: [],
    };
    const matcher = await PlaceMatcher.load(
      db,
      rows.flatMap((r) => [r.home.name, r.partner.name]),
    );
    const pairs = rows.map((row) => ({
      row,
      home: matcher.placeFor(row.line, 'home', row.home.name, row.home.country, 'city'),
      partner: matcher.placeFor(row.line, 'partner', row.partner.name, row.partner.country, row.partner.kind),
    }));
    await writePlaces(tx, matcher, report);
    const recorded = await tiesAmong(db, [...new Set(pairs.flatMap((p) => [p.home, p.partner]))]);
    const fresh = new Map<string, { id: string; data: PartnershipData }>();
    const tieIds: string[] = [];
    const later: number[] = [];
    for (const [i, { row, home, partner }] of pairs.entries()) {
      const pair = pairOf(home, partner);
      const existing = recorded.get(pair);
      if (existing) {
        if (await updateTie(tx, existing, row, day)) report.partnershipsUpdated++;
        else report.partnershipsUnchanged++;
        tieIds.push(existing.id);
      } else if (fresh.has(pair)) {
        // A second row for a tie this file creates: applied once the tie is written.
        later.push(i);
        tieIds.push(fresh.get(pair)!.id);
      } else {
        const data = partnerships.parse({ placeAId: home, placeBId: partner, history: historyOf(row, day), areas: row.areas });
        const id = newId(partnerships.spec.prefix);
        fresh.set(pair, { id, data });
        tieIds.push(id);
      }
    }
    const created = [...fresh.values()];
    await partnerships.insertMany(
      db,
      created.map((t) => ({ ...t, meta: { version: 1, createdAt: now, updatedAt: now, deletedAt: null } })),
    );
    await writeAudits(tx, 'partnership', created);
    report.partnershipsCreated = created.length;
    for (const i of later) {
      const [tie] = await partnerships.between(db, pairs[i]!.home, pairs[i]!.partner);
      if (await updateTie(tx, tie!, pairs[i]!.row, day)) report.partnershipsUpdated++;
      else report.partnershipsUnchanged++;
    }
    const urls = [...new Set(rows.map((r) => r.sourceUrl).filter((u): u is string => u !== null))];
    const sourceIds = await sourcesFor(tx, urls, report);
    const createdIds = new Set(created.map((t) => t.id));
    const recordedIds = [...new Set(tieIds.filter((id) => !createdIds.has(id)))];
    const cited = new Set(
      (await citationService.forRecords(db, 'partnership', recordedIds))
        .filter((c) => c.field === null)
        .map((c) => `${c.entityId} ${c.sourceId}`),
    );
    const citations = [];
    for (const [i, row] of rows.entries()) {
      if (!row.sourceUrl) continue;
      const sourceId = sourceIds.get(row.sourceUrl)!;
      const entityId = tieIds[i]!;
      if (cited.has(`${entityId} ${sourceId}`)) continue;
      cited.add(`${entityId} ${sourceId}`);
      citations.push({ sourceId, entity: 'partnership' as const, entityId });
    }
    await citationService.citeMany(tx, citations);
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
