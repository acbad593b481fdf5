import { z } from 'zod';
import {
  AliasSchema,
  IdSchema,
  LocalizedTextSchema,
  NamesSchema,
  NoteSchema,
  VisibilitySchema,
  type RecordMeta,
} from '../../domain/common.ts';
import { coded } from '../../domain/issue-codes.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';

/** A title held over a span of time, in an organisation or for a place. */
export const PositionSchema = z.object({
  title: LocalizedTextSchema.refine((t) => Object.keys(t).length > 0, coded('title_required', 'a position needs a title')),
  organisationId: IdSchema.nullable().default(null),
  placeId: IdSchema.nullable().default(null),
  from: PreciseDateSchema.nullable().default(null),
  to: PreciseDateSchema.nullable().default(null),
});
export type Position = z.output<typeof PositionSchema>;

export const PersonDataSchema = z.object({
  names: NamesSchema,
  aliases: z.array(AliasSchema).max(200).default([]),
  positions: z.array(PositionSchema).max(200).default([]),
  visibility: VisibilitySchema.default('public'),
  note: NoteSchema,
});
export type PersonInput = z.input<typeof PersonDataSchema>;
export type PersonData = z.output<typeof PersonDataSchema>;
export type Person = PersonData & RecordMeta;
