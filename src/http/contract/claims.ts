import { z } from 'zod';
import { EntityKindSchema } from '../../records/kinds.ts';
import { NamesSchema } from '../../domain/common.ts';
import { DaySchema, PreciseDateSchema } from '../../domain/precise-date.ts';
import { PartnershipTypeSchema } from '../../records/partnership/partnership.schema.ts';

export const VERDICTS = ['supported', 'contradicted', 'unknown', 'ambiguous'] as const;
export const VerdictSchema = z.enum(VERDICTS);
const MentionKindSchema = z.enum(['place', 'person', 'organisation', 'mechanism']);

/** What a claim states, read into the registry's terms (src/domain/claims/types.ts). */
export const NormalisedSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('figure'),
    places: z.number().optional(),
    countries: z.number().optional(),
    sisterCities: z.number().optional(),
    friendlyExchangeCities: z.number().optional(),
    pairs: z.number().optional(),
    members: z.number().optional(),
    asOf: PreciseDateSchema.nullable().optional().describe('the figure’s own date; without one, the text’s'),
  }),
  z.object({
    kind: z.literal('relationship'),
    placeIds: z.tuple([z.string().nullable(), z.string().nullable()]).describe('null for a place the registry does not hold'),
    placeNames: z.tuple([z.string(), z.string()]).optional().describe('the places as written'),
    type: z
      .union([PartnershipTypeSchema, z.literal('ambiguous')])
      .nullable()
      .describe('the type the words state; ambiguous when they fit two ranks'),
    typeWords: z.string().nullable(),
    date: PreciseDateSchema.nullable(),
    areas: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('agreement'),
    placeIds: z.array(z.string()),
    personIds: z.array(z.string()),
    date: PreciseDateSchema.nullable(),
  }),
  z.object({
    kind: z.literal('event'),
    what: z.enum(['site_visit', 'named_event', 'person_visit']),
    siteId: z.string().optional(),
    siteKind: MentionKindSchema.optional(),
    name: z.string().optional(),
    personId: z.string().optional(),
    placeIds: z.array(z.string()).optional(),
    personIds: z.array(z.string()).optional(),
    personNames: z.array(z.string()).optional().describe('the people the sentence names with a title, as written'),
    date: PreciseDateSchema.nullable(),
  }),
  z.object({
    kind: z.literal('person'),
    personId: z.string(),
    title: z.string(),
    titleLang: z.enum(['zh', 'en']),
    viaAlias: z.boolean(),
    written: z.string(),
    date: PreciseDateSchema.nullable().optional().describe('when the title was held, if the text says'),
  }),
  z.object({
    kind: z.literal('upgrade'),
    placeIds: z.tuple([z.string().nullable(), z.string().nullable()]),
    placeNames: z.tuple([z.string(), z.string()]),
    fromType: PartnershipTypeSchema.nullable(),
    toType: PartnershipTypeSchema,
    date: PreciseDateSchema.nullable(),
  }),
  z.object({
    kind: z.literal('anniversary'),
    placeIds: z.tuple([z.string().nullable(), z.string().nullable()]),
    placeNames: z.tuple([z.string(), z.string()]),
    years: z.number().int(),
    inYear: z.number().int().nullable(),
    impliesEstablished: PreciseDateSchema.nullable().describe('the year the tie began, by the anniversary'),
    upcoming: z.boolean().optional().describe('the anniversary is to come, in a year the text does not give'),
  }),
  z.object({
    kind: z.literal('membership'),
    memberId: z.string().nullable(),
    memberKind: MentionKindSchema,
    organisationId: z.string().nullable(),
    memberName: z.string().optional(),
    organisationName: z.string().optional(),
  }),
  z.object({
    kind: z.literal('mechanism'),
    mechanismId: z.string(),
    memberIds: z.array(z.string()),
    year: z.number().int().nullable(),
    cities: z.number().int().nullable(),
    countries: z.number().int().nullable(),
  }),
]);

/** A note in Chinese and in English. */
const NoteSchema = z.object({ zh: z.string(), en: z.string() });

/** A record that bears on a claim, with the sources cited for it. */
export const EvidenceSchema = z.object({
  entity: EntityKindSchema,
  id: z.string(),
  label: NoteSchema.describe('the record’s name'),
  detail: NoteSchema.nullable().describe('what about the record bears on the claim'),
  sources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string().nullable() })),
});

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** The record a claim the registry cannot check would add (src/domain/claims/proposal.ts). */
export const RecordProposalSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('partnership'),
    placeA: z.string(),
    placeB: z.string(),
    placeAId: z.string().nullable(),
    placeBId: z.string().nullable(),
    type: PartnershipTypeSchema.nullable(),
    established: PreciseDateSchema.nullable(),
  }),
  z.object({ kind: z.literal('type_change'), partnershipId: z.string(), type: PartnershipTypeSchema, date: PreciseDateSchema.nullable() }),
  z.object({
    kind: z.literal('position'),
    person: z.string(),
    personId: z.string().nullable(),
    title: z.string(),
    titleLang: z.enum(['zh', 'en']),
    from: PreciseDateSchema.nullable(),
  }),
]);

/** A claim found in the text, with its verdict. */
export const CheckedClaimSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['figure', 'relationship', 'upgrade', 'anniversary', 'agreement', 'event', 'person', 'membership', 'mechanism']),
  verdict: VerdictSchema,
  evidence: z.array(EvidenceSchema),
  note: z.string().describe('the checker’s note in English (notes.en)'),
  notes: NoteSchema,
  normalised: NormalisedSchema,
  paragraph: z.number().int(),
  lang: z.enum(['zh', 'en']),
  spans: z.array(SpanSchema).describe('every place the text states this fact; start and end are the first'),
  propose: RecordProposalSchema.optional().describe('for a claim the registry cannot check: the record that would let it, prefilled'),
});

/** POST /api/check: the claims of a text, each checked against the registry. */
export const CheckResultSchema = z.object({
  asOf: DaySchema,
  home: z.object({ id: z.string(), name: z.string(), names: NamesSchema }).nullable(),
  source: z.object({ id: z.string(), title: z.string() }).nullable().describe('the registry’s record of the text, when it has one'),
  text: z.string().describe('the text as read, boilerplate removed; claims’ start and end point into it'),
  claims: z.array(CheckedClaimSchema),
  counts: z.record(VerdictSchema, z.number().int()),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type CheckedClaim = z.infer<typeof CheckedClaimSchema>;
