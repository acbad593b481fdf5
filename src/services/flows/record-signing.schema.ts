import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, NamesSchema, NoteSchema, VisibilitySchema } from '../../domain/common.ts';
import { coded } from '../../domain/issue-codes.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import type { AgreementKind } from '../../records/agreement/agreement.schema.ts';
import { PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';
import { NewPlaceSchema, SourceChoiceSchema } from './add-partner.schema.ts';

/** The kinds of agreement a signing founds or upgrades a tie with. */
export const SIGNING_KINDS = ['memorandum', 'establishing_agreement', 'letter_of_intent'] as const satisfies readonly AgreementKind[];

/** One who signed: a person found (by id) or new (by names), the title held then, and for which side. */
export const SignerSchema = z
  .object({
    personId: IdSchema.optional(),
    newPerson: z.object({ names: NamesSchema }).optional(),
    title: LocalizedTextSchema.default({}),
    side: z.enum(['home', 'partner']),
  })
  .superRefine((s, ctx) => {
    if (Boolean(s.personId) === Boolean(s.newPerson)) {
      ctx.addIssue({ code: 'custom', path: ['personId'], ...coded('person_choice', 'choose a person or name a new one, not both') });
    }
  });

/** The tie the signing founds with a partner place (found or new), or the existing tie it upgrades. */
export const SigningTieSchema = z.discriminatedUnion('effect', [
  z
    .object({
      effect: z.literal('founds'),
      placeId: IdSchema.optional(),
      newPlace: NewPlaceSchema.optional(),
      type: PartnershipTypeSchema,
    })
    .superRefine((t, ctx) => {
      if (Boolean(t.placeId) === Boolean(t.newPlace)) {
        ctx.addIssue({ code: 'custom', path: ['placeId'], ...coded('place_choice', 'choose a place or describe a new one, not both') });
      }
    }),
  z.object({ effect: z.literal('upgrades'), partnershipId: IdSchema, type: PartnershipTypeSchema.default('sister_city') }),
]);

/**
 * A signing as the office records it: the agreement (kind, titles, date at its precision, place
 * of signing), who signed it, the tie it founds or upgrades, and the source with the words that say so.
 */
export const RecordSigningSchema = z.object({
  homeId: IdSchema,
  agreement: z.object({
    kind: z.enum(SIGNING_KINDS),
    titles: LocalizedTextSchema.refine((t) => Object.keys(t).length > 0, coded('title_required', 'at least one title is needed')),
    signedOn: PreciseDateSchema,
    signedAtPlaceId: IdSchema.nullable().default(null),
    visibility: VisibilitySchema.default('public'),
    note: NoteSchema,
  }),
  signatories: z.array(SignerSchema).min(1).max(20),
  tie: SigningTieSchema,
  source: SourceChoiceSchema,
  quote: z.string().trim().min(1).max(5000),
});
export type RecordSigningInput = z.input<typeof RecordSigningSchema>;
export type RecordSigning = z.output<typeof RecordSigningSchema>;
