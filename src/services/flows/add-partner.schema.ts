import { z } from 'zod';
import { AreaKeySchema } from '../../domain/area.ts';
import { CoordinatesSchema, IdSchema, NamesSchema, NoteSchema, VisibilitySchema } from '../../domain/common.ts';
import { CountryCodeSchema } from '../../domain/countries.ts';
import { coded } from '../../domain/issue-codes.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';
import { PlaceKindSchema } from '../../records/place/place.schema.ts';

/** A partner place not yet in the registry: its names, country and kind are enough to start. */
export const NewPlaceSchema = z.object({
  names: NamesSchema,
  country: CountryCodeSchema,
  kind: PlaceKindSchema.default('city'),
  coordinates: CoordinatesSchema.nullable().default(null),
});

/** Where the tie is read from: a source already kept, an address and title, or a pasted text to keep. */
export const SourceChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), id: IdSchema }),
  z.object({
    kind: z.literal('link'),
    url: z.url(),
    title: z.string().trim().min(1).max(1000),
    published: PreciseDateSchema.optional(),
  }),
  z.object({
    kind: z.literal('text'),
    content: z.string().trim().min(1, 'the text is empty').max(2_000_000),
    url: z.url().optional(),
    title: z.string().trim().min(1).max(1000).optional(),
  }),
]);

/**
 * Everything an office knows when it adds a partner: the place (found, or new), the tie's type,
 * status and founding date at its precision, its areas, and the source with the words that say so.
 */
export const AddPartnerSchema = z
  .object({
    homeId: IdSchema,
    placeId: IdSchema.optional(),
    newPlace: NewPlaceSchema.optional(),
    type: PartnershipTypeSchema,
    status: z.enum(['active', 'dormant', 'proposed']).default('active'),
    established: PreciseDateSchema.nullable().default(null),
    areas: z.array(AreaKeySchema).max(50).default([]),
    visibility: VisibilitySchema.default('public'),
    note: NoteSchema,
    source: SourceChoiceSchema,
    quote: z.string().trim().min(1).max(5000),
  })
  .superRefine((p, ctx) => {
    if (Boolean(p.placeId) === Boolean(p.newPlace)) {
      ctx.addIssue({ code: 'custom', path: ['placeId'], ...coded('place_choice', 'choose a place or describe a new one, not both') });
    }
    if (p.placeId && p.placeId === p.homeId) {
      ctx.addIssue({ code: 'custom', path: ['placeId'], ...coded('self_tie', 'a place cannot be tied to itself') });
    }
  });
export type AddPartnerInput = z.input<typeof AddPartnerSchema>;
export type AddPartner = z.output<typeof AddPartnerSchema>;
