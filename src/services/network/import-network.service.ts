import { newId } from '../../domain/common.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { gazetteer } from '../../domain/network/gazetteer.ts';
import type { KnownPlace } from '../../domain/network/links.ts';
import { readNetworkCsv } from '../../domain/network/network-csv.ts';
import type { NetworkImportReport } from '../../domain/network/report.ts';
import { resolveNetwork, type ResolvedNetwork } from '../../domain/network/resolve.ts';
import type { Db } from '../../storage/database.ts';
import { networkRepository } from '../../storage/network.repository.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { writeAudit } from '../generic-record.service.ts';
import { places } from '../records.service.ts';
import { bumpNetworkVersion } from './network-version.ts';
import { DEFAULT_SOURCE_NAME, networkSource } from './network-source.ts';
import { placeDoc } from './place-rows.ts';

export interface ImportProgress {
  phase: 'resolving' | 'writing places' | 'writing ties';
  done: number;
  total: number;
}

export interface ImportNetworkOptions {
  /** The file's name, for messages and the audit trail. */
  file: string;
  text: string;
  sourceName?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Ids for new places; tests pass their own. */
  newPlaceId?: () => string;
}

async function knownPlaces(db: Db): Promise<KnownPlace[]> {
  const keys = new Map<string, string[]>();
  for (const k of await networkRepository.placeNameKeys(db)) {
    const list = keys.get(k.entity_id);
    if (list) list.push(k.key);
    else keys.set(k.entity_id, [k.key]);
  }
  return (await networkRepository.livePlaces(db)).map((p) => ({
    id: p.id,
    layer: p.layer,
    kind: p.kind,
    country: p.country,
    parentId: p.parent_id,
    coordinates: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
    keys: keys.get(p.id) ?? [],
  }));
}

async function writePlaces(db: Db, resolved: ResolvedNetwork, now: string, progress: ImportNetworkOptions['onProgress']): Promise<number> {
  const fresh = resolved.places.filter((p) => p.isNew);
  const freshIds = new Set(fresh.map((p) => p.id));
  // Parents the import also creates go in first, so every parent_id names a row already written.
  fresh.sort((a, b) => Number(a.parentId !== null && freshIds.has(a.parentId)) - Number(b.parentId !== null && freshIds.has(b.parentId)));
  const meta = { version: 1, createdAt: now, updatedAt: now, deletedAt: null };
  const step = 2000;
  for (let i = 0; i < fresh.length; i += step) {
    // Written as a create writes a place, name and near-spelling keys included, in the network layer.
    const batch = fresh.slice(i, i + step).map((p) => ({ id: p.id, data: placeDoc(p), meta, columns: { layer: 'network' } }));
    await places.insertMany(db, batch);
    progress?.({ phase: 'writing places', done: Math.min(fresh.length, i + step), total: fresh.length });
  }
  return fresh.length;
}

async function writeTies(db: Db, resolved: ResolvedNetwork, sourceId: string, now: string, progress: ImportNetworkOptions['onProgress']) {
  const existing = new Map((await networkRepository.tiesOfSource(db, sourceId)).map((t) => [`${t.place_a_id} ${t.place_b_id}`, t]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const inserts = [];
  for (const tie of resolved.ties) {
    const rows = tie.rows.join(',');
    const known = existing.get(`${tie.a} ${tie.b}`);
    if (!known) {
      inserts.push({ place_a_id: tie.a, place_b_id: tie.b, source_id: sourceId, source_rows: rows, type: 'unknown', created_at: now });
      counts.created++;
    } else if (known.source_rows !== rows) {
      await networkRepository.setTieRows(db, known.id, rows);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  await networkRepository.insertTies(db, inserts);
  progress?.({ phase: 'writing ties', done: resolved.ties.length, total: resolved.ties.length });
  return counts;
}

/**
 * Imports a twin-town file into the world network: places matched to the registry, to
 * earlier imports and to GeoNames, or created in the `network` layer; ties in a table of
 * their own, each citing the dataset's rows. Resolution runs in memory; the writes are
 * large batches in one transaction, so the import is all or nothing, and a second run of
 * the same file changes nothing.
 */
export async function importNetwork(ctx: Ctx, options: ImportNetworkOptions): Promise<NetworkImportReport> {
  assertCanEdit(ctx.actor, 'import the world network');
  const { rows, malformed } = readNetworkCsv(options.file, options.text);
  const g = gazetteer();
  const now = ctx.now().toISOString();
  return inTransaction(ctx.db, async (db) => {
    const source = await networkSource(ctx, db, options.sourceName ?? DEFAULT_SOURCE_NAME);
    options.onProgress?.({ phase: 'resolving', done: 0, total: rows.length });
    const resolved = resolveNetwork({ rows, known: await knownPlaces(db), gazetteer: g, newId: options.newPlaceId ?? (() => newId('pl')) });
    options.onProgress?.({ phase: 'resolving', done: rows.length, total: rows.length });
    const created = await writePlaces(db, resolved, now, options.onProgress);
    const ties = await writeTies(db, resolved, source.id, now, options.onProgress);
    const unresolved = [...malformed, ...resolved.unresolved].sort((a, b) => a.row - b.row);
    const report: NetworkImportReport = {
      source: { id: source.id, name: source.title },
      rows: rows.length + malformed.length,
      rowsResolved: rows.length + malformed.length - new Set(unresolved.map((u) => u.row)).size,
      distinctTies: resolved.ties.length,
      ties,
      places: {
        distinct: resolved.places.length,
        created,
        matchedRegistry: resolved.places.filter((p) => p.matchedLayer === 'registry').length,
        matchedNetwork: resolved.places.filter((p) => p.matchedLayer !== null && p.matchedLayer !== 'registry').length,
        matchedGazetteer: resolved.places.filter((p) => p.place.gazetteer).length,
      },
      mergedDuplicates: resolved.mergedDuplicates,
      flaggedCoordinates: resolved.flags.length,
      unresolvedRows: new Set(unresolved.map((u) => u.row)).size,
      unresolved,
      flags: resolved.flags,
    };
    if (created > 0 || ties.created > 0 || ties.updated > 0) {
      await bumpNetworkVersion(db);
      const { unresolved: _u, flags: _f, ...counts } = report;
      await writeAudit(db, ctx, 'import', 'network', source.id, null, { file: options.file, ...counts });
    }
    return report;
  });
}
