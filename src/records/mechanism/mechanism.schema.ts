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
import { PreciseDateSchema } from '../../domain/precise-date.ts';

/** A multilateral contact mechanism or network of places. */
export const MechanismDataSchema = z.object({
  names: NamesSchema,
  aliases: z.array(AliasSchema).max(200).default([]),
  established: PreciseDateSchema.nullable().default(null),
  description: LocalizedTextSchema.default({}),
  members: z
    .array(
      z.object({
        placeId: IdSchema,
        from: PreciseDateSchema.nullable().default(null),
        to: PreciseDateSchema.nullable().default(null),
      }),
    )
    .max(500)
    .default([]),
  visibility: VisibilitySchema.default('public'),
  note: NoteSchema,
});
export type MechanismInput = z.input<typeof MechanismDataSchema>;
export type MechanismData = z.output<typeof MechanismDataSchema>;
export type Mechanism = MechanismData & RecordMeta;
