import { z } from 'zod';
import { CoordinatesSchema, NamesSchema } from '../../domain/common.ts';
import { CONTINENTS } from '../../domain/countries.ts';
import { DaySchema, PreciseDateSchema } from '../../domain/precise-date.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';

/** A place as the statistics name it. */
export const StatsPlaceSchema = z.object({
  id: z.string(),
  names: NamesSchema,
  country: z.string(),
  kind: z.string(),
  coordinates: CoordinatesSchema.nullable().describe('where a map draws the place'),
});

/** Partners by type of tie, every type present. */
export const TypeCountsSchema = z.record(PartnershipTypeSchema, z.number().int());

/** The latest published figure beside the registry's own count, with the source that published it. */
export const PublishedSchema = z.object({
  figureId: z.string(),
  asOf: PreciseDateSchema,
  places: z.number().int().nullable(),
  placesQualifier: z.enum(['exact', 'more_than']),
  countries: z.number().int().nullable(),
  sisterCities: z.number().int().nullable(),
  friendlyExchangeCities: z.number().int().nullable(),
  difference: z
    .object({
      places: z.number().int().nullable(),
      countries: z.number().int().nullable(),
      sisterCities: z.number().int().nullable(),
      friendlyExchangeCities: z.number().int().nullable(),
    })
    .describe('the registry’s count less the published one'),
  source: z.object({ id: z.string(), title: z.string(), url: z.string().nullable() }),
});

const ByYearSchema = z.array(z.object({ year: z.number().int(), total: z.number().int(), byType: TypeCountsSchema }));

/** GET /api/stats: a home place's partner network as of a day. */
export const StatsResultSchema = z.object({
  home: z.string().describe('the home place’s English name'),
  homeId: z.string(),
  homeNames: NamesSchema,
  includeDistricts: z.boolean(),
  asOf: DaySchema,
  places: z.number().int(),
  countries: z.number().int(),
  byType: TypeCountsSchema,
  byContinent: z.partialRecord(z.enum(CONTINENTS), z.number().int()),
  ranked: z
    .object({ places: z.number().int(), countries: z.number().int() })
    .describe('places and countries with a sister or friendly exchange tie'),
  byYear: ByYearSchema.describe('cumulative counts at the end of each year, the last year up to asOf'),
  partners: z.array(
    z.object({
      partner: StatsPlaceSchema,
      type: PartnershipTypeSchema,
      status: PartnershipStatusSchema,
      established: PreciseDateSchema.nullable(),
      via: StatsPlaceSchema.nullable().describe('the district whose tie this is, when it is not the home place’s own'),
      partnershipIds: z.array(z.string()),
    }),
  ),
  undated: z
    .array(z.object({ partner: StatsPlaceSchema, partnershipId: z.string() }))
    .describe('ties that exist today but whose date is unknown'),
  suspended: z.array(
    z.object({ partner: StatsPlaceSchema, partnershipId: z.string(), since: PreciseDateSchema.nullable(), reason: z.string().nullable() }),
  ),
  sentence: z.string(),
  sentences: z.object({ zh: z.string(), en: z.string() }),
  published: PublishedSchema.nullable(),
  otherScope: z
    .object({ places: z.number().int(), countries: z.number().int() })
    .nullable()
    .describe('the same count with the districts’ own ties when they are left out, and without them when they are in'),
  notes: z
    .object({ zh: z.array(z.string()), en: z.array(z.string()) })
    .describe('one line for each pair of figures given together that differ, saying why (src/domain/figure-notes.ts)'),
});
export type StatsResult = z.infer<typeof StatsResultSchema>;

/** GET /api/stats: the figures without the partners, which `/api/stats/partners` lists. */
export const StatsFiguresSchema = StatsResultSchema.omit({ partners: true });
export type StatsFigures = z.infer<typeof StatsFiguresSchema>;

/** GET /api/stats/partners: the partners counted on the day, by name. */
export const StatsPartnersSchema = z.object({
  homeId: z.string(),
  asOf: DaySchema,
  total: z.number().int().describe('partners counted on the day'),
  items: StatsResultSchema.shape.partners,
  nextOffset: z.number().int().nullable().describe('the offset of the next page; null on the last'),
});
export type StatsPartners = z.infer<typeof StatsPartnersSchema>;

/** GET /api/dashboard: the staff's overview of the network today. */
export const DashboardSchema = StatsResultSchema.pick({
  asOf: true,
  homeId: true,
  homeNames: true,
  places: true,
  countries: true,
  byType: true,
  byContinent: true,
  byYear: true,
  published: true,
}).extend({
  quiet: z
    .array(
      z.object({
        partnerId: z.string(),
        lastEvent: PreciseDateSchema.nullable(),
        lastEventId: z.string().nullable(),
        partner: StatsPlaceSchema,
      }),
    )
    .describe('partners with no recorded event in the last three years'),
  anniversaries: z
    .array(
      z.object({
        partnerId: z.string(),
        established: PreciseDateSchema,
        years: z.number().int(),
        on: PreciseDateSchema,
        partner: StatsPlaceSchema,
      }),
    )
    .describe('round anniversaries of ties in the next twelve months'),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** GET /api/site: the home place whose network this registry keeps. */
export const SiteSchema = z.object({
  home: z
    .object({
      id: z.string(),
      names: NamesSchema,
      country: z.string(),
      coordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    })
    .nullable(),
});
export type Site = z.infer<typeof SiteSchema>;
