import type { Site } from '../http/contract/stats.ts';
import type { Ctx } from './context.ts';
import { scopeOf } from '../domain/scope.ts';
import { statsRepository } from '../storage/stats.repository.ts';
import { places } from './records.service.ts';
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
    homeId = await statsRepository.homeSideOfMostTies(ctx.db, scopeOf(ctx.actor).records === 'public');
  }
  if (!homeId) return { home: null };
  const home = await places.get(ctx, homeId);
  return { home: { id: home.id, names: home.names, country: home.country, coordinates: home.coordinates } };
}
