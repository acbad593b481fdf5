import { z } from 'zod';
import { pickName } from '../domain/common.ts';
import { AmityError } from '../domain/errors.ts';
import { readCountry } from '../domain/network/country-text.ts';
import { scopeOf } from '../domain/scope.ts';
import type { Ctx } from './context.ts';
import type { PlaceRecord } from '../records/place/place.service.ts';
import { places } from './records.service.ts';

/** A place as a request names it: by id, by any of its names, or as "Name, CC". */
export const PlaceRefSchema = z.string().trim().min(1).max(200).describe('a place by id, by name in any language, or as "Name, CC"');

/** The home place as a request names it, the same way as any other place. */
export const HomePlaceSchema = PlaceRefSchema.describe('the home place: by id, by name in any language, or as "Name, CC"');

/** A name, and the country when the reference gives one ("Springfield, US", "Springfield (US)"). */
export function readPlaceRef(ref: string): { name: string; country?: string } {
  const text = ref.trim();
  const m = /^(.*?)(?:,\s*|\s+\()([^,()]+)\)?$/.exec(text);
  const country = m ? readCountry(m[2]!)?.code : undefined;
  return country ? { name: m![1]!, country } : { name: text };
}

/** What the rule below needs to know of each place a name matches. */
export interface PlaceCandidate {
  id: string;
  name: string;
  country: string;
  kind: string;
  /** Kept in the registry, rather than known only from the world network. */
  registry: boolean;
}

/**
 * The one rule for picking the place a reference means among those its name matches: registry
 * places before places known only from the world network, then cities before their districts
 * and other kinds. When that still leaves several, the error lists them so that the caller can
 * add the country or give the id; when it leaves none, the error says no place has that name.
 */
export function choosePlace<T>(ref: string, found: readonly T[], describe: (place: T) => PlaceCandidate): T {
  if (found.length === 0) throw new AmityError('not_found', `no place named '${ref}'`);
  const tier = (p: PlaceCandidate) => (p.registry ? 0 : 2) + (p.kind === 'city' ? 0 : 1);
  const best = Math.min(...found.map((p) => tier(describe(p))));
  const top = found.filter((p) => tier(describe(p)) === best);
  if (top.length > 1) {
    const { name } = readPlaceRef(ref);
    const list = top
      .slice(0, 8)
      .map((p) => describe(p))
      .map((p) => `${p.name} (${p.country}, ${p.id})`)
      .join('; ');
    throw new AmityError(
      'validation',
      `'${ref}' names ${top.length} places: ${list}${top.length > 8 ? '; …' : ''}; add the country ('${name}, XX') or give the id`,
    );
  }
  return top[0]!;
}

/**
 * A registry place named by id (`pl_…`), by any of its names in any language or script, or as
 * "Name, CC"; chosen among homonyms by {@link choosePlace}. Places the actor may not read are
 * not candidates.
 */
export async function resolvePlace(ctx: Ctx, ref: string): Promise<PlaceRecord> {
  const text = ref.trim();
  if (/^pl_/.test(text)) return places.get(ctx, text);
  const { name, country } = readPlaceRef(text);
  const found = await places.findByName(ctx.db, name, country, scopeOf(ctx.actor));
  return choosePlace(ref, found, (p) => ({ id: p.id, name: pickName(p.names), country: p.country, kind: p.kind, registry: true }));
}

/**
 * Whether a home city's districts count with it, for every figure Amity gives about a home
 * place (statistics, the dashboard, tie health, reconciliation with the world network, the
 * claims checked against the published figures): only when the caller asks for them with
 * `includeDistricts`. By default a home place is itself alone, as the press sentence speaks of
 * it. (The annual report asks for them: it covers the year of the whole city.) A claim that
 * two places are tied is another matter: a district's tie bears it out (see check-ties).
 */
export const DISTRICTS_COUNT_BY_DEFAULT = false;

/** The home place's id, and with `includeDistricts` those of every place inside it at any depth. */
export async function homePlaceIds(ctx: Ctx, homeId: string, includeDistricts = DISTRICTS_COUNT_BY_DEFAULT): Promise<string[]> {
  return includeDistricts ? places.withDescendants(ctx.db, homeId) : [homeId];
}

export interface ResolvedHome {
  home: PlaceRecord;
  /** The home place's id first, then its districts' when they count. */
  ids: string[];
  includeDistricts: boolean;
}

/** The home place a reference names, with the places that count as it under the rule above. */
export async function resolveHome(ctx: Ctx, ref: string, options: { includeDistricts?: boolean } = {}): Promise<ResolvedHome> {
  const includeDistricts = options.includeDistricts ?? DISTRICTS_COUNT_BY_DEFAULT;
  const home = await resolvePlace(ctx, ref);
  return { home, ids: await homePlaceIds(ctx, home.id, includeDistricts), includeDistricts };
}
