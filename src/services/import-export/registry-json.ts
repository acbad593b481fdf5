import { textRuleIssues } from '../../domain/text-rule.ts';
import { z } from 'zod';
import { AreaSchema } from '../../domain/area.ts';
import { CitationDataSchema } from '../../domain/citation.ts';
import type { EntityKind } from '../../records/kinds.ts';
import { IdSchema, RecordMetaSchema } from '../../domain/common.ts';
import { AmityError, formatPath, issuesFromZod, validationError, type FieldIssue } from '../../domain/errors.ts';
import type { Db, FactDecisionsTable } from '../../storage/database.ts';
import { isDeepStrictEqual } from 'node:util';
import { countryRelations, type CountryRelation } from '../office/country-relations.service.ts';
import { settingsService } from '../office/settings.service.ts';
import { assertCanAdminister } from '../../domain/permissions.ts';
import { citationRepository } from '../../storage/citation.repository.ts';
import { factDecisionsRepository } from '../../storage/fact-decisions.repository.ts';
import { areaService } from '../area.service.ts';
import { citationFromRow, citationService } from '../citation.service.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { repositoryFor } from '../generic-record.service.ts';
import { SERVICES } from '../records.service.ts';
import type { Ref } from '../../records/spec.ts';

export const EXPORT_FORMAT = 'amity-registry';
export const EXPORT_FORMAT_VERSION = 1;

/** The collections of an export, in the order an import writes them (referenced before referencing). */
export const COLLECTIONS = [
  ['sources', 'source'],
  ['places', 'place'],
  ['organisations', 'organisation'],
  ['people', 'person'],
  ['mechanisms', 'mechanism'],
  ['partnerships', 'partnership'],
  ['agreements', 'agreement'],
  ['events', 'event'],
  ['figures', 'figure'],
  ['tasks', 'task'],
] as const satisfies readonly (readonly [string, EntityKind])[];

export type CollectionName = (typeof COLLECTIONS)[number][0];

export interface RegistryExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  areas: z.infer<typeof AreaSchema>[];
  citations: unknown[];
  [collection: string]: unknown;
}

/** Everything in the registry, deleted and internal records included, so an import restores it exactly. */
export async function exportRegistry(ctx: Ctx): Promise<RegistryExport> {
  assertCanAdminister(ctx.actor, 'export the whole registry');
  const out: RegistryExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: ctx.now().toISOString(),
    areas: (await areaService.list(ctx.db)).map(({ key, labels }) => ({ key, labels })),
    citations: [],
  };
  for (const [collection, entity] of COLLECTIONS) {
    const service = SERVICES[entity];
    const rows = await repositoryFor(entity).list(ctx.db, { includeDeleted: true, orderBy: { column: 'id', direction: 'asc' } });
    out[collection] = rows.map((row) => service.toRecord(row));
  }
  out.citations = (await citationRepository.all(ctx.db)).map(citationFromRow);
  out.decisions = await factDecisionsRepository.all(ctx.db);
  out.relations = await countryRelations.list(ctx.db);
  out.settings = {
    health: await settingsService.get(ctx.db, 'health'),
    reminders: await settingsService.get(ctx.db, 'reminders'),
  };
  return out;
}

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: `not an Amity registry export (format '${EXPORT_FORMAT}')` }),
  formatVersion: z.number().int().max(EXPORT_FORMAT_VERSION, 'written by a newer Amity'),
  areas: z.array(AreaSchema).default([]),
  citations: z.array(z.unknown()).default([]),
  decisions: z
    .array(
      z.object({
        entity: z.string(),
        entity_id: z.string(),
        field: z.string(),
        value: z.string(),
        reason: z.string(),
        decided_at: z.string(),
        decided_by: z.string(),
      }),
    )
    .default([]),
  relations: z.array(z.unknown()).default([]),
  settings: z.object({ health: z.unknown().optional(), reminders: z.unknown().optional() }).default({}),
  ...Object.fromEntries(COLLECTIONS.map(([name]) => [name, z.array(z.unknown()).default([])])),
});

const CitationRecordSchema = CitationDataSchema.extend({ id: IdSchema, createdAt: z.string() });

export type ImportCounts = Record<string, { created: number; updated: number; unchanged: number }>;

/** Orders records so that a parent comes before the records that point at it through `parentKey`. */
function parentsFirst<R extends { id: string; data: Record<string, unknown> }>(records: R[], parentKey: string): R[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const done = new Set<string>();
  const out: R[] = [];
  const visit = (r: R, trail: Set<string>) => {
    if (done.has(r.id)) return;
    if (trail.has(r.id)) throw new AmityError('validation', `${r.id} is its own ancestor through ${parentKey}`);
    trail.add(r.id);
    const parent = r.data[parentKey];
    const p = typeof parent === 'string' ? byId.get(parent) : undefined;
    if (p) visit(p, trail);
    done.add(r.id);
    out.push(r);
  };
  for (const r of records) visit(r, new Set());
  return out;
}

type ParsedRecords = Map<CollectionName, { id: string; meta: z.infer<typeof RecordMetaSchema>; data: Record<string, unknown> }[]>;

/** Every reference of a live record must name a live record in the export or already in the registry. */
async function checkAllReferences(db: Db, parsed: ParsedRecords): Promise<void> {
  const incoming = new Map<EntityKind, Map<string, boolean>>();
  for (const [collection, entity] of COLLECTIONS) {
    incoming.set(entity, new Map((parsed.get(collection) ?? []).map((r) => [r.id, r.meta.deletedAt === null])));
  }
  const issues: FieldIssue[] = [];
  const unresolved: (Ref & { at: (string | number)[] })[] = [];
  for (const [collection, entity] of COLLECTIONS) {
    const spec = SERVICES[entity].spec;
    (parsed.get(collection) ?? []).forEach((r, index) => {
      if (r.meta.deletedAt !== null) return;
      for (const ref of spec.refs(r.data as never)) {
        const live = incoming.get(ref.entity)?.get(ref.id);
        const at = [collection, index, ...ref.path.split(/[.[\]]+/).filter(Boolean)];
        if (live === false) issues.push({ path: at, code: 'deleted_record', message: `${ref.entity} ${ref.id} is deleted in this export` });
        else if (live === undefined) unresolved.push({ ...ref, at });
      }
    });
  }
  const byEntity = new Map<EntityKind, string[]>();
  for (const ref of unresolved) byEntity.set(ref.entity, [...(byEntity.get(ref.entity) ?? []), ref.id]);
  for (const [entity, ids] of byEntity) {
    const found = await repositoryFor(entity).existingIds(db, [...new Set(ids)]);
    for (const ref of unresolved) {
      if (ref.entity === entity && !found.has(ref.id))
        issues.push({ path: ref.at, code: 'missing_record', message: `no ${entity} with id ${ref.id}` });
    }
  }
  if (issues.length) {
    throw new AmityError(
      'missing_reference',
      `${formatPath(issues[0]!.path)}: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      issues,
    );
  }
}

/**
 * Restores an export: records are created, or replaced when they differ, with
 * their ids, versions and times. All or nothing; importing the same file twice
 * changes nothing the second time.
 */
export async function importRegistry(ctx: Ctx, payload: unknown): Promise<ImportCounts> {
  assertCanAdminister(ctx.actor, 'import a registry export');
  const badText = textRuleIssues(payload);
  if (badText.length > 0) throw validationError('registry export', badText);
  const envelope = EnvelopeSchema.safeParse(payload);
  if (!envelope.success) throw validationError('registry export', issuesFromZod(envelope.error));
  const input = envelope.data as unknown as Record<string, unknown[]> & {
    areas: z.infer<typeof AreaSchema>[];
    decisions: FactDecisionsTable[];
    relations: unknown[];
    settings: Record<string, unknown>;
  };

  // Validate every record before writing any.
  const issues: FieldIssue[] = [];
  const parsed: ParsedRecords = new Map();
  for (const [collection, entity] of COLLECTIONS) {
    const service = SERVICES[entity];
    const list: { id: string; meta: z.infer<typeof RecordMetaSchema>; data: Record<string, unknown> }[] = [];
    (input[collection] ?? []).forEach((record, index) => {
      const meta = RecordMetaSchema.safeParse(record);
      const data = service.spec.schema.safeParse(record);
      if (!meta.success) issues.push(...issuesFromZod(meta.error, [collection, index]));
      if (!data.success) issues.push(...issuesFromZod(data.error, [collection, index]));
      if (meta.success && data.success) list.push({ id: meta.data.id, meta: meta.data, data: data.data as Record<string, unknown> });
    });
    parsed.set(collection, list);
  }
  const citations: z.infer<typeof CitationRecordSchema>[] = [];
  input.citations?.forEach((c, index) => {
    const result = CitationRecordSchema.safeParse(c);
    if (result.success) citations.push(result.data);
    else issues.push(...issuesFromZod(result.error, ['citations', index]));
  });
  if (issues.length) throw validationError('registry export', issues);

  return inTransaction(ctx.db, async (db) => {
    await checkAllReferences(db, parsed);
    const tx = { ...ctx, db };
    const counts: ImportCounts = {};
    const changedAreas = await areaService.upsertAll(tx, input.areas);
    counts.areas = { created: 0, updated: changedAreas, unchanged: input.areas.length - changedAreas };

    for (const [collection, entity] of COLLECTIONS) {
      const service = SERVICES[entity];
      let list = parsed.get(collection) ?? [];
      if (entity === 'place') list = parentsFirst(list, 'parentId');
      if (entity === 'event') list = parentsFirst(list, 'parentEventId');
      const c = { created: 0, updated: 0, unchanged: 0 };
      for (const r of list) c[await service.put(tx, r.id, r.data, r.meta)]++;
      counts[collection] = c;
    }

    const c = { created: 0, updated: 0, unchanged: 0 };
    for (const citation of citations) c[await citationService.put(tx, citation)]++;
    counts.citations = c;

    const d = { created: 0, updated: 0, unchanged: 0 };
    for (const decision of input.decisions) {
      const existing = await factDecisionsRepository.find(db, decision.entity, decision.entity_id, decision.field);
      if (existing && isDeepStrictEqual({ ...existing }, decision)) {
        d.unchanged++;
        continue;
      }
      if (existing) await factDecisionsRepository.update(db, decision);
      else await factDecisionsRepository.insert(db, decision);
      d[existing ? 'updated' : 'created']++;
    }
    counts.decisions = d;

    const known = await countryRelations.list(db);
    const r = { created: 0, updated: 0, unchanged: 0 };
    for (const relation of input.relations as CountryRelation[]) {
      const same = known.find((k) => k.countries.join() === [...relation.countries].sort().join());
      if (same && isDeepStrictEqual(same, { ...relation, countries: [...relation.countries].sort() })) {
        r.unchanged++;
        continue;
      }
      await countryRelations.put(tx, relation);
      r[same ? 'updated' : 'created']++;
    }
    counts.relations = r;

    const s = { created: 0, updated: 0, unchanged: 0 };
    for (const key of ['health', 'reminders'] as const) {
      const value = (input.settings as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (isDeepStrictEqual(await settingsService.get(db, key), value)) s.unchanged++;
      else {
        await settingsService.set(tx, key, value);
        s.updated++;
      }
    }
    counts.settings = s;
    return counts;
  });
}
