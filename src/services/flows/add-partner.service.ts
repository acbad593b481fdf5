import type { CitationInput } from '../../domain/citation.ts';
import type { Visibility } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/errors.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import type { HistoryEntryInput } from '../../records/partnership/partnership.schema.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import type { PlaceRecord } from '../../records/place/place.service.ts';
import type { SourceData } from '../../records/source/source.schema.ts';
import { placeRepository } from '../../storage/place.repository.ts';
import { citationService } from '../citation.service.ts';
import { inTransaction, withDb, type Ctx } from '../context.ts';
import { writeAudit, type Stored } from '../generic-record.service.ts';
import { partnerships, places, sources } from '../records.service.ts';
import { AddPartnerSchema, type AddPartner, type AddPartnerInput } from './add-partner.schema.ts';

export interface AddedPartner {
  partnership: PartnershipRecord;
  place: PlaceRecord;
  source: Stored<SourceData>;
  /** What the flow made rather than found. */
  created: { place: boolean; source: boolean; fromNetwork: boolean };
}

/** The tie's dated history: its establishment with the type, then its status when it is not simply active. */
function historyOf(p: AddPartner): HistoryEntryInput[] {
  const start: HistoryEntryInput = { kind: 'established', date: p.established, type: p.type };
  if (p.status === 'active') return [start];
  return [start, { kind: 'status_changed', date: p.established, status: p.status }];
}

/**
 * The partner place chosen (a network place joins the registry) or described anew, the new one
 * with `visibility`; the signing flow finds its partner so too. A place found keeps its own.
 */
export async function placeFor(
  ctx: Ctx,
  p: Pick<AddPartner, 'placeId' | 'newPlace'>,
  visibility: Visibility = 'public',
): Promise<{ place: PlaceRecord; created: boolean; fromNetwork: boolean }> {
  if (p.newPlace) return { place: await places.create(ctx, { ...p.newPlace, visibility }), created: true, fromNetwork: false };
  const place = await places.load(ctx.db, p.placeId!);
  // A partner of the office's is the registry's own place from now on, found in its lists.
  const fromNetwork = await placeRepository.moveToRegistry(ctx.db, place.id);
  return { place, created: false, fromNetwork };
}

/**
 * The source chosen: one kept already, the one kept at the same address, or a new one (a pasted
 * text is ingested, by the HTML reader loaded for it).
 */
export async function sourceFor(ctx: Ctx, s: AddPartner['source']): Promise<{ source: Stored<SourceData>; created: boolean }> {
  if (s.kind === 'existing') return { source: await sources.load(ctx.db, s.id), created: false };
  if (s.kind === 'text') {
    const { addSource } = await import('../sources/source-ingest.service.ts');
    return addSource(ctx, { content: s.content, url: s.url, title: s.title });
  }
  const [same] = await sources.list(ctx, { filters: [{ column: 'url', op: '=', value: s.url }], limit: 1 });
  if (same) return { source: same, created: false };
  const source = await sources.create(ctx, { kind: 'web_page', title: s.title, url: s.url, published: s.published ?? null });
  return { source, created: true };
}

/** The facts the source gives the tie: its founding date and its type, each with the quote. */
function citationsOf(p: AddPartner, tieId: string, sourceId: string): CitationInput[] {
  const base = { sourceId, entity: 'partnership' as const, entityId: tieId, quote: p.quote };
  const out: CitationInput[] = [];
  if (p.established) out.push({ ...base, field: 'established', value: p.established });
  if (p.type !== 'unknown') out.push({ ...base, field: 'type', value: p.type });
  if (out.length === 0) out.push({ ...base, field: null });
  return out;
}

/**
 * Adds a partner in one go: the place (found among the registry's and the world network's, or
 * new), the tie with its dated establishment, the source (kept, linked or ingested) and the
 * citations of the facts it gives. All of it is written in one transaction, or nothing is.
 */
export async function addPartner(ctx: Ctx, input: AddPartnerInput): Promise<AddedPartner> {
  assertCanEdit(ctx.actor, 'add a partner');
  const p = parseOrThrow(AddPartnerSchema, input, 'partner');
  return inTransaction(ctx.db, async (db) => {
    const inner = withDb(ctx, db);
    await places.load(db, p.homeId);
    // A place named anew for an internal tie stays internal with it.
    const { place, created: placeCreated, fromNetwork } = await placeFor(inner, p, p.visibility);
    const { source, created: sourceCreated } = await sourceFor(inner, p.source);
    const partnership = (await partnerships.create(inner, {
      placeAId: p.homeId,
      placeBId: place.id,
      history: historyOf(p),
      areas: p.areas,
      visibility: p.visibility,
      note: p.note,
    })) as PartnershipRecord;
    for (const citation of citationsOf(p, partnership.id, source.id)) await citationService.cite(inner, citation);
    const created = { place: placeCreated, source: sourceCreated, fromNetwork };
    await writeAudit(db, ctx, 'add_partner', 'partnership', partnership.id, partnership.version, {
      placeId: place.id,
      sourceId: source.id,
      created,
    });
    return { partnership, place, source, created };
  });
}
