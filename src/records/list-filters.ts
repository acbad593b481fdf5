import { z } from 'zod';
import { AreaKeySchema } from '../domain/area.ts';
import { IdSchema } from '../domain/common.ts';
import { CountryCodeSchema } from '../domain/countries.ts';
import { PreciseDateSchema } from '../domain/precise-date.ts';
import { PartnershipStatusSchema, PartnershipTypeSchema } from './partnership/partnership.schema.ts';

/** What a list can be filtered by; each kind of record takes the filters that apply to it. */
export const LIST_FILTERS = {
  q: z.string().trim().min(1).max(200).describe('text in a name or title'),
  ids: z
    .string()
    .regex(/^[a-z]{2,4}_[0-9a-z]{6,40}(,[a-z]{2,4}_[0-9a-z]{6,40}){0,199}$/, 'not a list of ids')
    .describe('these records only: up to 200 ids, separated by commas'),
  country: CountryCodeSchema.describe('ISO country of the place, or of either place of a tie'),
  kind: z
    .string()
    .regex(/^[a-z_]{2,40}(,[a-z_]{2,40}){0,9}$/, 'not a kind or a list of kinds')
    .describe('the record’s kind, or up to ten kinds separated by commas'),
  type: PartnershipTypeSchema,
  status: PartnershipStatusSchema,
  area: AreaKeySchema.describe('a cooperation area key'),
  from: PreciseDateSchema.describe('on or after this date'),
  to: PreciseDateSchema.describe('on or before this date'),
  place: IdSchema.describe('a place the record involves'),
  partnership: IdSchema.describe('a tie the record involves'),
  mechanism: IdSchema.describe('a mechanism the record involves'),
  organisation: IdSchema.describe('an organisation the record involves'),
  person: IdSchema.describe('a person the record involves'),
  partner: IdSchema.describe(
    'a partner place: the records its page lists, those naming the place as a venue, a party, a delegation’s home or a stop, or naming one of its ties',
  ),
  home: IdSchema.describe('the home place of a published figure'),
  layer: z.enum(['registry', 'network', 'all']).describe('registry places (default), network places or all'),
  state: z.enum(['open', 'done', 'cancelled']).describe('a task’s state'),
  owner: z.string().trim().min(1).max(254).describe('a task’s owner'),
  visit: IdSchema.describe('the event, such as a visit, a task follows'),
  follows: z
    .enum(['agreement', 'event', 'partnership', 'none'])
    .describe('a task that follows an agreement, an event, a tie, or none of them'),
} as const;

export type ListFilterName = keyof typeof LIST_FILTERS;

/** The filters of one list request, as validated. */
export type ListFilterValues = Partial<Record<ListFilterName, string>>;
