import { z } from 'zod';
import { CoordinatesSchema, LocalizedTextSchema, NamesSchema } from '../../domain/common.ts';
import { AgreementKindSchema } from '../../records/agreement/agreement.schema.ts';
import { HistoryEntrySchema, PartnershipStatusSchema, PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';
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
/** What recording a signing wrote. */
export const RecordedSigningSchema = z.object({
  agreementId: z.string(),
  partnershipId: z.string(),
  partnerId: z.string(),
  sourceId: z.string(),
  signatoryIds: z.array(z.string()).describe('the people who signed, in the order given'),
  created: z.object({
    place: z.boolean(),
    people: z.number().int(),
    positions: z.number().int().describe('positions recorded for new signatories from the titles they signed with'),
    source: z.boolean(),
    tie: z.boolean(),
  }),
});
export type RecordedSigningAnswer = z.infer<typeof RecordedSigningSchema>;

/** What the public will read once a signing is saved; a part that is null stays out of the public's sight. */
export const SigningPublicViewSchema = z.object({
  partner: z.object({ id: z.string(), names: NamesSchema, country: z.string() }).nullable(),
  tie: z
    .object({
      type: PartnershipTypeSchema,
      status: PartnershipStatusSchema,
      established: z.string().nullable(),
      ended: z.string().nullable(),
      history: z.array(HistoryEntrySchema),
    })
    .nullable(),
  agreement: z
    .object({
      kind: AgreementKindSchema,
      titles: LocalizedTextSchema,
      signedOn: z.string().nullable(),
      signatories: z.array(
        z.object({
          names: NamesSchema.nullable().describe('null when the person is internal'),
          title: LocalizedTextSchema,
          side: z.enum(['home', 'partner']),
        }),
      ),
    })
    .nullable(),
  positions: z
    .array(
      z.object({
        names: NamesSchema.nullable().describe('null when the person is internal'),
        title: LocalizedTextSchema,
        from: z.string().nullable(),
        side: z.enum(['home', 'partner']),
      }),
    )
    .describe('the positions to be recorded for new signatories, from the titles they signed with'),
});
export type SigningPublicViewAnswer = z.infer<typeof SigningPublicViewSchema>;
