import { z } from 'zod';
import { AreaKeySchema } from '../../domain/area.ts';
import { IdSchema, LocalizedTextSchema, NoteSchema, VisibilitySchema, type RecordMeta } from '../../domain/common.ts';
import { coded, patterned } from '../../domain/issue-codes.ts';
import { compareDates, PreciseDateSchema } from '../../domain/precise-date.ts';
import { PartyRefSchema } from '../agreement/agreement.schema.ts';

export const EVENT_KINDS = [
  'signing',
  'incoming_visit',
  'outgoing_visit',
  'meeting',
  'online_meeting',
  'exhibition',
  'forum',
  'other',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

export const ParticipantSchema = z.object({
  personId: IdSchema,
  /** The title held at the time of the event. */
  title: LocalizedTextSchema.default({}),
  /** The place or organisation the person stood for. */
  representing: PartyRefSchema.nullable().default(null),
  /** Membership of a visit's delegation. */
  delegation: z.enum(['head', 'member']).nullable().default(null),
});

export const ItineraryStopSchema = z
  .object({
    date: PreciseDateSchema.nullable().default(null),
    time: patterned(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_of_day', 'not a time (HH:MM)')
      .nullable()
      .default(null),
    organisationId: IdSchema.nullable().default(null),
    placeId: IdSchema.nullable().default(null),
    title: LocalizedTextSchema.default({}),
    purpose: LocalizedTextSchema.default({}),
  })
  .refine(
    (s) => s.organisationId || s.placeId || Object.keys(s.title).length > 0,
    coded('stop_site', 'a stop needs a site (organisation or place) or a title'),
  );

const Money = z.object({
  amount: z.number().nonnegative().max(1e12),
  currency: patterned(/^[A-Z]{3}$/, 'currency_code', 'an ISO currency code such as CNY'),
});

export const GiftSchema = z.object({
  direction: z.enum(['given', 'received']),
  description: z.string().trim().min(1).max(500),
  /** Who gave it (received) or who received it (given). */
  counterpart: z.string().trim().max(300).nullable().default(null),
  value: Money.nullable().default(null),
  /** Gifts to officials are public property: where it is kept and by whom. */
  custody: z.string().trim().max(300).nullable().default(null),
});

/** A visit's file, kept internal: its purpose, approval, budget and cost, gifts and outcomes. */
export const VisitFileSchema = z.object({
  purpose: LocalizedTextSchema.default({}),
  approval: z
    .object({
      status: z.enum(['pending', 'approved', 'rejected']),
      date: PreciseDateSchema.nullable().default(null),
      by: z.string().trim().max(200).nullable().default(null),
    })
    .nullable()
    .default(null),
  budget: Money.nullable().default(null),
  actualCost: Money.nullable().default(null),
  gifts: z.array(GiftSchema).max(200).default([]),
  outcomes: LocalizedTextSchema.default({}),
});
export type VisitFile = z.output<typeof VisitFileSchema>;

export const EventDataSchema = z
  .object({
    kind: EventKindSchema,
    titles: LocalizedTextSchema.refine((t) => Object.keys(t).length > 0, coded('title_required', 'at least one title is needed')),
    description: LocalizedTextSchema.default({}),
    start: PreciseDateSchema.nullable().default(null),
    end: PreciseDateSchema.nullable().default(null),
    parentEventId: IdSchema.nullable().default(null),
    placeIds: z.array(IdSchema).max(50).default([]),
    delegationFromPlaceId: IdSchema.nullable().default(null),
    participants: z.array(ParticipantSchema).max(500).default([]),
    organisations: z
      .array(z.object({ organisationId: IdSchema, role: z.string().trim().max(200).nullable().default(null) }))
      .max(200)
      .default([]),
    partnershipIds: z.array(IdSchema).max(100).default([]),
    mechanismIds: z.array(IdSchema).max(50).default([]),
    agreementIds: z.array(IdSchema).max(50).default([]),
    areas: z.array(AreaKeySchema).max(50).default([]),
    itinerary: z.array(ItineraryStopSchema).max(200).default([]),
    visit: VisitFileSchema.nullable().default(null),
    visibility: VisibilitySchema.default('public'),
    note: NoteSchema,
    /** The office's own note (research notes, how a date was inferred); internal like the visit's file. */
    internalNote: NoteSchema,
  })
  .superRefine((e, ctx) => {
    if (e.start && e.end && compareDates(e.end, e.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], ...coded('ends_before_start', 'ends before it starts') });
    }
    if (e.end && !e.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], ...coded('end_needs_start', 'an end date needs a start date') });
    }
    const heads = e.participants.filter((p) => p.delegation === 'head').length;
    if (heads > 1) ctx.addIssue({ code: 'custom', path: ['participants'], ...coded('one_head', 'a delegation has one head') });
  });
export type EventInput = z.input<typeof EventDataSchema>;
export type EventData = z.output<typeof EventDataSchema>;
export type RegistryEvent = EventData & RecordMeta;

export const isVisit = (kind: EventKind): boolean => kind === 'incoming_visit' || kind === 'outgoing_visit';
