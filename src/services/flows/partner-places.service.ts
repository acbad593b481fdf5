import { z } from 'zod';
import { IdSchema, LangCodeSchema, pickName, type Coordinates, type Names } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/errors.ts';
import type { PlaceKind } from '../../records/place/place.schema.ts';
import { placeRepository } from '../../storage/place.repository.ts';
import type { Ctx } from '../context.ts';
import { partnerships, places } from '../records.service.ts';
import { search } from '../search.service.ts';

export const PartnerPlacesRequestSchema = z.object({
  q: z.string().trim().min(1).max(200),
  home: IdSchema.optional().describe('the home place, to say which places are already its partners'),
  lang: LangCodeSchema.default('en'),
  limit: z.coerce.number().int().min(1).max(30).default(10),
});
export type PartnerPlacesRequest = z.input<typeof PartnerPlacesRequestSchema>;

/** A place a partner could be, with what tells homonyms apart: country, kind, the place it is in, where it lies. */
export interface PartnerPlace {
  id: string;
  name: string;
  names: Names;
  country: string;
  kind: PlaceKind;
  coordinates: Coordinates | null;
  inside: string | null;
  /** `registry` for the office's own places, `network` for places known only from the world network. */
  layer: 'registry' | 'network';
  /** Why the name matched, in the search's words. */
  matched: string;
  tiedToHome: boolean;
}

/**
 * The places a name may mean, among the registry's own and the world network's (which the lists
 * leave out), best match first: the one search the add-a-partner flow finds its place with.
 */
export async function partnerPlaces(ctx: Ctx, request: PartnerPlacesRequest): Promise<PartnerPlace[]> {
  const { q, home, lang, limit } = parseOrThrow(PartnerPlacesRequestSchema, request, 'place search');
  const { hits } = await search(ctx, q, { types: ['place'], lang, limit });
  const found = await places.getMany(
    ctx,
    hits.map((h) => h.id),
  );
  const byId = new Map(found.map((p) => [p.id, p]));
  const parents = new Map(
    (
      await places.getMany(
        ctx,
        found.flatMap((p) => (p.parentId ? [p.parentId] : [])),
      )
    ).map((p) => [p.id, p]),
  );
  const tied = new Set(
    home ? (await partnerships.touching(ctx.db, [home])).flatMap((t) => (t.deletedAt ? [] : [t.placeAId, t.placeBId])) : [],
  );
  const layers = await placeRepository.layersOf(ctx.db, [...byId.keys()]);
  const out: PartnerPlace[] = [];
  for (const hit of hits) {
    const place = byId.get(hit.id);
    if (!place || place.id === home) continue;
    const parent = place.parentId ? parents.get(place.parentId) : undefined;
    out.push({
      id: place.id,
      name: pickName(place.names, lang),
      names: place.names,
      country: place.country,
      kind: place.kind,
      coordinates: place.coordinates,
      inside: parent ? pickName(parent.names, lang) : null,
      layer: layers.get(place.id) === 'network' ? 'network' : 'registry',
      matched: hit.match.name,
      tiedToHome: tied.has(place.id),
    });
  }
  return out;
}
