import { z } from 'zod';
import { CoordinatesSchema, NamesSchema } from '../../domain/common.ts';
import { PlaceKindSchema } from '../../records/place/place.schema.ts';
import { TypeCountsSchema } from './stats.ts';

/** A place a partner could be, with what tells homonyms apart. */
export const PartnerPlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  names: NamesSchema,
  country: z.string(),
  kind: PlaceKindSchema,
  coordinates: CoordinatesSchema.nullable(),
  inside: z.string().nullable().describe('the name of the place it is in'),
  layer: z.enum(['registry', 'network']).describe('registry: the office’s own places; network: known only from the world network'),
  matched: z.string().describe('the name that matched'),
  tiedToHome: z.boolean().describe('already a partner of the home place'),
});
export type PartnerPlace = z.infer<typeof PartnerPlaceSchema>;

/** What adding a partner wrote. */
export const AddedPartnerSchema = z.object({
  partnershipId: z.string(),
  placeId: z.string(),
  sourceId: z.string(),
  created: z.object({ place: z.boolean(), source: z.boolean(), fromNetwork: z.boolean() }),
});
export type AddedPartnerAnswer = z.infer<typeof AddedPartnerSchema>;

const PublicFiguresSchema = z.object({ places: z.number().int(), countries: z.number().int(), byType: TypeCountsSchema });

/** The public figures of a tie's home place before and after a status change. */
export const StatusEffectSchema = z.object({
  homeId: z.string(),
  homeNames: NamesSchema,
  asOf: z.string(),
  before: PublicFiguresSchema,
  after: PublicFiguresSchema,
});
export type StatusEffectAnswer = z.infer<typeof StatusEffectSchema>;

/** What planning a visit wrote. */
export const PlannedVisitSchema = z.object({
  eventId: z.string(),
  version: z.number().int(),
  createdPeople: z.array(z.string()).describe('the people the plan named for the first time'),
  taskIds: z.array(z.string()).describe('the follow-up tasks it added'),
});
export type PlannedVisitAnswer = z.infer<typeof PlannedVisitSchema>;
