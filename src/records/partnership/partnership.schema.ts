import { z } from 'zod';
import { AreaKeySchema } from '../../domain/area.ts';
import { emailAddress, IdSchema, LangCodeSchema, NoteSchema, VisibilitySchema, type RecordMeta } from '../../domain/common.ts';
import { coded, patterned } from '../../domain/issue-codes.ts';
import { DaySchema, PreciseDateSchema, type PreciseDate } from '../../domain/precise-date.ts';

export const PARTNERSHIP_TYPES = ['sister_city', 'friendly_exchange_city', 'cooperation', 'unknown'] as const;
export const PartnershipTypeSchema = z.enum(PARTNERSHIP_TYPES);
export type PartnershipType = z.infer<typeof PartnershipTypeSchema>;

export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'dormant', 'suspended', 'ended'] as const;
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;

/** Statuses in which a tie counts in the network's statistics. */
export const COUNTED_STATUSES: ReadonlySet<PartnershipStatus> = new Set(['active', 'dormant']);

export const HISTORY_KINDS = ['established', 'attested', 'type_changed', 'status_changed', 'renewed', 'ended'] as const;
export const HistoryKindSchema = z.enum(HISTORY_KINDS);
export type HistoryKind = z.infer<typeof HistoryKindSchema>;

/**
 * One dated step in a tie's life. `attested` records that a source shows the tie
 * existing on a date when its founding date is unknown. An undated step is known
 * to have happened by `recordedOn`, the day it was entered.
 */
export const HistoryEntrySchema = z
  .object({
    kind: HistoryKindSchema,
    date: PreciseDateSchema.nullable().default(null),
    recordedOn: DaySchema.nullable().default(null),
    type: PartnershipTypeSchema.nullable().default(null),
    status: PartnershipStatusSchema.nullable().default(null),
    note: NoteSchema,
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === 'established' && entry.type === null) {
      ctx.addIssue({ code: 'custom', path: ['type'], ...coded('step_type', 'an established step needs the type of tie') });
    }
    if (entry.kind === 'type_changed' && entry.type === null) {
      ctx.addIssue({ code: 'custom', path: ['type'], ...coded('step_type', 'a type change needs the new type') });
    }
    if (entry.kind === 'status_changed' && entry.status === null) {
      ctx.addIssue({ code: 'custom', path: ['status'], ...coded('step_status', 'a status change needs the new status') });
    }
  });
export type HistoryEntryInput = z.input<typeof HistoryEntrySchema>;
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

export const ContactSchema = z.object({
  /** Stable within the tie, so a handover can name whom a contact succeeds. */
  id: patterned(/^c\d{1,6}$/, 'contact_id', 'not a contact id (c1, c2 …)'),
  side: z.enum(['a', 'b']),
  personId: IdSchema.nullable().default(null),
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(300).nullable().default(null),
  organisation: z.string().trim().max(300).nullable().default(null),
  languages: z.array(LangCodeSchema).default([]),
  email: emailAddress('Invalid email address').nullable().default(null),
  phone: z.string().trim().max(50).nullable().default(null),
  since: PreciseDateSchema.nullable().default(null),
  until: PreciseDateSchema.nullable().default(null),
  succeeds: z
    .string()
    .regex(/^c\d{1,6}$/)
    .nullable()
    .default(null),
});
export type Contact = z.output<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;

/** The next free contact id on a tie. */
export function nextContactId(contacts: readonly Pick<Contact, 'id'>[]): string {
  return `c${Math.max(0, ...contacts.map((c) => Number(c.id.slice(1)))) + 1}`;
}

/** A contact as written: without an id, it is given the tie's next free one. */
const ContactEntrySchema = ContactSchema.extend({ id: ContactSchema.shape.id.optional() });

function withContactIds(entries: z.output<typeof ContactEntrySchema>[]): Contact[] {
  const out: Contact[] = entries.filter((c): c is Contact => c.id !== undefined);
  return entries.map((c) => {
    if (c.id !== undefined) return c as Contact;
    const given = { ...c, id: nextContactId(out) };
    out.push(given);
    return given;
  });
}

/** A tie between two places; side `a` is the home side (the city or one of its districts). */
export const PartnershipDataSchema = z
  .object({
    placeAId: IdSchema,
    placeBId: IdSchema,
    // The shortest length is a refinement so that it carries Amity's code; the JSON Schema keeps it as minItems.
    history: z
      .array(HistoryEntrySchema)
      .refine((h) => h.length >= 1, coded('history_start', 'a tie needs at least its establishment'))
      .max(500)
      .meta({ minItems: 1 }),
    areas: z.array(AreaKeySchema).max(50).default([]),
    contacts: z.array(ContactEntrySchema).max(100).default([]).transform(withContactIds),
    visibility: VisibilitySchema.default('public'),
    note: NoteSchema,
  })
  .superRefine((p, ctx) => {
    if (p.placeAId === p.placeBId) {
      ctx.addIssue({ code: 'custom', path: ['placeBId'], ...coded('self_tie', 'a place cannot be tied to itself') });
    }
    const first = p.history[0];
    if (first && first.kind !== 'established' && first.kind !== 'attested') {
      ctx.addIssue({
        code: 'custom',
        path: ['history', 0, 'kind'],
        ...coded('history_start', "a tie's history starts with 'established' or 'attested'"),
      });
    }
    if (new Set(p.contacts.map((c) => c.id)).size !== p.contacts.length) {
      ctx.addIssue({ code: 'custom', path: ['contacts'], ...coded('contact_twice', 'two contacts have the same id') });
    }
    if (new Set(p.areas).size !== p.areas.length) {
      ctx.addIssue({ code: 'custom', path: ['areas'], ...coded('area_twice', 'an area is listed twice') });
    }
  });
export type PartnershipInput = z.input<typeof PartnershipDataSchema>;
export type PartnershipData = z.output<typeof PartnershipDataSchema>;

/** What the history says now; kept on the record for lists and filters. */
export interface PartnershipDerived {
  type: PartnershipType;
  status: PartnershipStatus;
  established: PreciseDate | null;
  ended: PreciseDate | null;
}
export type Partnership = PartnershipData & PartnershipDerived & RecordMeta;
