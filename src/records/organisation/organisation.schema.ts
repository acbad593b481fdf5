import { z } from 'zod';
import { AliasSchema, IdSchema, NamesSchema, NoteSchema, VisibilitySchema, type RecordMeta, WebUrlSchema } from '../../domain/common.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { PartyRefSchema } from '../agreement/agreement.schema.ts';

export const ORGANISATION_KINDS = [
  'government_body',
  'company',
  'university',
  'international_organisation',
  'association',
  'other',
] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);

/** A place or an organisation that belongs to this organisation over a span of time. */
export const MemberSchema = z.object({
  member: PartyRefSchema,
  from: PreciseDateSchema.nullable().default(null),
  to: PreciseDateSchema.nullable().default(null),
  role: z.string().trim().max(200).nullable().default(null),
});

export const OrganisationDataSchema = z.object({
  kind: OrganisationKindSchema,
  names: NamesSchema,
  aliases: z.array(AliasSchema).max(200).default([]),
  placeId: IdSchema.nullable().default(null),
  website: WebUrlSchema.nullable().default(null),
  members: z.array(MemberSchema).max(2000).default([]),
  visibility: VisibilitySchema.default('public'),
  note: NoteSchema,
});
export type OrganisationInput = z.input<typeof OrganisationDataSchema>;
export type OrganisationData = z.output<typeof OrganisationDataSchema>;
export type Organisation = OrganisationData & RecordMeta;
