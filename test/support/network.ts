import type { Ctx } from '../../src/services/context.ts';
import { importNetwork } from '../../src/services/network/import-network.service.ts';
import { rowCounts } from './row-counts.ts';

export const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';

/** Imports CSV lines (the header is added) as the file `name`. */
export function importLines(ctx: Ctx, lines: string[], extra: { newPlaceId?: () => string; name?: string } = {}) {
  return importNetwork(ctx, { file: extra.name ?? 'test.csv', text: [HEADER, ...lines].join('\n'), newPlaceId: extra.newPlaceId });
}

export async function tableCounts(ctx: Ctx) {
  const n = await rowCounts(ctx, ['places', 'network_ties', 'name_keys', 'sources', 'audit_log']);
  return { places: n.places, ties: n.network_ties, nameKeys: n.name_keys, sources: n.sources, audit: n.audit_log };
}
