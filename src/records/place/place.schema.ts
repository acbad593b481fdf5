import { z } from 'zod';
import {
  AliasSchema,
  CoordinatesSchema,
  IdSchema,
  NamesSchema,
  NoteSchema,
  VisibilitySchema,
  type RecordMeta,
} from '../../domain/common.ts';
import { CountryCodeSchema } from '../../domain/countries.ts';
import { patterned } from '../../domain/issue-codes.ts';

export const PLACE_KINDS = ['city', 'district', 'county', 'province', 'region', 'other'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const PlaceDataSchema = z.object({
  kind: PlaceKindSchema,
  names: NamesSchema,
  aliases: z.array(AliasSchema).max(200).default([]),
  country: CountryCodeSchema,
  parentId: IdSchema.nullable().default(null),
  coordinates: CoordinatesSchema.nullable().default(null),
  population: z
    .object({ value: z.number().int().nonnegative(), year: z.number().int().min(1000).max(2200) })
    .nullable()
    .default(null),
  externalIds: z
    .object({
      wikidata: patterned(/^Q\d+$/, 'wikidata_id', 'not a Wikidata id (Q…)').optional(),
      geonames: patterned(/^\d+$/, 'geonames_id', 'not a GeoNames id (digits)').optional(),
    })
    .default({}),
  visibility: VisibilitySchema.default('public'),
  note: NoteSchema,
});
export type PlaceInput = z.input<typeof PlaceDataSchema>;
export type PlaceData = z.output<typeof PlaceDataSchema>;
export type Place = PlaceData & RecordMeta;
