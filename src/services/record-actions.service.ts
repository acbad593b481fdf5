import type { Citation } from '../domain/citation.ts';
import type { EntityKind } from '../records/kinds.ts';
import { citationService } from './citation.service.ts';
import type { Ctx } from './context.ts';
import { likelyDuplicates, type DuplicateCandidate } from './duplicates.service.ts';
import type { Stored } from './generic-record.service.ts';
import { SERVICES } from './records.service.ts';
import { SEARCHABLE_KINDS, type SearchableKind } from './search.service.ts';

const isSearchable = (kind: EntityKind): kind is SearchableKind => (SEARCHABLE_KINDS as readonly string[]).includes(kind);

/** One record, as the actor may see it, with the citations of its sources. */
export async function recordWithCitations(ctx: Ctx, kind: EntityKind, id: string): Promise<Stored<object> & { citations: Citation[] }> {
  const found = await SERVICES[kind].get(ctx, id);
  return { ...found, citations: await citationService.forRecord(ctx.db, kind, found.id) };
}

export interface CreatedRecord {
  record: Stored<object>;
  /** For a named kind (places, organisations, people, mechanisms), the records the new one may duplicate, and why; null for the others. */
  likelyDuplicates: DuplicateCandidate[] | null;
}

/** Creates a record; a new named record comes back with the records it may duplicate, so that an editor can merge them at once. */
export async function createRecord(ctx: Ctx, kind: EntityKind, input: unknown): Promise<CreatedRecord> {
  const record = await SERVICES[kind].create(ctx, input);
  const duplicates = isSearchable(kind) ? await likelyDuplicates(ctx, kind, input, { excludeId: record.id }) : null;
  return { record, likelyDuplicates: duplicates };
}
