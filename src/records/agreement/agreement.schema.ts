import { z } from 'zod';
import { AreaKeySchema } from '../../domain/area.ts';
import { IdSchema, LocalizedTextSchema, NoteSchema, VisibilitySchema, type RecordMeta } from '../../domain/common.ts';
import { coded } from '../../domain/issue-codes.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';

export const AGREEMENT_KINDS = ['memorandum', 'establishing_agreement', 'cooperation_plan', 'letter_of_intent', 'other'] as const;
export const AgreementKindSchema = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

/** A place or an organisation, exactly one of the two. */
export const PartyRefSchema = z
  .object({ placeId: IdSchema.nullable().default(null), organisationId: IdSchema.nullable().default(null) })
  .refine(
    (p) => (p.placeId === null) !== (p.organisationId === null),
    coded('place_or_organisation', 'name either a place or an organisation'),
  );

export const SignatorySchema = z.object({
  personId: IdSchema,
  /** The title held when signing. */
  title: LocalizedTextSchema.default({}),
  onBehalfOf: PartyRefSchema,
});

export const AgreementDataSchema = z
  .object({
    kind: AgreementKindSchema,
    titles: LocalizedTextSchema.refine((t) => Object.keys(t).length > 0, coded('title_required', 'at least one title is needed')),
    signedOn: PreciseDateSchema.nullable().default(null),
    signedAtPlaceId: IdSchema.nullable().default(null),
    expiresOn: PreciseDateSchema.nullable().default(null),
    term: z.string().trim().max(500).nullable().default(null),
    parties: z.array(PartyRefSchema).max(50).default([]),
    signatories: z.array(SignatorySchema).max(50).default([]),
    areas: z.array(AreaKeySchema).max(50).default([]),
    partnerships: z
      .array(z.object({ partnershipId: IdSchema, effect: z.enum(['founds', 'renews', 'upgrades', 'amends']) }))
      .max(50)
      .default([]),
    summary: LocalizedTextSchema.default({}),
    /** What the office decided about renewing it as its term ends. */
    renewal: z
      .object({
        decision: z.enum(['undecided', 'renew', 'let_expire', 'renewed']),
        decidedOn: PreciseDateSchema.nullable().default(null),
        note: NoteSchema,
      })
      .nullable()
      .default(null),
    visibility: VisibilitySchema.default('public'),
    note: NoteSchema,
  })
  .superRefine((a, ctx) => {
    if (a.signedOn && a.expiresOn && a.expiresOn < a.signedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], ...coded('expires_before_signed', 'expires before it was signed') });
    }
  });
export type AgreementInput = z.input<typeof AgreementDataSchema>;
export type AgreementData = z.output<typeof AgreementDataSchema>;
export type Agreement = AgreementData & RecordMeta;
