import type { Site } from '../http/contract/stats.ts';
import type { Ctx } from './context.ts';
import { partnerships, places } from './records.service.ts';
import { resolvePlace } from './home-place.service.ts';

/** The answer's shape is the API's contract (src/http/contract/stats.ts). */
export type { Site };

/**
 * What the web app needs to know before anything else: whose network this registry keeps.
 * The home place is the one the server was told (`--home`), else the place on the home side
 * (side a) of the most ties.
 */
export async function siteInfo(ctx: Ctx, configuredHome?: string): Promise<Site> {
  let homeId: string | null = null;
  if (configuredHome) {
    homeId = (await resolvePlace(ctx, configuredHome)).id;
  } else {
    const counts = new Map<string, number>();
    for (const tie of await partnerships.list(ctx)) counts.set(tie.placeAId, (counts.get(tie.placeAId) ?? 0) + 1);
    homeId = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  }
  if (!homeId) return { home: null };
  const home = await places.get(ctx, homeId);
  return { home: { id: home.id, names: home.names, country: home.country, coordinates: home.coordinates } };
}
